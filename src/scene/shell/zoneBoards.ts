import { BufferAttribute, BufferGeometry } from 'three';
import type { ZoneArea } from '../../hall/layout';
import { zoneSignPlacement } from './zoneSignPlacement';

/** Pixels of one zone board in the shared canvas, and how many boards a column holds. */
export const BOARD = { w: 1024, h: 320, perColumn: 12 } as const;

/** The shared canvas: boards top to bottom, then the next column. */
export function boardGrid(count: number): { columns: number; rows: number; cell: (i: number) => { x: number; y: number } } {
  const rows = Math.max(1, Math.min(count, BOARD.perColumn));
  return {
    columns: Math.max(1, Math.ceil(count / BOARD.perColumn)),
    rows,
    cell: (i) => ({ x: Math.floor(i / rows) * BOARD.w, y: (i % rows) * BOARD.h }),
  };
}

/**
 * Every zone board, front and back, as one mesh over one canvas: one draw call and one
 * material whatever the number of zones. Fronts map their board's cell of the canvas; backs
 * map a corner of it, which is plain zone colour.
 */
export function zoneBoardsGeometry(areas: readonly ZoneArea[]): BufferGeometry {
  const grid = boardGrid(areas.length);
  const W = grid.columns * BOARD.w;
  const H = grid.rows * BOARD.h;
  const pos: number[] = [];
  const uv: number[] = [];
  const index: number[] = [];
  const quad = (
    cx: number,
    cy: number,
    z: number,
    w: number,
    h: number,
    facing: 1 | -1,
    u0: number,
    v0: number,
    u1: number,
    v1: number,
  ) => {
    const base = pos.length / 3;
    // Corners left→right as seen from the side the quad faces.
    const xs = facing === 1 ? [cx - w / 2, cx + w / 2] : [cx + w / 2, cx - w / 2];
    pos.push(xs[0]!, cy - h / 2, z, xs[1]!, cy - h / 2, z, xs[1]!, cy + h / 2, z, xs[0]!, cy + h / 2, z);
    uv.push(u0, v0, u1, v0, u1, v1, u0, v1);
    index.push(base, base + 1, base + 2, base, base + 2, base + 3);
  };
  areas.forEach((area, i) => {
    const { x, y, z, size } = zoneSignPlacement(area);
    const c = grid.cell(i);
    // Canvas y runs down, texture v up (flipY).
    const u0 = c.x / W;
    const u1 = (c.x + BOARD.w) / W;
    const vTop = 1 - c.y / H;
    const vBottom = 1 - (c.y + BOARD.h) / H;
    quad(x, y, z, size[0], size[1], 1, u0, vBottom, u1, vTop);
    const px = (n: number) => n / W;
    const py = (n: number) => 1 - (c.y + n) / H;
    quad(x, y, z - 0.03, size[0], size[1], -1, u0 + px(4), py(12), u0 + px(28), py(4));
  });
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3));
  g.setAttribute('uv', new BufferAttribute(new Float32Array(uv), 2));
  g.setIndex(index);
  g.computeBoundingSphere();
  return g;
}
