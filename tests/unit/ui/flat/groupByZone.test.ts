import { describe, expect, it } from 'vitest';
import type { Booth, Hall } from '../../../../src/manifest';
import { groupByZone } from '../../../../src/ui/flat/groupByZone';

// Only the fields grouping reads; the rest of a manifest does not matter here.
const booth = (id: string) => ({ id }) as unknown as Booth;
const hall = (zones: { id: string; booths: string[] }[]) => ({ zones }) as unknown as Hall;

const ids = (groups: ReturnType<typeof groupByZone>) => groups.map((g) => [g.zone?.id ?? null, g.booths.map((b) => b.id)]);

describe('groupByZone', () => {
  it("lists each zone's booths in the zone's order, zones in the hall's order", () => {
    const booths = ['a', 'b', 'c', 'd'].map(booth);
    const groups = groupByZone({
      hall: hall([
        { id: 'z2', booths: ['d', 'b'] },
        { id: 'z1', booths: ['a', 'c'] },
      ]),
      booths,
    });
    expect(ids(groups)).toEqual([
      ['z2', ['d', 'b']],
      ['z1', ['a', 'c']],
    ]);
  });

  it('puts booths no zone lists in a last, general group, in the booths’ order', () => {
    const booths = ['a', 'b', 'c'].map(booth);
    expect(ids(groupByZone({ hall: hall([{ id: 'z', booths: ['b'] }]), booths }))).toEqual([
      ['z', ['b']],
      [null, ['a', 'c']],
    ]);
  });

  it('shows a booth once (in its first zone), skips ids with no booth and zones left empty', () => {
    const booths = ['a', 'b'].map(booth);
    const groups = groupByZone({
      hall: hall([
        { id: 'z1', booths: ['a', 'gone'] },
        { id: 'z2', booths: ['a', 'b'] },
        { id: 'z3', booths: ['gone', 'a'] },
      ]),
      booths,
    });
    expect(ids(groups)).toEqual([
      ['z1', ['a']],
      ['z2', ['b']],
    ]);
  });

  it('makes no groups of an empty hall', () => {
    expect(groupByZone({ hall: hall([]), booths: [] })).toEqual([]);
  });
});
