import { useMemo, useState } from 'react';
import { useDayNow } from '../../context/useDayNow';
import { useHall } from '../../context/useHall';
import { useLang } from '../../context/useLang';
import { useNow } from '../../context/useNow';
import { usePavilion } from '../../context/usePavilion';
import { useProgramme } from '../../context/useProgramme';
import { localize } from '../../manifest';
import type { Session } from '../../manifest/programme';
import { sessionsByDay } from '../../programme/schedule';
import { themeDaysOf } from '../../programme/themeDay';
import { t, tf } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import { ProgrammeStatusNote } from './ProgrammeStatusNote';
import { focusZoneHeading } from '../flat/zoneHeading';
import { SheetFrame } from './SheetFrame';
import { DayPanel } from './DayPanel';
import { DayTabs, type DayTab } from './DayTabs';
import { visitorTimeZone } from './formatDate';

/** Every date from start to end (YYYY-MM-DD), inclusive. */
function weekDates(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = Date.parse(`${start}T00:00:00Z`); d <= Date.parse(`${end}T00:00:00Z`) && out.length < 62; d += 86_400_000)
    out.push(new Date(d).toISOString().slice(0, 10));
  return out;
}

/**
 * The week's programme: a tab a day (its theme, talks, contest), each talk's time in the visitor's
 * own zone with live and "starts in" marks; from a talk, watch it (live or replay) or walk to its stage.
 */
export function ProgrammeDialog({ webgl }: { webgl: boolean }) {
  const lang = useLang();
  const { tour, nav } = usePavilion();
  const hall = useHall((s) => s.loaded?.hall ?? null);
  const programme = useProgramme((s) => s.programme);
  const day = useDayNow();
  const now = useNow(15_000);
  const themes = useMemo(() => (hall ? themeDaysOf(hall, programme) : []), [hall, programme]);
  const byDay = useMemo(
    () =>
      hall && programme
        ? new Map(sessionsByDay(programme.sessions, hall.timeZone).map((d) => [d.date, d.sessions]))
        : new Map<string, Session[]>(),
    [hall, programme],
  );
  const tabs: DayTab[] = useMemo(() => {
    if (!hall) return [];
    return weekDates(hall.dates.start, hall.dates.end).map((date) => {
      const theme = themes.find((d) => d.day.date === date);
      return {
        date,
        theme: theme ? localize(theme.day.title, lang) : '',
        color: theme?.zone.color ?? null,
        today: day?.date === date,
      };
    });
  }, [hall, themes, lang, day?.date]);
  const [picked, setPicked] = useState<string | null>(null);
  const selected = picked ?? (day?.phase === 'during' ? day.date : (tabs[0]?.date ?? ''));
  const close = () => tour.getState().openSheet(null);
  const goTo = (zoneId: string) => {
    close();
    if (webgl) nav.walkToZone(zoneId);
    else focusZoneHeading(zoneId);
  };
  if (!hall) return null;
  const theme = themes.find((d) => d.day.date === selected) ?? null;
  return (
    <SheetFrame
      className="programme"
      icon="calendar"
      title={t('programme', lang)}
      titleId="programme-title"
      lang={lang}
      onClose={close}
    >
      <ProgrammeStatusNote />
      <DayTabs
        days={tabs}
        selected={selected}
        onSelect={setPicked}
        lang={lang}
        label={t('programmeWeek', lang)}
        todayTag={t('todayTag', lang)}
      />
      <p className="tz-note">{tf('timesInYourZone', lang, { zone: visitorTimeZone() })}</p>
      <DayPanel
        date={selected}
        theme={theme}
        sessions={byDay.get(selected) ?? []}
        contests={programme?.contests.filter((c) => c.day === selected) ?? []}
        zones={hall.zones}
        hallTimeZone={hall.timeZone}
        now={now}
        lang={lang}
        onWatch={(s) => tour.getState().openSheet({ kind: 'stage', id: s.id })}
        onGo={goTo}
        onContest={(c) => tour.getState().openSheet({ kind: 'contest', id: c.id })}
      />
      <footer className="sheet-foot">
        {programme && programme.classes.length > 0 && (
          <button type="button" className="hud-btn" onClick={() => tour.getState().openSheet({ kind: 'classes' })}>
            <Icon name="book" /> {t('cloudClasses', lang)}
          </button>
        )}
        <button type="button" className="hud-btn" onClick={() => tour.getState().openSheet({ kind: 'passport' })}>
          <Icon name="stamp" /> {t('myPassport', lang)}
        </button>
      </footer>
    </SheetFrame>
  );
}
