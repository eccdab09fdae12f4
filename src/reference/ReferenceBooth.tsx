import type { ThreeEvent } from '@react-three/fiber';
import { useMemo } from 'react';
import type { BoothPlacement } from '../hall/layout';
import type { Booth, Lang } from '../manifest';
import { boothFixtures, type PartColor } from '../scene/booth/boothParts';
import { mixHex } from '../scene/colors';
import { usePavilion } from '../context/usePavilion';
import { ReferenceScreen } from './ReferenceScreen';
import { ReferenceSign } from './ReferenceSign';

interface Props {
  placement: BoothPlacement;
  booth: Booth;
  lang: Lang;
}

const FIXED: Partial<Record<PartColor, string>> = { wall: '#f8fafc', counter: '#ffffff', post: '#334155' };

/** The same colours our instanced booths give each part. */
function partHex(color: PartColor, booth: Booth): string {
  if (color === 'primary') return booth.colors.primary;
  if (color === 'accent') return booth.colors.accent;
  if (color === 'carpet') return mixHex(booth.colors.primary, '#ffffff', 0.82);
  return FIXED[color]!;
}

/** A click, not the end of a drag to look: stops it reaching the floor, then acts. */
function onTap(action: () => void) {
  return (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 6) return;
    e.stopPropagation();
    action();
  };
}

/**
 * One booth as plain JSX: every wall, counter and carpet its own mesh with its own box
 * geometry and material, plus its own sign and screen. Placed by the same fixtures as ours.
 */
export function ReferenceBooth({ placement, booth, lang }: Props) {
  const fixtures = useMemo(() => boothFixtures(placement, booth.template), [placement, booth.template]);
  const { tour, nav } = usePavilion();
  const open = onTap(() => tour.getState().openBooth(booth.id));
  const walk = onTap(() => nav.walkToBooth(booth.id));

  return (
    <group position={[placement.x, 0, placement.z]} rotation={[0, placement.rotationY, 0]}>
      {fixtures.parts.map((part, i) => (
        <mesh key={i} position={part.pos} onClick={part.opens ? open : walk}>
          <boxGeometry args={part.size} />
          <meshLambertMaterial color={partHex(part.color, booth)} />
        </mesh>
      ))}
      <ReferenceSign booth={booth} lang={lang} pos={fixtures.sign.pos} size={fixtures.sign.size} onClick={walk} />
      <ReferenceScreen booth={booth} lang={lang} pos={fixtures.screen.pos} size={fixtures.screen.size} onClick={open} />
    </group>
  );
}
