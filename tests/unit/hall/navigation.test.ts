import { describe, expect, it } from 'vitest';
import { moveWithCollisions, RectIndex } from '../../../src/hall/collision';
import { rect, rectsOverlap, inflate } from '../../../src/hall/geometry';
import { layoutHall, type LayoutInput } from '../../../src/hall/layout';
import { findPath, lineOfSight, nearestWalkable } from '../../../src/hall/pathfind';
import { buildWalkGrid, isWalkable, obstacles, VISITOR_RADIUS } from '../../../src/hall/walkGrid';

const box = rect(0, 0, 2, 2);
const bounds = rect(-10, -10, 10, 10);

describe('moveWithCollisions', () => {
  const index = new RectIndex([box]);
  it('stops a body at a wall it walks into', () => {
    const p = moveWithCollisions({ x: -2, z: 1 }, 3, 0, 0.35, index, bounds);
    expect(p.x).toBeCloseTo(-0.35);
    expect(p.z).toBeCloseTo(1);
  });
  it('slides along a wall when walking into it at an angle', () => {
    const p = moveWithCollisions({ x: -1, z: 1 }, 2, 2, 0.35, index, bounds);
    // The z part of the step is kept in full, the x part only where the wall allows.
    expect(p.z).toBeGreaterThan(2.8); // rounding the corner may nudge it a little further
    expect(p.z).toBeLessThan(3.2);
    expect(p.x).toBeLessThan(1);
    expect(p.x).toBeGreaterThan(-1);
    const cx = Math.min(2, Math.max(0, p.x));
    const cz = Math.min(2, Math.max(0, p.z));
    expect(Math.hypot(p.x - cx, p.z - cz)).toBeGreaterThanOrEqual(0.35 - 1e-9);
  });
  it('does not tunnel through a thin wall on a big step', () => {
    const thin = new RectIndex([rect(0, -5, 0.1, 5)]);
    const p = moveWithCollisions({ x: -1, z: 0 }, 50, 0, 0.35, thin, bounds);
    expect(p.x).toBeLessThan(0);
  });
  it('keeps the body inside the hall walls', () => {
    const p = moveWithCollisions({ x: 9, z: 0 }, 5, 0, 0.35, index, bounds);
    expect(p.x).toBeCloseTo(10 - 0.35);
  });
  it('walks freely where nothing is in the way', () => {
    const p = moveWithCollisions({ x: -5, z: -5 }, 1, 2, 0.35, index, bounds);
    expect(p).toEqual({ x: -4, z: -3 });
  });
});

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
