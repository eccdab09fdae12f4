import { describe, expect, it } from 'vitest';
import { rect, rectsOverlap, inflate, type Vec2 } from '../../../src/hall/geometry';
import { layoutHall, type LayoutInput } from '../../../src/hall/layout';
import { findPath, lineOfSight, nearestWalkable, type PathSearchStats } from '../../../src/hall/pathfind';
import { buildWalkGrid, isWalkable, obstacles, VISITOR_RADIUS, type WalkGrid } from '../../../src/hall/walkGrid';
import { hallOf } from './support';

const sample: LayoutInput = {
  zones: [
    { id: 'stage', kind: 'stage', color: '#be123c', booths: ['s1', 's2'] },
    { id: 'a', kind: 'theme', color: '#2563eb', booths: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] },
    { id: 'b', kind: 'theme', color: '#16a34a', booths: ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'] },
  ],
  booths: ['s1', 's2', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6'].map((id, i) => ({
    id,
    size: (['S', 'M', 'L'] as const)[i % 3]!,
  })),
};

describe('findPath', () => {
  const layout = layoutHall(sample);
  const grid = buildWalkGrid(layout);
  const walls = obstacles(layout);

  it('finds a path from the entrance to every booth front that never enters a booth', () => {
    for (const b of layout.booths) {
      const path = findPath(grid, layout.entrance, b.front);
      expect(path, b.id).not.toBeNull();
      const last = path!.at(-1)!;
      expect(Math.hypot(last.x - b.front.x, last.z - b.front.z)).toBeLessThan(0.5);
      let prev = { x: layout.entrance.x, z: layout.entrance.z };
      for (const wp of path!) {
        expect(lineOfSight(grid, prev, wp)).toBe(true);
        // Sample each leg: never inside an obstacle.
        for (let t = 0; t <= 1; t += 0.05) {
          const p = { x: prev.x + (wp.x - prev.x) * t, z: prev.z + (wp.z - prev.z) * t };
          for (const w of walls)
            expect(rectsOverlap(rect(p.x - 0.01, p.z - 0.01, p.x + 0.01, p.z + 0.01), inflate(w, VISITOR_RADIUS - 0.3))).toBe(
              false,
            );
        }
        prev = wp;
      }
    }
  });

  it('goes straight when nothing is in the way', () => {
    const path = findPath(grid, layout.entrance, { x: 0, z: layout.entrance.z - 10 });
    expect(path).toHaveLength(1);
  });

  it('snaps a target inside a booth to the nearest walkable point', () => {
    const b = layout.booths[3]!;
    const p = nearestWalkable(grid, { x: b.x, z: b.z })!;
    expect(isWalkable(grid, p)).toBe(true);
    expect(findPath(grid, layout.entrance, { x: b.x, z: b.z })).not.toBeNull();
  });
});

/**
 * Plain Dijkstra over the same moves findPath allows (8 neighbours, no cutting past a blocked
 * corner), written without a heuristic so it shares no shortcut with the code under test.
 * Returns the least route length in metres between two cells.
 */
function dijkstraLength(g: WalkGrid, from: Vec2, to: Vec2): number {
  const index = (p: Vec2) => Math.floor((p.z - g.z0) / g.cell) * g.cols + Math.floor((p.x - g.x0) / g.cell);
  const start = index(from);
  const goal = index(to);
  const dist = new Float64Array(g.cols * g.rows).fill(Infinity);
  const done = new Uint8Array(g.cols * g.rows);
  // A binary heap of [distance, cell] pairs; stale pairs are skipped when popped.
  const heap: [number, number][] = [];
  const push = (d: number, i: number) => {
    heap.push([d, i]);
    for (let k = heap.length - 1; k > 0;) {
      const p = (k - 1) >> 1;
      if (heap[p]![0] <= heap[k]![0]) break;
      [heap[p], heap[k]] = [heap[k]!, heap[p]!];
      k = p;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let k = 0; ;) {
        const l = 2 * k + 1;
        let m = k;
        if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
        if (l + 1 < heap.length && heap[l + 1]![0] < heap[m]![0]) m = l + 1;
        if (m === k) break;
        [heap[m], heap[k]] = [heap[k]!, heap[m]!];
        k = m;
      }
    }
    return top;
  };
  dist[start] = 0;
  push(0, start);
  while (heap.length) {
    const [d, i] = pop();
    if (done[i]) continue;
    done[i] = 1;
    if (i === goal) return d * g.cell;
    const c = i % g.cols;
    const r = (i - c) / g.cols;
    for (const [dc, dr] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
      [1, 1],
      [1, -1],
      [-1, 1],
      [-1, -1],
    ] as const) {
      const nc = c + dc;
      const nr = r + dr;
      if (nc < 0 || nr < 0 || nc >= g.cols || nr >= g.rows) continue;
      const n = nr * g.cols + nc;
      if (g.blocked[n]) continue;
      const diagonal = dc !== 0 && dr !== 0;
      if (diagonal && (g.blocked[r * g.cols + nc] || g.blocked[nr * g.cols + c])) continue;
      const nd = d + (diagonal ? Math.SQRT2 : 1);
      if (nd < dist[n]!) {
        dist[n] = nd;
        push(nd, n);
      }
    }
  }
  return Infinity;
}

describe('findPath in a 1,000-booth hall', () => {
  const layout = layoutHall(hallOf(1000));
  const grid = buildWalkGrid(layout);
  const { bounds } = layout;
  // Opposite corners of the walkable floor: the longest search a floor click can ask for.
  const from = nearestWalkable(grid, { x: bounds.x0, z: bounds.z0 })!;
  const to = nearestWalkable(grid, { x: bounds.x1, z: bounds.z1 })!;

  it('searches corner to corner within a budget of expanded cells', () => {
    const stats: PathSearchStats = { expanded: 0, gridLength: 0 };
    expect(findPath(grid, from, to, stats)).not.toBeNull();
    // About 68,000 cells with a closed set and Float64 costs; without them the same search
    // made about 870,000 heap pops, each one an expansion. The cap leaves room for layout tweaks.
    expect(stats.expanded).toBeGreaterThan(0);
    expect(stats.expanded).toBeLessThan(100_000);
  });

  it('finds a shortest route, as long as an independent Dijkstra finds', () => {
    const stats: PathSearchStats = { expanded: 0, gridLength: 0 };
    const path = findPath(grid, from, to, stats)!;
    const shortest = dijkstraLength(grid, from, to);
    expect(Number.isFinite(shortest)).toBe(true);
    expect(stats.gridLength).toBeCloseTo(shortest, 9);
    // Pulling the cell route tight can only shorten it, never below the straight line.
    let walked = 0;
    let prev = from;
    for (const wp of path) {
      walked += Math.hypot(wp.x - prev.x, wp.z - prev.z);
      prev = wp;
    }
    expect(walked).toBeLessThanOrEqual(stats.gridLength + 1e-9);
    expect(walked).toBeGreaterThanOrEqual(Math.hypot(to.x - from.x, to.z - from.z) - 1e-9);
  });
});
