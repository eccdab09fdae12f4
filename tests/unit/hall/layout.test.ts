import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '../../../src/hall/geometry';
import { BOOTH_FOOTPRINT, layoutHall, packStreets, type LayoutInput } from '../../../src/hall/layout';
import { hallOf } from './support';
import { buildWalkGrid, cellOf, isWalkable, reachableFrom } from '../../../src/hall/walkGrid';

function check(input: LayoutInput) {
  const layout = layoutHall(input);
  // Every booth placed exactly once.
  expect(layout.booths.map((b) => b.id).sort()).toEqual(input.booths.map((b) => b.id).sort());
  // No overlaps: booths with each other and with the stage; all inside the walls.
  const rects = layout.booths.map((b) => b.footprint);
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    expect(r.x0 >= layout.bounds.x0 && r.x1 <= layout.bounds.x1 && r.z0 >= layout.bounds.z0 && r.z1 <= layout.bounds.z1).toBe(
      true,
    );
    if (layout.stage) expect(rectsOverlap(r, layout.stage)).toBe(false);
    for (let j = i + 1; j < rects.length; j++)
      if (rectsOverlap(r, rects[j]!)) throw new Error(`${layout.booths[i]!.id} overlaps ${layout.booths[j]!.id}`);
  }
  // Every booth's front is walkable and reachable from the entrance.
  const grid = buildWalkGrid(layout);
  const seen = reachableFrom(grid, layout.entrance);
  for (const b of layout.booths) {
    expect(isWalkable(grid, b.front), `${b.id} front blocked`).toBe(true);
    const { c, r } = cellOf(grid, b.front);
    expect(seen[r * grid.cols + c], `${b.id} unreachable`).toBe(1);
  }
  return layout;
}

describe('layoutHall', () => {
  it.each([1, 2, 7, 36, 38, 100, 250, 400, 1000])('places %i booths without overlap, all reachable', (n) => {
    check(hallOf(n));
  });

  it('handles crowded stages, booths in no zone and empty zones', () => {
    check(hallOf(60, { stageBooths: 30, unzoned: 9 }));
    const l = check({ zones: [{ id: 'empty', kind: 'theme', color: '#000000', booths: [] }], booths: [{ id: 'x', size: 'L' }] });
    expect(l.booths[0]!.zoneId).toBe('general');
    check({ zones: [{ id: 's', kind: 'stage', color: '#000000', booths: [] }], booths: [] });
  });

  it('ignores zone entries for unknown booths and lists a booth once even if two zones claim it', () => {
    const l = check({
      zones: [
        { id: 'a', kind: 'theme', color: '#000000', booths: ['x', 'ghost'] },
        { id: 'b', kind: 'theme', color: '#000000', booths: ['x', 'y'] },
      ],
      booths: [
        { id: 'x', size: 'M' },
        { id: 'y', size: 'S' },
      ],
    });
    expect(l.byId.get('x')!.zoneId).toBe('a');
  });

  it('is deterministic', () => {
    const input = hallOf(400);
    expect(JSON.stringify(layoutHall(input).booths)).toBe(JSON.stringify(layoutHall(structuredClone(input)).booths));
  });

  it('faces every booth onto an aisle, with its front outside its footprint', () => {
    const l = layoutHall(hallOf(36));
    for (const b of l.booths) {
      const { x0, x1, z0, z1 } = b.footprint;
      expect(b.front.x < x0 || b.front.x > x1 || b.front.z < z0 || b.front.z > z1).toBe(true);
      expect(Math.hypot(b.normal.x, b.normal.z)).toBeCloseTo(1);
    }
  });

  it('keeps a 1,000-booth hall walkable in a couple of minutes, not a kilometre', () => {
    const l = layoutHall(hallOf(1000));
    expect(l.bounds.z1 - l.bounds.z0).toBeLessThan(400);
    expect(l.bounds.x1 - l.bounds.x0).toBeLessThan(160);
  });
});

describe('packStreets', () => {
  it('fills rows in order up to the row length, north row then south', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const streets = packStreets(ids, () => 'L', 13);
    // Two L booths (6 m) + a 1 m gap fit in 13 m.
    expect(streets).toEqual([
      { north: ['a', 'b'], south: ['c', 'd'] },
      { north: ['e'], south: [] },
    ]);
    expect(BOOTH_FOOTPRINT.L.w * 2 + 1).toBe(13);
  });
});

describe('chunkPlacements', () => {
  it('puts every booth in exactly one cell of bounded size, deterministically', async () => {
    const { chunkPlacements } = await import('../../../src/hall/chunks');
    const layout = layoutHall(hallOf(1000));
    const chunks = chunkPlacements(layout.booths, 36);
    expect(chunks.flat().sort((a, b) => a - b)).toEqual(layout.booths.map((_, k) => k));
    for (const ks of chunks) {
      const xs = ks.map((k) => layout.booths[k]!.x);
      const zs = ks.map((k) => layout.booths[k]!.z);
      expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(36);
      expect(Math.max(...zs) - Math.min(...zs)).toBeLessThan(36);
    }
    expect(chunkPlacements(layout.booths, 36)).toEqual(chunks);
    expect(chunks.length).toBeLessThan(60);
  });
});
