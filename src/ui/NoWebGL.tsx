import { t } from '../i18n/strings';
import { useLang } from '../context/useLang';
import { usePavilion } from '../context/usePavilion';

/** Without WebGL the pavilion is still a directory of every booth and its media. */
export function NoWebGL() {
  const lang = useLang();
  const { tour } = usePavilion();
  return (
    <div className="no-webgl" role="alert">
      <p>{t('noWebgl', lang)}</p>
      <button type="button" className="hud-btn primary" onClick={() => tour.getState().setDirectoryOpen(true)}>
        {t('directory', lang)}
      </button>
    </div>
  );
}
