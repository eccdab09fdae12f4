import { describe, expect, it } from 'vitest';
import { moveWithCollisions, RectIndex } from '../../../src/hall/collision';
import { rect } from '../../../src/hall/geometry';

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
