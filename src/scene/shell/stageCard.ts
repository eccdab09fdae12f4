import { t, tf } from '../../i18n/strings';
import { localize, type Lang } from '../../manifest';
import type { Session } from '../../manifest/programme';
import type { StageState } from '../../programme/schedule';
import type { TextLine } from '../text/drawText';

/** Under this, the countdown shows seconds (and the screen is repainted each second). */
export const COUNTDOWN_SECONDS_MS = 10 * 60_000;

/**
 * "09:45" (minutes and seconds) in the last ten minutes, "45 分钟" / "45 min" within the hour and
 * a half, then "1 天 3 小时" / "2 d 3 h": a big board repainted once a minute, not once a second.
 */
export function countdownText(ms: number, lang: Lang): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s * 1000 < COUNTDOWN_SECONDS_MS) return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  if (s < 90 * 60) return lang === 'zh' ? `${Math.ceil(s / 60)} 分钟` : `${Math.ceil(s / 60)} min`;
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (lang === 'zh') return d ? `${d} 天 ${h} 小时` : `${h} 小时 ${m} 分`;
  return d ? `${d} d ${h} h` : `${h} h ${m} min`;
}

const speakers = (s: Session, lang: Lang) =>
  s.speakers
    .map((p) => (p.affiliation ? `${localize(p.name, lang)} · ${localize(p.affiliation, lang)}` : localize(p.name, lang)))
    .join('  ');

/**
 * The lines the stage's screen shows when it shows no video: the countdown to the next talk, the
 * last one's replay, the live one while its stream connects (or fails), or the forum's card.
 */
export function stageCardLines(
  st: StageState,
  lang: Lang,
  forum: { name: string; title: string; dates: string },
  live: { error: string | null },
): { badge: string | null; badgeColor: string; lines: TextLine[] } {
  if (st.kind === 'idle')
    return {
      badge: null,
      badgeColor: '',
      lines: [
        { text: forum.name, weight: 700, size: 150, color: '#ffffff' },
        { text: forum.title, weight: 400, size: 64, color: '#bfdbfe' },
        { text: forum.dates, weight: 400, size: 48, color: '#93c5fd' },
      ],
    };
  const s = st.session;
  const title = { text: localize(s.title, lang), weight: 700 as const, size: 92, color: '#ffffff' };
  const who = { text: speakers(s, lang), weight: 400 as const, size: 44, color: '#bfdbfe' };
  if (st.kind === 'countdown')
    return {
      badge: t('stageUpNext', lang),
      badgeColor: '#f59e0b',
      lines: [
        title,
        who,
        { text: tf('stageStartsIn', lang, { time: countdownText(st.ms, lang) }), weight: 700, size: 88, color: '#fde68a' },
      ],
    };
  if (st.kind === 'replay')
    return {
      badge: t('stageReplay', lang),
      badgeColor: '#0ea5e9',
      lines: [title, who, { text: t('stageTapReplay', lang), weight: 400, size: 52, color: '#e0f2fe' }],
    };
  return {
    badge: t('stageLive', lang),
    badgeColor: '#dc2626',
    lines: [
      title,
      who,
      {
        text: t(live.error ? 'stageRetrying' : 'stageConnecting', lang),
        weight: 400,
        size: 52,
        color: live.error ? '#fecaca' : '#e0f2fe',
      },
    ],
  };
}
