/**
 * The hall's clock. A theme day begins at midnight in the hall's time zone (Asia/Shanghai unless
 * the hall says otherwise), wherever the visitor is; `?now=` moves the whole page to another
 * instant so organisers can preview any moment of the week and tests can fix time.
 */

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`. */
export function todayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    now,
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * `?now=` as epoch ms: an ISO 8601 instant with its offset ("2026-09-16T19:45:00+08:00" or
 * "…Z"), anything else (a bare date, garbage, a year past 9999) is ignored. URL-decoding turns
 * a written "+" into a space, so a space before the offset is read as "+".
 */
export function parseNowParam(raw: string | null): number | null {
  if (raw === null) return null;
  const text = raw.trim().replace(/ (\d{2}:\d{2})$/, '+$1');
  if (text.length > 40 || !INSTANT.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/** A clock: what time it is on this page, in epoch ms. */
export type Clock = () => number;

/**
 * The page's clock: the real time, or from `?now=` on, flowing as real time does (countdowns
 * tick, a session started in the preview goes on).
 */
export function makeClock(fixedStart: number | null, realNow: () => number = Date.now): Clock {
  if (fixedStart === null) return realNow;
  const loadedAt = realNow();
  return () => fixedStart + (realNow() - loadedAt);
}
