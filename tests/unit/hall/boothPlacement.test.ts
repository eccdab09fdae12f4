import { describe, expect, it } from 'vitest';
import { placeBooth } from '../../../src/hall/boothPlacement';
import { rect } from '../../../src/hall/geometry';
import { FRONT_STANDOFF } from '../../../src/hall/layout';

describe('placeBooth', () => {
  it('stands the visitor FRONT_STANDOFF in front of the open front of a booth facing south', () => {
    const b = placeBooth({ id: 'm', zoneId: 'z', x: 10, z: -20, normal: { x: 0, z: 1 } }, 'M', 3);
    expect(b).toMatchObject({ id: 'm', index: 3, zoneId: 'z', size: 'M', w: 4.5, d: 3, rotationY: 0 });
    expect(b.footprint).toEqual(rect(7.75, -21.5, 12.25, -18.5));
    expect(b.front).toEqual({ x: 10, z: -18.5 + FRONT_STANDOFF });
  });

  it('turns the footprint of a booth facing east', () => {
    const b = placeBooth({ id: 'm', zoneId: 'z', x: 10, z: -20, normal: { x: 1, z: 0 } }, 'M', 0);
    expect(b.rotationY).toBeCloseTo(Math.PI / 2);
    expect(b.footprint).toEqual(rect(8.5, -22.25, 11.5, -17.75));
    expect(b.front).toEqual({ x: 11.5 + FRONT_STANDOFF, z: -20 });
  });

  it('keeps the standoff at 1.6 m', () => {
    expect(FRONT_STANDOFF).toBe(1.6);
  });
});
