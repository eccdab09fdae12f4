import type { ReactNode } from 'react';
import { t } from '../../i18n/strings';
import { useLang } from '../../context/useLang';
import { useKioskState } from '../../context/useKioskState';

/** The kiosk's own controls, beside the tour's: finish the visit now (and anything a kiosk adds). */
export function KioskBar({ children }: { children?: ReactNode }) {
  const lang = useLang();
  const phase = useKioskState((s) => s.phase);
  const dispatch = useKioskState((s) => s.dispatch);
  if (phase === 'attract') return null;
  return (
    <div className="kiosk-bar">
      {children}
      <button
        type="button"
        className="hud-btn"
        aria-label={t('kioskFinishLabel', lang)}
        onClick={() => dispatch({ type: 'finish', now: performance.now() })}
      >
        {t('kioskFinish', lang)}
      </button>
    </div>
  );
}
