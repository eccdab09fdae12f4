import type { Contest, Session } from '../../manifest/programme';
import { localize, type Lang, type Zone } from '../../manifest';
import type { ThemeDay } from '../../manifest/programme';
import { t, tf } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import { SessionList } from './SessionList';

interface Props {
  date: string;
  theme: { day: ThemeDay; zone: Zone } | null;
  sessions: Session[];
  contests: Contest[];
  zones: Zone[];
  /** The hall's time zone: a talk's local time is shown beside the visitor's when they differ. */
  hallTimeZone: string;
  now: number;
  lang: Lang;
  onWatch: (s: Session) => void;
  onGo: (zoneId: string) => void;
  onContest: (c: Contest) => void;
}

/** One day of the week: its theme, its talks (in the visitor's time zone) and its contest. */
export function DayPanel({ date, theme, sessions, contests, zones, hallTimeZone, now, lang, onWatch, onGo, onContest }: Props) {
  return (
    <div className="day-panel" role="tabpanel" id="day-panel" aria-labelledby={`day-tab-${date}`} tabIndex={0}>
      {theme && (
        <section className="day-theme-card" style={{ ['--zone' as string]: theme.zone.color }}>
          <h3>{localize(theme.day.title, lang)}</h3>
          <p>{localize(theme.day.summary, lang)}</p>
          <button type="button" className="hud-btn" onClick={() => onGo(theme.zone.id)}>
            <Icon name="map" /> {t('goToZone', lang)} · {localize(theme.zone.name, lang)}
          </button>
        </section>
      )}
      {sessions.length ? (
        <SessionList
          sessions={sessions}
          zones={zones}
          hallTimeZone={hallTimeZone}
          now={now}
          lang={lang}
          onWatch={onWatch}
          onGo={onGo}
        />
      ) : (
        <p className="empty">{t('noSessions', lang)}</p>
      )}
      {contests.map((c) => (
        <section key={c.id} className="day-contest" aria-labelledby={`contest-card-${c.id}`}>
          <Icon name="trophy" size={28} />
          <div>
            <small>{t('dayContest', lang)}</small>
            <h3 id={`contest-card-${c.id}`}>{localize(c.title, lang)}</h3>
            <p>{tf('contestQuestions', lang, { n: c.questionsPerAttempt })}</p>
          </div>
          <button type="button" className="hud-btn primary" onClick={() => onContest(c)}>
            {t('takeContest', lang)}
          </button>
        </section>
      ))}
    </div>
  );
}
