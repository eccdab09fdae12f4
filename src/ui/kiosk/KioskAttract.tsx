import { localize } from '../../manifest';
import { t } from '../../i18n/strings';
import { useHall } from '../../context/useHall';
import { useKiosk, useKioskState } from '../../context/useKioskState';
import { useGuide } from '../../context/useGuide';

/**
 * The attract loop's call to passers-by, over the hall touring itself. The whole screen is one
 * button: the first touch anywhere takes over (and does nothing else, so it never opens a booth
 * by accident). Both languages at once: nobody has chosen one yet.
 */
export function KioskAttract() {
  const phase = useKioskState((s) => s.phase);
  const dispatch = useKioskState((s) => s.dispatch);
  const title = useHall((s) => s.loaded?.hall.title);
  const lang = useKiosk()?.settings.lang ?? 'zh';
  // The stop the tour is showing: its booth named, and its line of narration as a caption. No
  // logo: an SVG in an <img> is a document of its own, and a kiosk's soak counts documents.
  const stop = useGuide((s) => (s.status === 'off' ? undefined : s.stops[s.index]));
  const booth = useHall((s) => (stop ? s.loaded?.booths.find((b) => b.id === stop.boothId) : undefined));
  if (phase !== 'attract') return null;
  return (
    <div className="kiosk-attract">
      <button type="button" className="kiosk-attract-touch" onClick={() => dispatch({ type: 'input', now: performance.now() })}>
        {booth && stop && (
          <span className="kiosk-attract-stop" aria-live="polite">
            <span>
              <strong>{localize(booth.exhibitor.name, lang)}</strong>
              <span>{localize(stop.narration, lang)}</span>
            </span>
          </span>
        )}
        <span className="kiosk-attract-call">
          <svg className="kiosk-hand" viewBox="0 0 48 48" width="56" height="56" aria-hidden="true">
            <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="3" />
            <circle cx="24" cy="24" r="8" fill="currentColor" />
          </svg>
          <span>
            <strong lang="zh-CN">{t('kioskTouch', 'zh')}</strong>
            <span lang="en">{t('kioskTouch', 'en')}</span>
          </span>
        </span>
      </button>
      {/* Above the button but letting touches through to it: a title, not a target. */}
      {title && (
        <p className="kiosk-attract-title">
          <strong lang="zh-CN">{localize(title, 'zh')}</strong>
          <span lang="en">{localize(title, 'en')}</span>
        </p>
      )}
    </div>
  );
}
