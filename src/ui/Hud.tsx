import { localize } from '../manifest';
import { Icon } from '../icons/Icon';
import { t } from '../i18n/strings';
import { useLang } from '../context/useLang';
import { LangToggle } from './LangToggle';
import { ViewSwitch } from './ViewSwitch';
import { HeadsetButton } from './HeadsetButton';
import { MotionToggle } from './MotionToggle';
import { HudMore } from './HudMore';
import { NearestAnnouncer } from './NearestAnnouncer';
import { useTour } from '../context/useTour';
import { useHall } from '../context/useHall';
import { useAudioPrefs } from '../context/useAudioPrefs';
import { usePavilion } from '../context/usePavilion';
import { useGuide } from '../context/useGuide';
import { startGuide } from '../state/startGuide';
import { TodayLabel } from './programme/TodayLabel';
import { ZoneContestButton } from './programme/ZoneContestButton';
import { PassportButton } from './passport/PassportButton';

/**
 * The always-there controls of the 3D hall: where am I, back to entrance, directory, the week,
 * the 2D view, language, sound. (The 2D pavilion has its own header: ui/flat/FlatHeader.)
 */
export function Hud({ touch }: { touch: boolean }) {
  const lang = useLang();
  const pavilion = usePavilion();
  const { tour, nav } = pavilion;
  const guiding = useGuide((s) => s.status !== 'off');
  const muted = useAudioPrefs((s) => s.muted);
  const setMuted = useAudioPrefs((s) => s.setMuted);
  const nearestId = useTour((s) => s.nearestBoothId);
  const hall = useHall((s) => s.loaded?.hall);
  const hasProgramme = hall?.programmeUrl !== undefined;
  const nearest = useHall((s) => (nearestId ? s.loaded?.booths.find((b) => b.id === nearestId) : undefined));

  return (
    <>
      <header className="hud-top">
        <div className="hud-title">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <div className="hud-title-text">
            <span>{hall ? localize(hall.title, lang) : ''}</span>
            <TodayLabel />
          </div>
        </div>
        <nav className="hud-actions" aria-label={lang === 'zh' ? '展馆操作' : 'Pavilion controls'}>
          <button type="button" className="hud-btn primary" onClick={() => tour.getState().setDirectoryOpen(true)}>
            <Icon name="menu" /> <span className="label">{t('directory', lang)}</span>
          </button>
          {hasProgramme && (
            <button
              type="button"
              className="hud-btn programme-btn"
              aria-label={t('programmeLabel', lang)}
              onClick={() => tour.getState().openSheet({ kind: 'programme' })}
            >
              <Icon name="calendar" /> <span className="label">{t('programme', lang)}</span>
            </button>
          )}
          <PassportButton className="hud-btn" />
          <button
            type="button"
            className="hud-btn guide-toggle"
            aria-pressed={guiding}
            aria-label={t('guideStartLabel', lang)}
            onClick={() => (guiding ? pavilion.guide.getState().stop() : startGuide(pavilion, { loop: false, voice: true }))}
          >
            <Icon name="tour" /> <span className="label">{t('guideStart', lang)}</span>
          </button>
          <button type="button" className="hud-btn" onClick={() => nav.walkToEntrance()}>
            <Icon name="home" /> <span className="label">{t('entrance', lang)}</span>
          </button>
          <HudMore>
            <HeadsetButton className="hud-btn" />
            <ViewSwitch className="hud-btn" />
            <MotionToggle className="hud-btn" />
          </HudMore>
          <LangToggle className="hud-btn" />
          <button
            type="button"
            className="hud-btn"
            aria-pressed={muted}
            onClick={() => setMuted(!muted)}
            aria-label={muted ? t('unmute', lang) : t('mute', lang)}
          >
            <Icon name={muted ? 'soundOff' : 'soundOn'} />
          </button>
        </nav>
      </header>
      {/* While the guided tour runs, its caption bar (GuideBar) stands where this strip was. */}
      <NearestAnnouncer />
      <div className="hud-bottom" hidden={guiding}>
        {nearest ? (
          <div className="nearest">
            <img src={nearest.exhibitor.logo} alt="" width={32} height={32} />
            <div>
              <small>{t('nearest', lang)}</small>
              <strong data-testid="nearest-booth">{localize(nearest.exhibitor.name, lang)}</strong>
            </div>
            <ZoneContestButton boothId={nearest.id} />
            <button type="button" className="hud-btn primary" onClick={() => tour.getState().openBooth(nearest.id)}>
              {t('enterBooth', lang)}
            </button>
          </div>
        ) : (
          <p className="help">{touch ? t('helpTouch', lang) : t('help', lang)}</p>
        )}
      </div>
    </>
  );
}
