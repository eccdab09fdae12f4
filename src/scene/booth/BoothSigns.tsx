import { useMemo } from 'react';
import type { HallWorld } from '../../hall/world';
import { allLanguages, type Booth, type Lang } from '../../manifest';
import { loadImage } from '../atlas/loadImage';
import { ensureGlyphs } from '../text/fonts';
import { AtlasQuads, type AtlasQuadSpec } from './AtlasQuads';
import { boothFixtures } from './boothParts';
import { paintSign } from './paintSign';

interface Props {
  world: HallWorld;
  booths: readonly Booth[];
  lang: Lang;
  onBoothClick: (k: number) => void;
}

/** Header signs of every booth: 512×128 slots in one 2048² atlas (63 nearest booths). */
export function BoothSigns({ world, booths, lang, onBoothClick }: Props) {
  const spec = useMemo<AtlasQuadSpec>(() => {
    const placements = world.layout.booths;
    return {
      atlas: { width: 2048, height: 2048, slotW: 512, slotH: 128, blank: '#ffffff' },
      radius: 70,
      drawRadius: 80,
      quad: (k) => {
        const p = placements[k]!;
        return boothFixtures(p, booths[p.index]!.template).sign;
      },
      idleColor: (b) => b.colors.primary,
      prepare: async (booth) => {
        const [logo] = await Promise.all([
          loadImage(booth.exhibitor.logo),
          ensureGlyphs(allLanguages(booth.exhibitor.name).join('')),
        ]);
        return (ctx, x, y, w, h) => paintSign(ctx, x, y, w, h, booth, lang, logo);
      },
    };
  }, [world, booths, lang]);
  return <AtlasQuads name="booth-signs" world={world} booths={booths} lang={lang} spec={spec} onBoothClick={onBoothClick} />;
}
