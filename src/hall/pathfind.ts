import type { Vec2 } from './geometry';
import { cellCenter, cellOf, type WalkGrid } from './walkGrid';

/** Nearest walkable cell centre to p (spiral search), or null if the grid is all wall. */
export function nearestWalkable(g: WalkGrid, p: Vec2, maxRadius = 40): Vec2 | null {
  const { c, r } = cellOf(g, p);
  if (!g.blocked[r * g.cols + c]) return cellCenter(g, c, r);
  for (let k = 1; k <= maxRadius; k++) {
    let best: Vec2 | null = null;
    let bestD = Infinity;
    for (let dc = -k; dc <= k; dc++)
      for (let dr = -k; dr <= k; dr++) {
        if (Math.max(Math.abs(dc), Math.abs(dr)) !== k) continue;
        const cc = c + dc;
        const rr = r + dr;
        if (cc < 0 || rr < 0 || cc >= g.cols || rr >= g.rows || g.blocked[rr * g.cols + cc]) continue;
        const q = cellCenter(g, cc, rr);
        const d = Math.hypot(q.x - p.x, q.z - p.z);
        if (d < bestD) {
          bestD = d;
          best = q;
        }
      }
    if (best) return best;
  }
  return null;
}

/** True when the straight segment a→b crosses no blocked cell (sampled at a quarter cell). */
export function lineOfSight(g: WalkGrid, a: Vec2, b: Vec2): boolean {
  const len = Math.hypot(b.x - a.x, b.z - a.z);
  const n = Math.max(1, Math.ceil(len / (g.cell * 0.25)));
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const { c, r } = cellOf(g, { x: a.x + (b.x - a.x) * t, z: a.z + (b.z - a.z) * t });
    if (g.blocked[r * g.cols + c]) return false;
  }
  return true;
}

class MinHeap {
  private ids: number[] = [];
  private keys: number[] = [];
  get size() {
    return this.ids.length;
  }
  push(id: number, key: number) {
    this.ids.push(id);
    this.keys.push(key);
    let i = this.ids.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p]! <= key) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): number {
    const top = this.ids[0]!;
    const lastId = this.ids.pop()!;
    const lastKey = this.keys.pop()!;
    if (this.ids.length) {
      this.ids[0] = lastId;
      this.keys[0] = lastKey;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.ids.length && this.keys[l]! < this.keys[m]!) m = l;
        if (r < this.ids.length && this.keys[r]! < this.keys[m]!) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number) {
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
  }
}

/** What one search did; filled by findPath when asked, so tests can hold it to a budget and check it is shortest. */
export interface PathSearchStats {
  /** Cells taken off the open list and expanded (stale heap entries not counted). */
  expanded: number;
  /**
   * Length in metres of the cell route found, before it is pulled tight: the quantity A* minimises,
   * so it can be checked against any other shortest-path search. Infinity when there is no way,
   * NaN when no search ran (no walkable cell, or a straight line was clear).
   */
  gridLength: number;
}

/**
 * Shortest walkable path from `from` to `to` (A*, 8-neighbour, no corner cutting), pulled
 * tight into straight legs. Returns waypoints ending at `to` (or the nearest walkable point
 * to it), or null when there is no way. Pass `stats` to learn how much searching it took.
 */
export function findPath(g: WalkGrid, from: Vec2, to: Vec2, stats?: PathSearchStats): Vec2[] | null {
  if (stats) {
    stats.expanded = 0;
    stats.gridLength = NaN;
  }
  const goalP = nearestWalkable(g, to);
  const startP = nearestWalkable(g, from);
  if (!goalP || !startP) return null;
  if (lineOfSight(g, from, goalP)) return [goalP];
  const s = cellOf(g, startP);
  const t = cellOf(g, goalP);
  const start = s.r * g.cols + s.c;
  const goal = t.r * g.cols + t.c;
  // Float64: in Float32 a stored cost rounds away from the sum it is compared against, so
  // equal-cost routes kept "improving" each other and the search re-expanded cells many times.
  const cost = new Float64Array(g.cols * g.rows).fill(Infinity);
  const came = new Int32Array(g.cols * g.rows).fill(-1);
  // The octile heuristic is consistent for these step costs, so a cell's first expansion is
  // already at its least cost and never needs reopening; later heap entries for it are stale.
  const closed = new Uint8Array(g.cols * g.rows);
  let expanded = 0;
  const heap = new MinHeap();
  const h = (i: number) => {
    const dc = Math.abs((i % g.cols) - t.c);
    const dr = Math.abs(Math.floor(i / g.cols) - t.r);
    return Math.max(dc, dr) + (Math.SQRT2 - 1) * Math.min(dc, dr);
  };
  cost[start] = 0;
  heap.push(start, h(start));
  while (heap.size) {
    const i = heap.pop();
    if (closed[i]) continue;
    closed[i] = 1;
    expanded++;
    if (i === goal) break;
    const ci = i % g.cols;
    const ri = Math.floor(i / g.cols);
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) {
        if (!dc && !dr) continue;
        const nc = ci + dc;
        const nr = ri + dr;
        if (nc < 0 || nr < 0 || nc >= g.cols || nr >= g.rows) continue;
        const n = nr * g.cols + nc;
        if (g.blocked[n] || closed[n]) continue;
        if (dc && dr && (g.blocked[ri * g.cols + nc] || g.blocked[nr * g.cols + ci])) continue;
        const c = cost[i]! + (dc && dr ? Math.SQRT2 : 1);
        if (c < cost[n]!) {
          cost[n] = c;
          came[n] = i;
          heap.push(n, c + h(n));
        }
      }
  }
  if (stats) {
    stats.expanded = expanded;
    stats.gridLength = cost[goal]! * g.cell;
  }
  if (came[goal] === -1 && goal !== start) return null;
  const cells: Vec2[] = [];
  for (let i = goal; i !== -1; i = came[i]!) cells.push(cellCenter(g, i % g.cols, Math.floor(i / g.cols)));
  cells.reverse();
  cells[cells.length - 1] = goalP;
  // String pulling: keep only the corners that line of sight cannot skip.
  const out: Vec2[] = [];
  let anchor = from;
  let k = 0;
  while (k < cells.length - 1) {
    let j = cells.length - 1;
    while (j > k + 1 && !lineOfSight(g, anchor, cells[j]!)) j--;
    out.push(cells[j]!);
    anchor = cells[j]!;
    k = j;
  }
  if (!out.length) out.push(goalP);
  return out;
}
