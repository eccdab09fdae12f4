import { describe, expect, it } from 'vitest';
import { rectContains } from '../../../src/hall/geometry';
import { layoutHall } from '../../../src/hall/layout';
import { zoneViewpoint } from '../../../src/hall/zoneView';

const layout = layoutHall({
  zones: [
    { id: 'forum', kind: 'stage', color: '#be123c', booths: ['f1'] },
    { id: 'telecom', kind: 'theme', color: '#0891b2', booths: ['t1', 't2', 't3', 't4'] },
  ],
  booths: [
    { id: 'f1', size: 'M' },
    { id: 't1', size: 'M' },
    { id: 't2', size: 'M' },
    { id: 't3', size: 'M' },
    { id: 't4', size: 'M' },
  ],
});

describe('zoneViewpoint', () => {
  it('stands south of the stage, in the hall, facing north to its screen', () => {
    const v = zoneViewpoint(layout, 'forum')!;
    const s = layout.stage!;
    expect(v.at.z).toBeGreaterThan(s.z1);
    expect(v.at.x).toBeCloseTo((s.x0 + s.x1) / 2);
    expect(Math.abs(v.yaw)).toBeLessThan(1e-9); // yaw 0 looks along -z, north
    expect(rectContains(layout.bounds, v.at)).toBe(true);
  });
  it("stands just inside a theme zone from its sign, facing the zone's middle", () => {
    const zone = layout.zones.find((z) => z.id === 'telecom')!;
    const v = zoneViewpoint(layout, 'telecom')!;
    expect(Math.hypot(v.at.x - zone.sign.x, v.at.z - zone.sign.z)).toBeCloseTo(2.5);
    const mid = { x: (zone.area.x0 + zone.area.x1) / 2, z: (zone.area.z0 + zone.area.z1) / 2 };
    const look = { x: -Math.sin(v.yaw), z: -Math.cos(v.yaw) };
    const toMid = { x: mid.x - v.at.x, z: mid.z - v.at.z };
    expect(look.x * toMid.x + look.z * toMid.z).toBeGreaterThan(0);
  });
  it('is null for a zone the hall does not have', () => {
    expect(zoneViewpoint(layout, 'nowhere')).toBeNull();
  });
});
