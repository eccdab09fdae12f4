import { useGuide } from '../context/useGuide';
import { useHall } from '../context/useHall';
import { useLang } from '../context/useLang';
import { usePavilion } from '../context/usePavilion';
import { t } from '../i18n/strings';
import { Icon } from '../icons/Icon';
import { localize } from '../manifest';

/**
 * The guided tour's caption bar, at the foot of the screen while the tour runs: which stop of
 * how many, the booth, the stop's caption line (announced politely), and pause, next, open the
 * booth and leave. Nothing while the tour is off.
 */
export function GuideBar() {
  const lang = useLang();
  const { guide, tour } = usePavilion();
  const status = useGuide((s) => s.status);
  const index = useGuide((s) => s.index);
  const stop = useGuide((s) => s.stops[s.index]);
  const total = useGuide((s) => s.stops.length);
  const booth = useHall((s) => (stop ? s.loaded?.booths.find((b) => b.id === stop.boothId) : undefined));
  if (status === 'off' || !stop || !booth) return null;

  const g = guide.getState();
  const paused = status === 'paused';
  const where = paused ? t('guidePaused', lang) : status === 'dwelling' ? t('guideHere', lang) : t('guideOnTheWay', lang);
  return (
    <section className="guide-bar" aria-label={t('guideRegion', lang)} data-testid="guide-bar">
      <div className="guide-head">
        <img src={booth.exhibitor.logo} alt="" width={56} height={56} />
        <div className="guide-titles">
          <small>
            <span className="guide-count">
              {t('guideStopOf', lang)
                .replace('{n}', String(index + 1))
                .replace('{total}', String(total))}
            </span>
            <span className={`guide-where ${status}`}>{where}</span>
          </small>
          <strong data-testid="guide-booth">{localize(booth.exhibitor.name, lang)}</strong>
          {booth.exhibitor.tagline && <span className="guide-tagline">{localize(booth.exhibitor.tagline, lang)}</span>}
        </div>
      </div>
      <p className="guide-caption" aria-live="polite">
        {localize(stop.narration, lang)}
      </p>
      <div className="guide-actions">
        <button type="button" className="hud-btn" onClick={() => (paused ? g.resume() : g.pause())}>
          <Icon name={paused ? 'play' : 'pause'} size={18} /> {paused ? t('guideResume', lang) : t('guidePause', lang)}
        </button>
        <button type="button" className="hud-btn" onClick={() => g.next()}>
          <Icon name="next" size={18} /> {t('guideNext', lang)}
        </button>
        <button type="button" className="hud-btn primary" onClick={() => tour.getState().openBooth(stop.boothId)}>
          {t('guideOpen', lang)}
        </button>
        <button type="button" className="hud-btn guide-leave" onClick={() => g.stop()}>
          <Icon name="close" size={18} /> {t('guideLeave', lang)}
        </button>
      </div>
    </section>
  );
}
