import type { RectIndex } from './collision';
import type { Vec2 } from './geometry';
import type { BoothPlacement } from './layout';

const scratch: number[] = [];

/**
 * The booth a visitor is "at": nearest front within `maxDistance`, looking only at nearby
 * buckets so it costs the same in a 1,000-booth hall.
 */
export function nearestBooth(
  pos: Vec2,
  booths: readonly BoothPlacement[],
  index: RectIndex,
  maxDistance = 7,
): BoothPlacement | null {
  let best: BoothPlacement | null = null;
  let bestD = maxDistance;
  for (const i of index.near(pos, maxDistance, scratch)) {
    const b = booths[i]!;
    const d = Math.hypot(pos.x - b.front.x, pos.z - b.front.z);
    if (d < bestD) {
      bestD = d;
      best = b;
    }
  }
  return best;
}

/**
 * Indices (into `booths`) of the `count` booths closest to `pos` by footprint centre,
 * nearest first: which booths wake, get a sign slot or a poster. Cost grows with the
 * search radius, not with the hall.
 */
export function closestBooths(
  pos: Vec2,
  booths: readonly BoothPlacement[],
  index: RectIndex,
  count: number,
  radius: number,
): number[] {
  return index
    .near(pos, radius, scratch)
    .map((k) => ({ k, d: Math.hypot(pos.x - booths[k]!.x, pos.z - booths[k]!.z) }))
    .filter((e) => e.d <= radius)
    .sort((a, b) => a.d - b.d || a.k - b.k)
    .slice(0, count)
    .map((e) => e.k);
}
