import { langStore } from '../../context/pageStores';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';

/** 中 / EN, as on the tour's HUD. */
export function LangToggle() {
  const lang = useLang();
  return (
    <button
      type="button"
      className="review-btn"
      onClick={() => langStore.getState().setLang(lang === 'zh' ? 'en' : 'zh')}
      // The visible text starts the name, so speech control ("click EN") finds the button.
      aria-label={`${t('language', lang)} ${t('languageLabel', lang)}`}
      lang={lang === 'zh' ? 'en' : 'zh'}
    >
      {t('language', lang)}
    </button>
  );
}
