import type { BoothPlacement } from '../../hall/layout';
import type { BoothTemplate } from '../../manifest';

/** Which of the booth's colours a part takes. */
export type PartColor = 'primary' | 'accent' | 'wall' | 'counter' | 'carpet' | 'post';

/** A box in the booth's local frame: x along the front, y up, z towards the aisle (front at +d/2). */
export interface BoothPart {
  pos: [number, number, number];
  size: [number, number, number];
  color: PartColor;
  /** Clicking this part opens the booth's panel (the counter and its trim). */
  opens?: boolean;
}

export interface BoothFixtures {
  parts: BoothPart[];
  /** The same booth seen from far off: its back wall and header as two or three boxes. */
  far: BoothPart[];
  /** Header sign quad: centre and size, facing +z. */
  sign: { pos: [number, number, number]; size: [number, number] };
  /** Video screen quad on the back wall. */
  screen: { pos: [number, number, number]; size: [number, number] };
}

export const WALL_HEIGHT = 3;
const WALL = 0.12;

/**
 * The fixtures of a booth from its template and footprint: walls, counter, carpet, header
 * sign and screen. Pure, so every booth of a template looks alike and costs the same.
 */
export function boothFixtures(p: Pick<BoothPlacement, 'w' | 'd' | 'size'>, template: BoothTemplate): BoothFixtures {
  const { w, d } = p;
  const back = -d / 2 + WALL / 2;
  const parts: BoothPart[] = [{ pos: [0, 0.03, 0], size: [w, 0.06, d], color: 'carpet' }];
  const wallH = template === 'open' ? 2.5 : WALL_HEIGHT;
  // A tower's mast is the right end of its back wall, risen: flush with the wall's face, so
  // from no angle does it stand in front of the header or the screen.
  const mastW = template === 'tower' ? 0.6 : 0;
  const mast: BoothPart | null = mastW
    ? { pos: [w / 2 - mastW / 2, 2.6, back], size: [mastW, 5.2, WALL], color: 'accent' }
    : null;
  const wallW = w - mastW;
  const wallX = -mastW / 2;
  // Neutral outside, brand colour inside: a row's backs face the next street.
  parts.push({ pos: [wallX, wallH / 2, back], size: [wallW, wallH, WALL], color: 'wall' });
  parts.push({ pos: [wallX, wallH / 2, back + WALL / 2 + 0.005], size: [wallW - 0.02, wallH - 0.02, 0.01], color: 'primary' });
  if (mast) parts.push(mast);
  if (template === 'classic') {
    for (const sx of [-1, 1]) {
      const z = -d / 2 + (d * 0.6) / 2;
      parts.push({ pos: [sx * (w / 2 - WALL / 2), 1.25, z], size: [WALL, 2.5, d * 0.6], color: 'wall' });
      // The brand colour inside, as on the back wall.
      parts.push({ pos: [sx * (w / 2 - WALL - 0.005), 1.25, z + 0.005], size: [0.01, 2.48, d * 0.6 - 0.01], color: 'primary' });
    }
  }
  // The header and the screen are centred on the wall beside the mast.
  const left = -w / 2 + 0.2;
  const right = w / 2 - mastW - 0.2;
  const midX = (left + right) / 2;
  // Counter to one side on wide booths so it never hides the screen.
  const counterW = Math.min(1.6, w * 0.45);
  const counterX = w >= 4.5 ? -w / 2 + counterW / 2 + 0.5 : 0;
  const counterZ = d / 2 - 0.75;
  parts.push({ pos: [counterX, 0.5, counterZ], size: [counterW, 1, 0.55], color: 'counter', opens: true });
  parts.push({ pos: [counterX, 0.85, counterZ + 0.28], size: [counterW, 0.12, 0.02], color: 'accent', opens: true });

  // The header tops the back wall for every template: in view from the aisle in front.
  const signW = Math.min(right - left, 5.2);
  const signH = signW / 4;
  const signY = wallH + signH / 2 + 0.05;
  const sign = {
    pos: [midX, signY, back + WALL / 2 + 0.01] as [number, number, number],
    size: [signW, signH] as [number, number],
  };
  parts.push({ pos: [midX, signY, back], size: [signW + 0.16, signH + 0.16, WALL], color: 'primary' });

  // 16:9, as wide as the booth allows, and low enough to sit on the shorter "open" wall.
  const screenH = Math.min((Math.min(right - left - 0.6, 2.8) * 9) / 16, wallH - 1.4);
  const screenW = (screenH * 16) / 9;
  const screen = {
    pos: [midX, 1.15 + screenH / 2, back + WALL / 2 + 0.02] as [number, number, number],
    size: [screenW, screenH] as [number, number],
  };
  parts.push({
    pos: [screen.pos[0], screen.pos[1], back + WALL / 2 + 0.005],
    size: [screenW + 0.14, screenH + 0.14, 0.02],
    color: 'post',
  });
  // Far off, only the silhouette reads: the neutral back, the brand face up to the header's
  // top, and a tower's mast. A quarter of the triangles, and the colours do not jump.
  const top = signY + signH / 2 + 0.08;
  const far: BoothPart[] = [
    { pos: [wallX, wallH / 2, back], size: [wallW, wallH, WALL], color: 'wall' },
    { pos: [wallX, top / 2, back + 0.01], size: [wallW - 0.02, top, WALL + 0.01], color: 'primary' },
  ];
  if (mast) far.push(mast);
  return { parts, far, sign, screen };
}
