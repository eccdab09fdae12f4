import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSlots } from '../../../../src/scene/atlas/slots';

describe('planSlots', () => {
  it('gives free slots to the most wanted booths first, from the first usable slot', () => {
    const plan = planSlots([7, 3, 9], new Map(), 3, 1);
    expect(plan.assign).toEqual([
      { key: 7, slot: 1 },
      { key: 3, slot: 2 },
    ]);
    expect(plan.evict).toEqual([]);
  });

  it('keeps holders still wanted in their slots, and frees the others for newcomers', () => {
    const holders = new Map([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const plan = planSlots([3, 4, 1], holders, 4, 1);
    expect(plan.evict).toEqual([{ key: 2, slot: 2 }]);
    expect(plan.assign).toEqual([{ key: 4, slot: 2 }]);
  });

  it('changes nothing when the same booths are wanted again', () => {
    const holders = new Map([
      [5, 1],
      [6, 2],
    ]);
    expect(planSlots([6, 5], holders, 3, 1)).toEqual({ assign: [], evict: [] });
  });

  it('never gives a slot twice, never uses reserved slots, and leaves every wanted booth that fits holding one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }),
        fc.integer({ min: 2, max: 12 }),
        (before, wanted, slotCount) => {
          const holders = new Map<number, number>();
          planSlots(before, new Map(), slotCount, 1).assign.forEach((a) => holders.set(a.key, a.slot));
          const plan = planSlots(wanted, holders, slotCount, 1);
          for (const e of plan.evict) holders.delete(e.key);
          for (const a of plan.assign) holders.set(a.key, a.slot);
          const slots = [...holders.values()];
          expect(new Set(slots).size).toBe(slots.length);
          expect(slots.every((s) => s >= 1 && s < slotCount)).toBe(true);
          const fit = wanted.slice(0, slotCount - 1);
          expect([...holders.keys()].sort()).toEqual([...fit].sort());
        },
      ),
    );
  });
});
