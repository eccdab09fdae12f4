import { useLangStore } from '../state/langStore';
import { useTourStore } from '../state/tourStore';
import { t } from '../i18n/strings';

/** Without WebGL the pavilion is still a directory of every booth and its media. */
export function NoWebGL() {
  const lang = useLangStore((s) => s.lang);
  return (
    <div className="no-webgl" role="alert">
      <p>{t('noWebgl', lang)}</p>
      <button type="button" className="hud-btn primary" onClick={() => useTourStore.getState().setDirectoryOpen(true)}>
        {t('directory', lang)}
      </button>
    </div>
  );
}
