import type { Lang } from '../../manifest';

/**
 * "还有 1 小时 12 分开始" / "Starts in 1 h 12 min": the player's status line, read out when it
 * changes, so it changes once a minute ("under a minute" at the end; the ticking clock beside it
 * is for the eye). Whole minutes round up, as the programme's "starts in 10 min" does.
 */
export function countdownLabel(ms: number, lang: Lang): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s === 0) return lang === 'zh' ? '即将开始' : 'Starting now';
  if (s < 60) return lang === 'zh' ? '不到 1 分钟后开始' : 'Starts in under a minute';
  const minutes = Math.ceil(s / 60);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts =
    lang === 'zh' ? [d && `${d} 天`, h && `${h} 小时`, m && `${m} 分`] : [d && `${d} d`, h && `${h} h`, m && `${m} min`];
  const text = parts.filter(Boolean).join(' ');
  return lang === 'zh' ? `还有 ${text}开始` : `Starts in ${text}`;
}

/** "01:12:05" to a start less than a day away, ticking each second; null further off (the words say it). */
export function countdownClock(ms: number): string | null {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s >= 86_400) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
}
