import { describe, expect, it } from 'vitest';
import { GENERAL_ZONE_ID, assignZones } from '../../../src/hall/zoneAssignment';

describe('assignZones', () => {
  it('gives each known booth its first zone, drops empty theme zones, keeps an empty stage, gathers the rest', () => {
    const zones = assignZones({
      zones: [
        { id: 'a', kind: 'theme', color: '#111111', booths: ['x', 'ghost', 'x'] },
        { id: 'b', kind: 'theme', color: '#222222', booths: ['x', 'y'] },
        { id: 'c', kind: 'theme', color: '#333333', booths: ['ghost'] },
        { id: 's', kind: 'stage', color: '#444444', booths: [] },
      ],
      booths: [
        { id: 'w', size: 'S' },
        { id: 'x', size: 'M' },
        { id: 'y', size: 'S' },
        { id: 'z', size: 'L' },
      ],
    });
    expect(zones).toEqual([
      { id: 'a', kind: 'theme', color: '#111111', ids: ['x'] },
      { id: 'b', kind: 'theme', color: '#222222', ids: ['y'] },
      { id: 's', kind: 'stage', color: '#444444', ids: [] },
      { id: GENERAL_ZONE_ID, kind: 'general', color: '#64748b', ids: ['w', 'z'] },
    ]);
  });

  it('adds no general zone when every booth has a zone', () => {
    const zones = assignZones({
      zones: [{ id: 'a', kind: 'theme', color: '#111111', booths: ['x'] }],
      booths: [{ id: 'x', size: 'S' }],
    });
    expect(zones.map((z) => z.id)).toEqual(['a']);
  });
});
