import { motionStore } from '../context/pageStores';
import { useLang } from '../context/useLang';
import { useMotion } from '../context/useMotion';
import { Icon } from '../icons/Icon';
import { t } from '../i18n/strings';

/**
 * Reduce motion on or off, whatever the system says (the system's setting is the default): booth
 * screens keep their posters, automatic walks cut, the guided tour waits to be asked.
 */
export function MotionToggle({ className }: { className: string }) {
  const lang = useLang();
  const reduced = useMotion((s) => s.reduced);
  return (
    <button
      type="button"
      className={`${className} motion-toggle`}
      aria-pressed={reduced}
      aria-label={t('reduceMotionLabel', lang)}
      onClick={() => motionStore.getState().setChoice(reduced ? 'full' : 'reduce')}
    >
      <Icon name="still" /> <span className="label">{t('reduceMotion', lang)}</span>
    </button>
  );
}
