import { describe, expect, it } from 'vitest';
import { rect } from '../../../src/hall/geometry';
import type { BoothSizeCode } from '../../../src/hall/hallDimensions';
import { layoutStageRow, planStageFlanks } from '../../../src/hall/stageRow';
import type { AssignedZone } from '../../../src/hall/zoneAssignment';

const stageZone = (ids: string[]): AssignedZone => ({ id: 's', kind: 'stage', color: '#be123c', ids });

describe('planStageFlanks', () => {
  it('alternates west and east, outwards from the platform, and overflows what reaches the wall', () => {
    const ids = Array.from({ length: 9 }, (_, i) => `b${i}`);
    // S booths are 3 m wide; the flanks start 1 m off the 14 m platform, so 4 fit each side of a 26 m half-width.
    const plan = planStageFlanks([stageZone(ids)], () => 'S', 26);
    expect(plan.slots.map((s) => [s.id, s.side, s.offset])).toEqual([
      ['b0', -1, 9.5],
      ['b1', 1, 9.5],
      ['b2', -1, 13.5],
      ['b3', 1, 13.5],
      ['b4', -1, 17.5],
      ['b5', 1, 17.5],
      ['b6', -1, 21.5],
      ['b7', 1, 21.5],
    ]);
    expect(plan.overflow).toEqual([stageZone(['b8'])]);
  });

  it('seats a booth on the other side when its own is full', () => {
    const sizes: Record<string, BoothSizeCode> = { a: 'L', b: 'S', c: 'S', d: 'S' };
    const plan = planStageFlanks([stageZone(['a', 'b', 'c', 'd'])], (id) => sizes[id] ?? 'S', 15);
    expect(plan.slots.map((s) => [s.id, s.side, s.offset])).toEqual([
      ['a', -1, 11],
      ['b', 1, 9.5],
      ['c', 1, 13.5],
    ]);
    expect(plan.overflow).toEqual([stageZone(['d'])]);
  });
});

describe('layoutStageRow', () => {
  it('builds nothing for a hall without a stage zone', () => {
    expect(layoutStageRow([], [], -20, () => 'S', 26)).toEqual({ booths: [], zones: [], stage: null, north: -20 });
  });

  it('puts the platform behind the front line, its flank booths facing south, and the zone over both', () => {
    const row = layoutStageRow([stageZone(['a'])], [{ id: 'a', zoneId: 's', side: -1, offset: 11 }], -20, () => 'L', 26);
    expect(row.stage).toEqual(rect(-7, -27, 7, -20));
    expect(row.north).toBe(-27);
    // An L booth is 4.5 m deep: its open front sits on the stage's front line.
    expect(row.booths).toEqual([{ id: 'a', zoneId: 's', x: -11, z: -22.25, normal: { x: 0, z: 1 } }]);
    expect(row.zones).toEqual([
      {
        id: 's',
        kind: 'stage',
        color: '#be123c',
        side: 0,
        area: rect(-26, -27, 26, -15),
        sign: { x: 0, z: -26.5 },
        aisles: [rect(-26, -20, 26, -15)],
      },
    ]);
  });
});
