import type { Lang } from '../../manifest';

const WORDS = {
  zh: { d: '天', h: '小时', min: '分钟', s: '秒', sep: '' },
  en: { d: ' d', h: ' h', min: ' min', s: ' s', sep: ' ' },
} as const;

/** A duration in seconds as its two largest units: "2 d 3 h", "3 h 12 min", "45 s"; zh "3小时12分钟". */
export function formatUptime(seconds: number, lang: Lang): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const w = WORDS[lang];
  const s = Math.floor(seconds);
  const parts: [number, string][] = [
    [Math.floor(s / 86_400), w.d],
    [Math.floor((s % 86_400) / 3_600), w.h],
    [Math.floor((s % 3_600) / 60), w.min],
    [s % 60, w.s],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first < 0) return `0${w.s}`;
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n}${unit}`)
    .join(w.sep);
}
