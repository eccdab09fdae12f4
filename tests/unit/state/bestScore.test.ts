import { describe, expect, it } from 'vitest';
import { bestScoreKey, readBestScore, recordScore, type ScoreStorage } from '../../../src/state/bestScore';

/** A Web Storage stand-in: a map, and a switch to make it refuse like a full or private one. */
function fakeStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  const s = {
    refuse: false,
    values,
    getItem: (k: string) => {
      if (s.refuse) throw new DOMException('denied', 'SecurityError');
      return values.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (s.refuse) throw new DOMException('full', 'QuotaExceededError');
      values.set(k, v);
    },
  };
  return s satisfies ScoreStorage;
}

describe('best score on the device', () => {
  it('is kept under a pavilion.contest. key, per contest', () => {
    const s = fakeStorage();
    expect(readBestScore(s, 'telecom')).toBeNull();
    expect(recordScore(s, 'telecom', { correct: 7, total: 10, percent: 70 })).toEqual({
      best: { correct: 7, total: 10, percent: 70 },
      improved: true,
    });
    expect(bestScoreKey('telecom')).toBe('pavilion.contest.telecom.best');
    expect([...s.values.keys()]).toEqual(['pavilion.contest.telecom.best']);
    expect(readBestScore(s, 'telecom')).toEqual({ correct: 7, total: 10, percent: 70 });
    expect(readBestScore(s, 'finance')).toBeNull();
  });

  it('keeps only a better score', () => {
    const s = fakeStorage();
    recordScore(s, 'c', { correct: 8, total: 10, percent: 80 });
    expect(recordScore(s, 'c', { correct: 5, total: 10, percent: 50 })).toEqual({
      best: { correct: 8, total: 10, percent: 80 },
      improved: false,
    });
    // Equalling the best is not a new best.
    expect(recordScore(s, 'c', { correct: 8, total: 10, percent: 80 }).improved).toBe(false);
    expect(readBestScore(s, 'c')?.correct).toBe(8);
    expect(recordScore(s, 'c', { correct: 9, total: 10, percent: 90 }).best?.correct).toBe(9);
    // The same percent over more questions counts as better.
    expect(recordScore(s, 'c', { correct: 18, total: 20, percent: 90 }).best).toEqual({ correct: 18, total: 20, percent: 90 });
  });

  it('ignores what it could not have written, and replaces it with a real score', () => {
    const foreign = [
      'not json',
      '"80"',
      'null',
      '[8,10]',
      '{"correct":11,"total":10}',
      '{"correct":-1,"total":10}',
      '{"correct":1.5,"total":10}',
      '{"correct":0,"total":0}',
      '{"correct":"8","total":"10"}',
      '{"correct":5,"total":100000}',
    ];
    for (const raw of foreign) {
      const s = fakeStorage({ 'pavilion.contest.c.best': raw });
      expect(readBestScore(s, 'c'), raw).toBeNull();
      expect(recordScore(s, 'c', { correct: 1, total: 10, percent: 10 }).improved).toBe(true);
      expect(readBestScore(s, 'c')?.correct).toBe(1);
    }
  });

  it('works out the percent itself rather than trusting a stored or passed one', () => {
    const s = fakeStorage({ 'pavilion.contest.c.best': '{"correct":2,"total":10,"percent":100}' });
    expect(readBestScore(s, 'c')).toEqual({ correct: 2, total: 10, percent: 20 });
    expect(recordScore(s, 'c', { correct: 3, total: 10, percent: 999 }).best).toEqual({ correct: 3, total: 10, percent: 30 });
  });

  it('survives storage that refuses, or none at all', () => {
    const s = fakeStorage();
    s.refuse = true;
    expect(readBestScore(s, 'c')).toBeNull();
    expect(recordScore(s, 'c', { correct: 4, total: 5, percent: 80 })).toEqual({
      best: { correct: 4, total: 5, percent: 80 },
      improved: true,
    });
    expect(readBestScore(null, 'c')).toBeNull();
    expect(recordScore(null, 'c', { correct: 4, total: 5, percent: 80 }).best?.percent).toBe(80);
    // An impossible score is never kept.
    expect(recordScore(fakeStorage(), 'c', { correct: 6, total: 5, percent: 120 })).toEqual({ best: null, improved: false });
  });
});
