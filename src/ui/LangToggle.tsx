import { langStore } from '../context/pageStores';
import { useLang } from '../context/useLang';
import { t } from '../i18n/strings';

/** 中 / EN: the page-wide language switch, the same in the tour's HUD, the studio and the review page. */
export function LangToggle({ className }: { className: string }) {
  const lang = useLang();
  return (
    <button
      type="button"
      className={className}
      onClick={() => langStore.getState().setLang(lang === 'zh' ? 'en' : 'zh')}
      // The visible text starts the name, so speech control ("click EN") finds the button.
      aria-label={`${t('language', lang)} ${t('languageLabel', lang)}`}
      lang={lang === 'zh' ? 'en' : 'zh'}
    >
      {t('language', lang)}
    </button>
  );
}
