import { useMemo } from 'react';
import { useHall } from '../../context/useHall';
import { useLang } from '../../context/useLang';
import { useNow } from '../../context/useNow';
import { usePavilion } from '../../context/usePavilion';
import { useProgramme } from '../../context/useProgramme';
import { localize } from '../../manifest';
import { todayIn } from '../../programme/clock';
import { liveOffset } from '../../programme/liveStream';
import { sessionStatus, stageAt } from '../../programme/schedule';
import { t, tf } from '../../i18n/strings';
import { VideoPlayer } from '../panel/VideoPlayer';
import { videoKey } from '../../manifest/videoSource';
import { SessionList } from '../programme/SessionList';
import { SheetFrame } from '../programme/SheetFrame';
import { countdownClock, countdownLabel } from './countdownLabel';
import './stage.css';

/**
 * The stage's player (`#/stage[/<session>]`): the live talk with sound, controls and captions,
 * joined where it is now; an ended talk's replay; before a talk, when it starts. Beside it, the
 * talk's speakers and the day's agenda in the visitor's own time zone. While it is open, the
 * stage's muted 3D copy of the stream is paused (StageScreen holds it), so the talk is fetched once.
 */
export function StageDialog({ sessionId }: { sessionId?: string }) {
  const lang = useLang();
  const { tour, nav, clock } = usePavilion();
  const hall = useHall((s) => s.loaded?.hall ?? null);
  const programme = useProgramme((s) => s.programme);
  const now = useNow(1000);
  const stageZone = hall?.zones.find((z) => z.kind === 'stage');
  const session = useMemo(() => {
    if (!programme) return null;
    if (sessionId) return programme.sessions.find((s) => s.id === sessionId) ?? null;
    const st = stageZone ? stageAt(programme.sessions, stageZone.id, clock()) : null;
    return st && st.kind !== 'idle' ? st.session : null;
  }, [programme, sessionId, stageZone, clock]);
  const close = () => tour.getState().openSheet(null);
  if (!hall) return null;
  const status = session ? sessionStatus(session, now) : null;
  const day = session ? todayIn(hall.timeZone, new Date(session.start)) : null;
  const agenda = programme && day ? programme.sessions.filter((s) => todayIn(hall.timeZone, new Date(s.start)) === day) : [];
  const title = session ? localize(session.title, lang) : t('programme', lang);
  const ticking = session && status === 'upcoming' ? countdownClock(session.start - now) : null;
  // While it runs: the stream, joined where the talk is now. After: the replay. Its captions either way.
  const video =
    session && status === 'live' && session.stream
      ? {
          title: session.title,
          src: { zh: session.stream, en: session.stream },
          poster: session.poster,
          captions: session.replay?.captions ?? [],
        }
      : session && status === 'ended' && session.replay
        ? { title: session.title, ...session.replay }
        : null;
  return (
    <SheetFrame className="stage-dialog" icon="live" title={title} titleId="stage-title" lang={lang} onClose={close}>
      <div className="day-panel">
        {session && video && (
          <VideoPlayer
            key={`${session.id}:${videoKey(video)}`}
            item={video}
            lang={lang}
            autoPlay={status === 'live'}
            loop={status === 'live'}
            startAt={status === 'live' ? (d) => liveOffset(session.start, clock(), d) : undefined}
          />
        )}
        {session && !video && (
          <div className="stage-wait">
            {/* The ticking clock is for the eye; the status line changes once a minute, so a screen reader is not told every second. */}
            {ticking && (
              <p className="stage-clock" aria-hidden="true">
                {tf('stageStartsIn', lang, { time: ticking })}
              </p>
            )}
            <p role="status">{status === 'upcoming' ? countdownLabel(session.start - now, lang) : t('ended', lang)}</p>
          </div>
        )}
        {!session && <p className="empty">{t('noSessions', lang)}</p>}
        {session && (
          <section className="stage-about">
            {session.speakers.length > 0 && (
              <p className="speakers">
                {t('speakersBy', lang)}：
                {session.speakers
                  .map((p) =>
                    p.affiliation ? `${localize(p.name, lang)}（${localize(p.affiliation, lang)}）` : localize(p.name, lang),
                  )
                  .join('、')}
              </p>
            )}
            {session.summary && <p>{localize(session.summary, lang)}</p>}
          </section>
        )}
        {agenda.length > 0 && (
          <section aria-labelledby="stage-agenda">
            <h3 id="stage-agenda">{tf('stageAgenda', lang, { date: day ?? '' })}</h3>
            <SessionList
              sessions={agenda}
              zones={hall.zones}
              hallTimeZone={hall.timeZone}
              now={now}
              lang={lang}
              onWatch={(x) => tour.getState().openSheet({ kind: 'stage', id: x.id })}
              onGo={(zoneId) => {
                close();
                nav.walkToZone(zoneId);
              }}
            />
          </section>
        )}
      </div>
    </SheetFrame>
  );
}
