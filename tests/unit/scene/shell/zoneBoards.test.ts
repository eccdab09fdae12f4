import { describe, expect, it } from 'vitest';
import { layoutHall } from '../../../../src/hall/layout';
import { boardGrid, zoneBoardsGeometry } from '../../../../src/scene/shell/zoneBoards';
import { hallOf } from '../../hall/support';

/** Which way a triangle faces along z (+1 or -1), from its winding. */
function facing(p: ArrayLike<number>, a: number, b: number, c: number): number {
  const ax = p[b * 3]! - p[a * 3]!;
  const ay = p[b * 3 + 1]! - p[a * 3 + 1]!;
  const bx = p[c * 3]! - p[a * 3]!;
  const by = p[c * 3 + 1]! - p[a * 3 + 1]!;
  return Math.sign(ax * by - ay * bx);
}

describe('zone boards', () => {
  it('are one mesh: a front facing the entrance (+z) and a back (-z) per zone, UVs inside the canvas', () => {
    const layout = layoutHall(hallOf(400));
    const g = zoneBoardsGeometry(layout.zones);
    const pos = g.getAttribute('position').array;
    const uv = g.getAttribute('uv').array;
    const index = g.getIndex()!.array;
    expect(index.length).toBe(layout.zones.length * 2 * 6);
    for (let q = 0; q < layout.zones.length * 2; q++) {
      const [a, b, c] = [index[q * 6]!, index[q * 6 + 1]!, index[q * 6 + 2]!];
      expect(facing(pos, a, b, c)).toBe(q % 2 === 0 ? 1 : -1);
    }
    for (const v of uv) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('lay boards out in columns of twelve, each in its own cell', () => {
    const g = boardGrid(30);
    expect([g.columns, g.rows]).toEqual([3, 12]);
    const cells = Array.from({ length: 30 }, (_, i) => JSON.stringify(g.cell(i)));
    expect(new Set(cells).size).toBe(30);
    expect(boardGrid(1)).toMatchObject({ columns: 1, rows: 1 });
  });
});
