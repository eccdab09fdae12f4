import { useState } from 'react';
import { pagePrefs, viewStore } from '../context/pageStores';
import { useLang } from '../context/useLang';
import { t } from '../i18n/strings';
import { suggest2d, type DeviceFacts } from '../state/deviceHints';
import { hasChosenView } from '../state/viewStore';

const DISMISSED = 'pavilion.suggest2d';

interface NavigatorHints {
  deviceMemory?: number;
  connection?: { saveData?: boolean };
}

function facts(): DeviceFacts {
  const n = navigator as Navigator & NavigatorHints;
  return { userAgent: n.userAgent, deviceMemory: n.deviceMemory, saveData: n.connection?.saveData };
}

/**
 * Offers the 2D pavilion (never forces it) in in-app webviews and on weak devices, once: the
 * visitor's answer, either way, is remembered.
 */
export function Suggest2d() {
  const lang = useLang();
  const [reason] = useState(() => (pagePrefs.get(DISMISSED) || hasChosenView(pagePrefs) ? null : suggest2d(facts())));
  const [open, setOpen] = useState(reason !== null);
  if (!open || !reason) return null;
  const answer = (to2d: boolean) => {
    pagePrefs.set(DISMISSED, '1');
    setOpen(false);
    if (to2d) viewStore.getState().setView('2d');
  };
  return (
    <section className="suggest-2d" aria-labelledby="suggest-2d-text">
      <p id="suggest-2d-text">{t(reason === 'webview' ? 'suggest2dWebview' : 'suggest2dWeak', lang)}</p>
      <div>
        <button type="button" className="hud-btn primary" onClick={() => answer(true)}>
          {t('suggest2dYes', lang)}
        </button>
        <button type="button" className="hud-btn" onClick={() => answer(false)}>
          {t('suggest2dNo', lang)}
        </button>
      </div>
    </section>
  );
}
