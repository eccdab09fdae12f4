import { describe, expect, it } from 'vitest';
import { between, openedBy, pickBooths, type BoothKinds } from '../../../soak/plan';

const hall: BoothKinds[] = [
  { id: 'a', kinds: ['image', 'link'] },
  { id: 'b', kinds: ['video', 'video', 'video', 'image'] },
  { id: 'c', kinds: ['video', 'h5', 'image', 'audio'] },
  { id: 'd', kinds: ['caseStudy', 'image'] },
  { id: 'e', kinds: ['h5', 'image'] },
];

describe('pickBooths', () => {
  it('covers every kind of media, and a kind several times, with few booths, the richest first', () => {
    const picked = pickBooths(hall, 4).map((b) => b.id);
    expect(picked).toEqual(['c', 'b', 'a', 'd']);
    const kinds = new Set(pickBooths(hall, 4).flatMap((b) => b.kinds));
    expect([...kinds].sort()).toEqual(['audio', 'caseStudy', 'h5', 'image', 'link', 'video']);
  });
  it('takes the whole hall, in its order, when asked for as many or more', () => {
    expect(pickBooths(hall, 99).map((b) => b.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('between', () => {
  it('runs into attract the asked number of times, only after the warm-up and never after the last visit', () => {
    const plan = Array.from({ length: 100 }, (_, i) => between(i, 100, 20, 3));
    const at = plan.flatMap((b, i) => (b === 'attract' ? [i] : []));
    // 80 measured visits in three shares, an attract after the first visit of each.
    expect(at).toEqual([20, 47, 73]);
    expect(at.every((i) => i >= 20 && i < 99)).toBe(true);
  });
  it("has the quick soak's one attract early, where a run cut short by its budget still gets to it", () => {
    const plan = Array.from({ length: 24 }, (_, i) => between(i, 24, 3, 1));
    expect(plan.flatMap((b, i) => (b === 'attract' ? [i] : []))).toEqual([3]);
  });
  it('otherwise touches after each visit', () => {
    expect(new Set(Array.from({ length: 100 }, (_, i) => between(i, 100, 20, 0)))).toEqual(new Set(['touch']));
  });
  it('skips attract when there are too few measured visits', () => {
    expect(Array.from({ length: 8 }, (_, i) => between(i, 8, 6, 3))).not.toContain('attract');
  });
});

describe('openedBy', () => {
  it('opens one visit in ten through the directory, and the last of the warm-up', () => {
    const by = Array.from({ length: 30 }, (_, i) => openedBy(i, 6));
    expect(by.flatMap((b, i) => (b === 'directory' ? [i] : []))).toEqual([5, 9, 19, 29]);
  });
});
