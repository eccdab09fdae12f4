import type { Session } from '../../manifest/programme';
import { localize, type Lang } from '../../manifest';
import { formatSessionTime, sessionMark, sessionStatus } from '../../programme/schedule';
import { t, tf } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';

interface Props {
  session: Session;
  now: number;
  lang: Lang;
  /** The zone's name where it is shown. */
  whereName: string;
  hallTimeZone: string;
  onWatch: (s: Session) => void;
  onGo: (s: Session) => void;
}

/** One talk in the programme: its time in the visitor's zone, live/soon mark, speakers and what to do. */
export function SessionRow({ session: s, now, lang, whereName, hallTimeZone, onWatch, onGo }: Props) {
  const status = sessionStatus(s, now);
  const mark = sessionMark(s, now);
  const headingId = `session-${s.id}`;
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  const mine = formatSessionTime(s, locale);
  const hallTime = formatSessionTime(s, locale, hallTimeZone);
  return (
    <li className="session" data-status={status} aria-labelledby={headingId}>
      <div className="session-time">
        <time dateTime={new Date(s.start).toISOString()}>{mine}</time>
        {hallTime !== mine && <small className="hall-time">{tf('hallTime', lang, { time: hallTime })}</small>}
        {mark?.kind === 'live' && (
          <span className="mark live">
            <Icon name="live" size={16} /> {t('liveNow', lang)}
          </span>
        )}
        {mark?.kind === 'soon' && <span className="mark soon">{tf('startsIn', lang, { n: mark.minutes })}</span>}
        {status === 'ended' && <span className="mark ended">{t('ended', lang)}</span>}
      </div>
      <div className="session-body">
        <h4 id={headingId}>{localize(s.title, lang)}</h4>
        {s.speakers.length > 0 && (
          <p className="speakers">
            <span className="visually-hidden">{t('speakersBy', lang)}: </span>
            {s.speakers
              .map((p) =>
                p.affiliation ? `${localize(p.name, lang)} · ${localize(p.affiliation, lang)}` : localize(p.name, lang),
              )
              .join('；')}
          </p>
        )}
        {s.summary && <p className="summary">{localize(s.summary, lang)}</p>}
        <div className="session-actions">
          {status === 'live' && (
            <button type="button" className="hud-btn primary" onClick={() => onWatch(s)}>
              <Icon name="play" /> {t('watchLive', lang)}
            </button>
          )}
          {status === 'ended' && s.replay && (
            <button type="button" className="hud-btn primary" onClick={() => onWatch(s)}>
              <Icon name="play" /> {t('watchReplay', lang)}
            </button>
          )}
          {status === 'upcoming' && (
            <button type="button" className="hud-btn" onClick={() => onWatch(s)}>
              {t('sessionDetails', lang)}
            </button>
          )}
          <button type="button" className="hud-btn" onClick={() => onGo(s)}>
            <Icon name="map" /> {t('goToStage', lang)} <span className="where">· {whereName}</span>
          </button>
        </div>
      </div>
    </li>
  );
}
