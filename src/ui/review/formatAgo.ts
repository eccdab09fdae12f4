import type { Lang } from '../../manifest';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * How long ago `iso` was, at `nowMs`, as people say it: "2 min ago", "2分钟前", "now". A time
 * ahead of `nowMs` (the organiser's clock behind the service's) reads as now, never "in 2 min".
 */
export function formatAgo(iso: string, nowMs: number, lang: Lang): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  const s = Math.max(0, Math.floor((nowMs - then) / 1000));
  const f = new Intl.RelativeTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { style: 'short', numeric: 'auto' });
  for (const [unit, size] of UNITS) if (s >= size) return f.format(-Math.floor(s / size), unit);
  return s < 5 ? f.format(0, 'second') : f.format(-s, 'second');
}
