import { inflate, type Rect, type Vec2 } from './geometry';
import type { HallLayout } from './layout';

/**
 * A coarse occupancy grid of the floor: the shared ground truth for collision checks,
 * path finding and the reachability tests. Built once per layout.
 */
export interface WalkGrid {
  cell: number;
  x0: number;
  z0: number;
  cols: number;
  rows: number;
  /** 1 = blocked for a visitor's body (obstacles inflated by the body radius). */
  blocked: Uint8Array;
}

export const VISITOR_RADIUS = 0.35;

/** What a visitor cannot walk through: booth footprints and the stage platform. */
export function obstacles(layout: HallLayout): Rect[] {
  const out = [...layout.booths.map((b) => b.footprint), ...layout.posts];
  if (layout.stage) out.push(layout.stage);
  return out;
}

export function buildWalkGrid(layout: HallLayout, cell = 0.5, radius = VISITOR_RADIUS): WalkGrid {
  const { bounds } = layout;
  const cols = Math.ceil((bounds.x1 - bounds.x0) / cell);
  const rows = Math.ceil((bounds.z1 - bounds.z0) / cell);
  const blocked = new Uint8Array(cols * rows);
  const mark = (r: Rect) => {
    const c0 = Math.max(0, Math.floor((r.x0 - bounds.x0) / cell));
    const c1 = Math.min(cols - 1, Math.floor((r.x1 - bounds.x0) / cell));
    const r0 = Math.max(0, Math.floor((r.z0 - bounds.z0) / cell));
    const r1 = Math.min(rows - 1, Math.floor((r.z1 - bounds.z0) / cell));
    for (let j = r0; j <= r1; j++) blocked.fill(1, j * cols + c0, j * cols + c1 + 1);
  };
  for (const o of obstacles(layout)) mark(inflate(o, radius));
  // The outer wall, as a ring of blocked cells.
  for (let c = 0; c < cols; c++) blocked[c] = blocked[(rows - 1) * cols + c] = 1;
  for (let j = 0; j < rows; j++) blocked[j * cols] = blocked[j * cols + cols - 1] = 1;
  return { cell, x0: bounds.x0, z0: bounds.z0, cols, rows, blocked };
}

export function cellOf(g: WalkGrid, p: Vec2): { c: number; r: number } {
  return {
    c: Math.min(g.cols - 1, Math.max(0, Math.floor((p.x - g.x0) / g.cell))),
    r: Math.min(g.rows - 1, Math.max(0, Math.floor((p.z - g.z0) / g.cell))),
  };
}

export function cellCenter(g: WalkGrid, c: number, r: number): Vec2 {
  return { x: g.x0 + (c + 0.5) * g.cell, z: g.z0 + (r + 0.5) * g.cell };
}

export function isWalkable(g: WalkGrid, p: Vec2): boolean {
  const { c, r } = cellOf(g, p);
  return g.blocked[r * g.cols + c] === 0;
}

/** All cells reachable from `start` (4-connected flood fill). */
export function reachableFrom(g: WalkGrid, start: Vec2): Uint8Array {
  const seen = new Uint8Array(g.cols * g.rows);
  const { c, r } = cellOf(g, start);
  const first = r * g.cols + c;
  if (g.blocked[first]) return seen;
  const queue = new Int32Array(g.cols * g.rows);
  let head = 0;
  let tail = 0;
  queue[tail++] = first;
  seen[first] = 1;
  while (head < tail) {
    const i = queue[head++]!;
    const ci = i % g.cols;
    for (const n of [i - 1, i + 1, i - g.cols, i + g.cols]) {
      if (n < 0 || n >= seen.length || seen[n] || g.blocked[n]) continue;
      if ((n === i - 1 && ci === 0) || (n === i + 1 && ci === g.cols - 1)) continue;
      seen[n] = 1;
      queue[tail++] = n;
    }
  }
  return seen;
}
