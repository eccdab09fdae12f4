import type { BoothPlacement } from './layout';

/**
 * Groups booths into square cells of the floor, in a stable order. Each cell becomes one
 * instanced mesh, so the renderer's frustum and far-plane culling skip whole cells: the cost
 * of a frame follows what is in view, not the size of the hall.
 */
export function chunkPlacements(placements: readonly BoothPlacement[], cell: number): number[][] {
  const cells = new Map<string, number[]>();
  placements.forEach((p, k) => {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.z / cell)}`;
    const list = cells.get(key);
    if (list) list.push(k);
    else cells.set(key, [k]);
  });
  return [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, ks]) => ks);
}
