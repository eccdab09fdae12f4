import { useMemo } from 'react';
import type { HallWorld } from '../../hall/world';
import { localize, type Booth, type Lang } from '../../manifest';
import { loadImage } from '../atlas/loadImage';
import { ensureGlyphs } from '../text/fonts';
import { AtlasQuads, type AtlasQuadSpec } from './AtlasQuads';
import { boothFixtures } from './boothParts';
import { paintPoster, posterUrl } from './paintPoster';

interface Props {
  world: HallWorld;
  booths: readonly Booth[];
  lang: Lang;
  onBoothClick: (k: number) => void;
}

/** Every booth's screen showing its poster: 384×216 slots in one 2048² atlas. */
export function BoothPosters({ world, booths, lang, onBoothClick }: Props) {
  const spec = useMemo<AtlasQuadSpec>(() => {
    const placements = world.layout.booths;
    return {
      atlas: { width: 2048, height: 2048, slotW: 384, slotH: 216, blank: '#ffffff' },
      radius: 45,
      drawRadius: 55,
      quad: (k) => {
        const p = placements[k]!;
        return boothFixtures(p, booths[p.index]!.template).screen;
      },
      idleColor: () => '#1e293b',
      prepare: async (booth) => {
        const url = posterUrl(booth);
        const img = url ? await loadImage(url) : null;
        if (!img) await ensureGlyphs(localize(booth.exhibitor.tagline ?? booth.exhibitor.name, lang));
        return (ctx, x, y, w, h) => paintPoster(ctx, x, y, w, h, booth, lang, img);
      },
    };
  }, [world, booths, lang]);
  return <AtlasQuads name="booth-posters" world={world} booths={booths} lang={lang} spec={spec} onBoothClick={onBoothClick} />;
}
