import { useEffect, useRef, useState } from 'react';
import { promptSecondsLeft } from '../../state/kioskIdle';
import { t } from '../../i18n/strings';
import { useLang } from '../../context/useLang';
import { useKioskState } from '../../context/useKioskState';

/**
 * The second tier: "Still there?" with the seconds left before the kiosk starts over. Any touch
 * answers it (the idle machine sees every input); the button is there to be obvious.
 */
export function KioskPrompt() {
  const lang = useLang();
  const phase = useKioskState((s) => s.phase);
  const since = useKioskState((s) => s.since);
  const times = useKioskState((s) => s.times);
  const dispatch = useKioskState((s) => s.dispatch);
  const [now, setNow] = useState(() => performance.now());
  const dialog = useRef<HTMLDialogElement>(null);
  const answer = () => dispatch({ type: 'input', now: performance.now() });
  useEffect(() => {
    const d = dialog.current;
    if (phase !== 'prompt' || !d) return;
    // Modal, so it sits above an open booth panel (itself a modal <dialog>, in the top layer).
    if (!d.open) d.showModal();
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => {
      window.clearInterval(timer);
      if (d.open) d.close();
    };
  }, [phase]);
  if (phase !== 'prompt') return null;
  const left = promptSecondsLeft({ phase, since, lastInput: since, resets: 0 }, Math.max(now, since), times);
  const share = Math.max(0, Math.min(1, left / (times.promptMs / 1000)));
  return (
    <dialog
      ref={dialog}
      className="kiosk-prompt"
      role="alertdialog"
      aria-labelledby="kiosk-prompt-title"
      aria-describedby="kiosk-prompt-left"
      onCancel={(e) => {
        e.preventDefault(); // Esc answers the question like any key; the store closes the dialog
        answer();
      }}
    >
      <div className="kiosk-prompt-card">
        <svg className="kiosk-ring" viewBox="0 0 120 120" width="132" height="132" aria-hidden="true">
          <circle cx="60" cy="60" r="52" className="kiosk-ring-track" />
          <circle cx="60" cy="60" r="52" className="kiosk-ring-left" strokeDasharray={`${share * 326.7} 326.7`} />
          <text x="60" y="60" dominantBaseline="central" textAnchor="middle">
            {left}
          </text>
        </svg>
        <h2 id="kiosk-prompt-title">{t('kioskStillThere', lang)}</h2>
        <p id="kiosk-prompt-left">{t('kioskResetIn', lang).replace('{n}', String(left))}</p>
        <button type="button" className="hud-btn primary kiosk-big" onClick={answer}>
          {t('kioskContinue', lang)}
        </button>
      </div>
    </dialog>
  );
}
