import { describe, expect, it } from 'vitest';
import { RectIndex } from '../../../src/hall/collision';
import { layoutHall } from '../../../src/hall/layout';
import { closestBooths, nearestBooth } from '../../../src/hall/nearest';
import { yawTowards } from '../../../src/hall/geometry';

const layout = layoutHall({
  zones: [{ id: 'a', kind: 'theme', color: '#000000', booths: ['n1', 'n2', 's1', 's2'] }],
  booths: [
    { id: 'n1', size: 'L' },
    { id: 'n2', size: 'L' },
    { id: 's1', size: 'L' },
    { id: 's2', size: 'L' },
  ],
});
const index = new RectIndex(layout.booths.map((b) => b.footprint));

describe('nearestBooth', () => {
  it('names the booth whose front the visitor stands at', () => {
    const b = layout.byId.get('n1')!;
    expect(nearestBooth(b.front, layout.booths, index)?.id).toBe('n1');
  });
  it('prefers the booth the visitor faces when standing mid-aisle', () => {
    const north = layout.byId.get('n1')!;
    const south = layout.booths.find((b) => b.normal.z < 0 && Math.abs(b.x - north.x) < 1)!;
    const mid = { x: north.x, z: (north.front.z + south.front.z) / 2 + 0.4 }; // a bit nearer the south row
    expect(nearestBooth(mid, layout.booths, index, 7, yawTowards(mid, north))?.id).toBe('n1');
    expect(nearestBooth(mid, layout.booths, index, 7, yawTowards(mid, south))?.id).toBe(south.id);
  });
  it('is null far from every booth', () => {
    expect(nearestBooth(layout.entrance, layout.booths, index)).toBeNull();
  });
});

describe('closestBooths', () => {
  it('lists the nearest booths first, within the radius, at most `count`', () => {
    const at = layout.byId.get('n2')!;
    const ks = closestBooths({ x: at.x, z: at.z }, layout.booths, index, 2, 50);
    expect(ks).toHaveLength(2);
    expect(layout.booths[ks[0]!]!.id).toBe('n2');
    expect(closestBooths({ x: at.x, z: at.z }, layout.booths, index, 10, 0.1).map((k) => layout.booths[k]!.id)).toEqual(['n2']);
  });
});
