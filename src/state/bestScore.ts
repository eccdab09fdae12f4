/**
 * A contest's best score, kept on this device only: no name, no account, nothing sent. Stored in
 * localStorage under `pavilion.contest.<contest id>.best`; what is found there was written by
 * anyone (an older build, another app on the origin, a visitor's console), so it is checked and
 * ignored unless it is a score we could have written.
 */

export interface BestScore {
  correct: number;
  total: number;
  percent: number;
}

/** The part of Web Storage used here; tests pass a fake. */
export type ScoreStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY_PREFIX = 'pavilion.contest.';
/** More than any contest asks (the schema allows 50 a attempt); a bigger number is not ours. */
const MAX_TOTAL = 500;

export function bestScoreKey(contestId: string): string {
  return `${KEY_PREFIX}${contestId}.best`;
}

function percentOf(correct: number, total: number): number {
  return Math.round((100 * correct) / total);
}

function checked(value: unknown): BestScore | null {
  if (typeof value !== 'object' || value === null) return null;
  const { correct, total } = value as Record<string, unknown>;
  if (!Number.isInteger(correct) || !Number.isInteger(total)) return null;
  const c = correct as number;
  const n = total as number;
  if (n < 1 || n > MAX_TOTAL || c < 0 || c > n) return null;
  // The percent is worked out again rather than trusted.
  return { correct: c, total: n, percent: percentOf(c, n) };
}

/** The best score kept for a contest, or null (none yet, storage refused, or not a score). */
export function readBestScore(storage: ScoreStorage | null, contestId: string): BestScore | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(bestScoreKey(contestId));
    return raw === null ? null : checked(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Whether `a` beats `b`: a higher percent, or the same percent over more questions. */
function beats(a: BestScore, b: BestScore | null): boolean {
  return b === null || a.percent > b.percent || (a.percent === b.percent && a.total > b.total);
}

/**
 * Keeps `score` if it beats the best so far; returns the best after it and whether this score is
 * it. Storage that refuses the write (private mode, full) still gets the best for this visit back.
 */
export function recordScore(
  storage: ScoreStorage | null,
  contestId: string,
  score: BestScore,
): { best: BestScore | null; improved: boolean } {
  const next = checked(score);
  const best = readBestScore(storage, contestId);
  if (!next || !beats(next, best)) return { best, improved: false };
  try {
    storage?.setItem(bestScoreKey(contestId), JSON.stringify({ correct: next.correct, total: next.total }));
  } catch {
    /* not kept; this visit still shows it */
  }
  return { best: next, improved: true };
}
