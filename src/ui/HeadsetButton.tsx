import './headset.css';
import { useStore } from 'zustand';
import { t } from '../i18n/strings';
import { Icon } from '../icons/Icon';
import { useLang } from '../context/useLang';
import { usePavilion } from '../context/usePavilion';

/**
 * "Enter VR", only where the browser offers an immersive VR session (a headset's browser, or a
 * desktop one with a headset attached): elsewhere nothing. The session starts in the click's
 * own task, as browsers require; while it runs the same button ends it.
 */
export function HeadsetButton({ className }: { className: string }) {
  const lang = useLang();
  const { headset } = usePavilion();
  const status = useStore(headset, (s) => s.status);
  const error = useStore(headset, (s) => s.error);
  if (status === 'unsupported') return null;
  const presenting = status === 'presenting';
  const busy = status === 'supported' || status === 'entering';
  return (
    <>
      <button
        type="button"
        className={`${className} headset-btn`}
        title={presenting ? undefined : t('headsetEnterLabel', lang)}
        aria-busy={busy}
        disabled={busy}
        onClick={() => (presenting ? headset.getState().controls?.exit() : void headset.getState().enter())}
      >
        <Icon name="headset" />{' '}
        <span className="label">
          {presenting ? t('headsetExit', lang) : status === 'entering' ? t('headsetEntering', lang) : t('headsetEnter', lang)}
        </span>
      </button>
      {error && (
        <p role="alert" className="headset-error">
          {t('headsetFailed', lang)}
          {error}
        </p>
      )}
    </>
  );
}
