import { useDayNow } from '../../context/useDayNow';
import { useLang } from '../../context/useLang';
import { useTour } from '../../context/useTour';
import { localize } from '../../manifest';
import { daysBetween } from '../../programme/themeDay';
import { t, tf } from '../../i18n/strings';
import { useHall } from '../../context/useHall';
import { shortDate } from './formatDate';

/**
 * The HUD's line about the day: today's theme ("Today: Telecom Day", in its zone's colour), or
 * where the week stands before and after it. A button: it opens the programme.
 */
export function TodayLabel() {
  const lang = useLang();
  const day = useDayNow();
  const hall = useHall((s) => s.loaded?.hall ?? null);
  const setSheet = useTour((s) => s.openSheet);
  if (!day || !hall) return null;
  let text: string;
  if (day.today) text = tf('todayIs', lang, { day: localize(day.today.day.title, lang) });
  else if (day.phase === 'before') {
    const n = daysBetween(day.date, hall.dates.start);
    text = n === 1 ? t('weekBeforeOne', lang) : tf('weekBefore', lang, { date: shortDate(hall.dates.start, lang), n });
  } else if (day.phase === 'after') text = tf('weekAfter', lang, { date: shortDate(hall.dates.end, lang) });
  else text = t('weekNoTheme', lang);
  return (
    <button
      type="button"
      className="today-label"
      data-phase={day.phase}
      style={day.today ? { ['--zone' as string]: day.today.zone.color } : undefined}
      onClick={() => setSheet({ kind: 'programme' })}
      aria-label={`${text}. ${t('programme', lang)}`}
    >
      {day.today && <span className="today-dot" aria-hidden="true" />}
      <span className="today-text">{text}</span>
    </button>
  );
}
