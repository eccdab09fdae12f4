import type { Lang } from '../../manifest';

/** "9月14日" / "14 Sep" for a YYYY-MM-DD, read as the calendar date it is (no time zone shift). */
export function shortDate(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${date}T00:00:00Z`),
  );
}

/** "9月16日 周三" / "Wed 16 Sep": a day tab's label. */
export function dayTabDate(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(Date.parse(`${date}T00:00:00Z`));
}

/** The visitor's own time zone, as the browser names it ("Europe/Berlin"), for "times in your zone". */
export function visitorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
