import { describe, expect, it } from 'vitest';
import { wakeOrder } from '../../../src/hall/wakeOrder';

describe('wakeOrder', () => {
  it('wakes the booths around a landing one step at a time, nearest first', () => {
    const wanted = ['a', 'b', 'c'];
    let playing: string[] = [];
    const steps: string[][] = [];
    for (let i = 0; i < 4; i++) steps.push((playing = wakeOrder(playing, wanted)));
    expect(steps).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c']]);
  });

  it('keeps those already playing and lets those no longer wanted go at once', () => {
    expect(wakeOrder(['a', 'b', 'c'], ['c', 'd', 'b'])).toEqual(['c', 'd', 'b']);
    expect(wakeOrder(['a', 'b', 'c'], ['c'])).toEqual(['c']);
    expect(wakeOrder(['a', 'b'], [])).toEqual([]);
  });

  it('wakes only one newcomer a step, however many come', () => {
    expect(wakeOrder(['x'], ['d', 'e', 'x', 'f'])).toEqual(['d', 'x']);
    expect(wakeOrder([], ['d', 'e', 'f'], 2)).toEqual(['d', 'e']);
  });
});
