import type { Rect } from './geometry';
import type { BoothPlacement } from './layout';

/**
 * Distance-based detail: cells of booths nearer than `near` metres are drawn in full, the rest
 * as silhouettes. `margin` is hysteresis, so a visitor standing on the boundary does not make
 * a cell flicker between the two.
 */
export const DETAIL = { near: 42, margin: 6 } as const;

/** The floor a group of booths covers, footprints included. */
export function boundsOf(placements: readonly BoothPlacement[], ks: readonly number[]): Rect {
  const b: Rect = { x0: Infinity, z0: Infinity, x1: -Infinity, z1: -Infinity };
  for (const k of ks) {
    const f = placements[k]!.footprint;
    b.x0 = Math.min(b.x0, f.x0);
    b.z0 = Math.min(b.z0, f.z0);
    b.x1 = Math.max(b.x1, f.x1);
    b.z1 = Math.max(b.z1, f.z1);
  }
  return b;
}

/** Distance on the floor from a point to a rectangle; 0 inside it. */
export function distanceToRect(x: number, z: number, r: Rect): number {
  return Math.hypot(Math.max(r.x0 - x, 0, x - r.x1), Math.max(r.z0 - z, 0, z - r.z1));
}

/** Whether a cell should be drawn in full, given how it is drawn now. */
export function wantsFullDetail(distance: number, fullNow: boolean, d: { near: number; margin: number } = DETAIL): boolean {
  return distance < (fullNow ? d.near + d.margin : d.near);
}
