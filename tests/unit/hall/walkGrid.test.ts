import { describe, expect, it } from 'vitest';
import { inflate } from '../../../src/hall/geometry';
import { layoutHall } from '../../../src/hall/layout';
import {
  buildWalkGrid,
  cellCenter,
  cellOf,
  isWalkable,
  obstacles,
  reachableFrom,
  VISITOR_RADIUS,
  type WalkGrid,
} from '../../../src/hall/walkGrid';
import { hallOf } from './support';

/** A hand-drawn grid: '#' blocked, '.' open, one string per row from z0 up. */
function gridOf(rows: string[]): WalkGrid {
  const cols = rows[0]!.length;
  const blocked = new Uint8Array(cols * rows.length);
  rows.forEach((row, r) => [...row].forEach((ch, c) => (blocked[r * cols + c] = ch === '#' ? 1 : 0)));
  return { cell: 1, x0: 0, z0: 0, cols, rows: rows.length, blocked };
}

describe('buildWalkGrid', () => {
  const layout = layoutHall(hallOf(40));
  const grid = buildWalkGrid(layout);

  it('walls in the whole outer ring of cells', () => {
    for (let c = 0; c < grid.cols; c++) {
      expect(grid.blocked[c]).toBe(1);
      expect(grid.blocked[(grid.rows - 1) * grid.cols + c]).toBe(1);
    }
    for (let r = 0; r < grid.rows; r++) {
      expect(grid.blocked[r * grid.cols]).toBe(1);
      expect(grid.blocked[r * grid.cols + grid.cols - 1]).toBe(1);
    }
  });

  it('blocks every obstacle grown by the body radius, so a body centre never gets that close', () => {
    for (const o of obstacles(layout)) {
      const grown = inflate(o, VISITOR_RADIUS);
      // Just inside each side of the grown rectangle, halfway along it.
      const midX = (grown.x0 + grown.x1) / 2;
      const midZ = (grown.z0 + grown.z1) / 2;
      for (const p of [
        { x: grown.x0 + 1e-6, z: midZ },
        { x: grown.x1 - 1e-6, z: midZ },
        { x: midX, z: grown.z0 + 1e-6 },
        { x: midX, z: grown.z1 - 1e-6 },
      ])
        expect(isWalkable(grid, p)).toBe(false);
    }
  });

  it('leaves the entrance walkable', () => {
    expect(isWalkable(grid, layout.entrance)).toBe(true);
  });
});

describe('cellOf and cellCenter', () => {
  const g = gridOf(['....', '....', '....']);

  it('round-trips a point to the centre of its own cell', () => {
    const p = { x: 2.3, z: 1.9 };
    expect(cellOf(g, p)).toEqual({ c: 2, r: 1 });
    expect(cellCenter(g, 2, 1)).toEqual({ x: 2.5, z: 1.5 });
  });

  it('clamps points outside the grid to its edge cells', () => {
    expect(cellOf(g, { x: -5, z: 99 })).toEqual({ c: 0, r: 2 });
    expect(cellOf(g, { x: 99, z: -5 })).toEqual({ c: 3, r: 0 });
  });
});

describe('reachableFrom', () => {
  it('floods the open cells connected by sides, not by corners or across row ends', () => {
    const g = gridOf([
      '..#.', // (3,0) touches (0,1) only through the row wrap
      '.##.',
      '#..#', // (1,2) touches (0,1) only at a corner
    ]);
    const seen = reachableFrom(g, { x: 0.5, z: 0.5 });
    const open = [...seen.keys()].filter((i) => seen[i]).sort((a, b) => a - b);
    expect(open).toEqual([0, 1, 4]);
  });

  it('reaches nothing from a blocked cell', () => {
    const g = gridOf(['#.', '..']);
    expect(reachableFrom(g, { x: 0.5, z: 0.5 }).every((v) => v === 0)).toBe(true);
  });
});
