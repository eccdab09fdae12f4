import type { RectIndex } from './collision';
import type { Vec2 } from './geometry';
import type { BoothPlacement } from './layout';

const scratch: number[] = [];

/**
 * The booth a visitor is "at": near its front and, among near ones, the one they face.
 * Looks only at nearby buckets, so it costs the same in a 1,000-booth hall.
 */
export function nearestBooth(
  pos: Vec2,
  booths: readonly BoothPlacement[],
  index: RectIndex,
  maxDistance = 7,
  yaw: number | null = null,
): BoothPlacement | null {
  let best: BoothPlacement | null = null;
  let bestScore = Infinity;
  // Camera looks along (-sin yaw, -cos yaw).
  const lx = yaw === null ? 0 : -Math.sin(yaw);
  const lz = yaw === null ? 0 : -Math.cos(yaw);
  for (const i of index.near(pos, maxDistance, scratch)) {
    const b = booths[i]!;
    const d = Math.hypot(pos.x - b.front.x, pos.z - b.front.z);
    if (d > maxDistance) continue;
    const cx = b.x - pos.x;
    const cz = b.z - pos.z;
    const facing = yaw === null ? 1 : (lx * cx + lz * cz) / (Math.hypot(cx, cz) || 1);
    const score = d + 3 * (1 - facing);
    if (score < bestScore) {
      bestScore = score;
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
