import type { Lang } from '../../manifest';

/** "还有 1 小时 12 分开始" / "Starts in 1 h 12 min" (seconds in the last minute). */
export function countdownLabel(ms: number, lang: Lang): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const parts =
    lang === 'zh'
      ? [d && `${d} 天`, h && `${h} 小时`, m && `${m} 分`, s < 60 && `${s} 秒`]
      : [d && `${d} d`, h && `${h} h`, m && `${m} min`, s < 60 && `${s} s`];
  const text = parts.filter(Boolean).join(' ');
  return lang === 'zh' ? `还有 ${text}开始` : `Starts in ${text}`;
}
