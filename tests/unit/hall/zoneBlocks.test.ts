import { describe, expect, it } from 'vitest';
import { rectContains } from '../../../src/hall/geometry';
import { BOOTH_FOOTPRINT, LAYOUT, sideWallX } from '../../../src/hall/hallDimensions';
import type { AssignedZone } from '../../../src/hall/zoneAssignment';
import { layoutZoneBlocks } from '../../../src/hall/zoneBlocks';

const zone = (id: string, count: number): AssignedZone => ({
  id,
  kind: 'theme',
  color: '#2563eb',
  ids: Array.from({ length: count }, (_, i) => `${id}${i}`),
});

describe('layoutZoneBlocks', () => {
  it('leaves a cross aisle for the stage when there are no blocks', () => {
    expect(layoutZoneBlocks([], () => 'S', 18)).toEqual({ booths: [], zones: [], north: -LAYOUT.crossAisle });
  });

  it('puts each block on the side of the spine that is shorter so far', () => {
    // A street of 18 m rows holds 8 S booths, so 9 booths make two streets (26.6 m), 1 booth one (13 m).
    const blocks = layoutZoneBlocks([zone('a', 9), zone('b', 1), zone('c', 1)], () => 'S', 18);
    // Each block's distance north of the plaza and its depth.
    expect(blocks.zones.map((z) => [z.id, z.side, -z.area.z1, z.area.z1 - z.area.z0])).toEqual([
      ['a', -1, 0, 26.6],
      ['b', 1, 0, 13],
      ['c', 1, 18, 13],
    ]);
    expect(blocks.north).toBe(-36);
  });

  it('fronts every booth on its street aisle, inside its zone, with a perimeter aisle at the outer end', () => {
    const rowLength = 18;
    const blocks = layoutZoneBlocks([zone('a', 20), zone('b', 7)], (id) => (id.endsWith('3') ? 'L' : 'M'), rowLength);
    expect(blocks.booths).toHaveLength(27);
    for (const area of blocks.zones) {
      const streets = area.aisles.slice(0, -1);
      for (const b of blocks.booths.filter((s) => s.zoneId === area.id)) {
        expect(rectContains(area.area, b)).toBe(true);
        const d = (b.id.endsWith('3') ? BOOTH_FOOTPRINT.L : BOOTH_FOOTPRINT.M).d;
        const frontZ = b.z + (b.normal.z * d) / 2;
        expect(streets.some((a) => a.z0 === frontZ || a.z1 === frontZ)).toBe(true);
      }
      const perimeter = area.aisles.at(-1)!;
      expect(Math.abs(perimeter.x0 + perimeter.x1) / 2).toBe(LAYOUT.spineWidth / 2 + rowLength + LAYOUT.perimeterAisle / 2);
      expect(Math.max(Math.abs(perimeter.x0), Math.abs(perimeter.x1))).toBe(sideWallX(rowLength));
    }
  });
});
