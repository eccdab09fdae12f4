import type { Lang } from '../../manifest';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';

/** Switches a video to its version with a sign-language interpreter and back; a toggle, so its state is announced. */
export function SignLanguageSwitch({ on, lang, onChange }: { on: boolean; lang: Lang; onChange: (on: boolean) => void }) {
  return (
    <button type="button" className="pill-btn sign-switch" aria-pressed={on} onClick={() => onChange(!on)}>
      <Icon name="hand" size={18} />
      {t('signLanguage', lang)}
    </button>
  );
}
