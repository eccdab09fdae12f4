import type { Localized } from '../../manifest';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';

const LANG_TAG = { zh: 'zh-CN', en: 'en' } as const;

/**
 * A text in both languages: before and after side by side where it changed, the language that
 * did not change once, and one column for a text added or removed.
 */
export function TextChange({ before, after }: { before: Localized | undefined; after: Localized | undefined }) {
  const lang = useLang();
  const only = before === undefined ? 'after' : after === undefined ? 'before' : null;
  return (
    <table className="text-change">
      <tbody>
        {(['zh', 'en'] as const).map((l) => {
          const was = before?.[l];
          const now = after?.[l];
          const head = <th scope="row">{t(l === 'zh' ? 'reviewLangZh' : 'reviewLangEn', lang)}</th>;
          if (only || was === now)
            return (
              <tr key={l}>
                {head}
                <td colSpan={2} lang={LANG_TAG[l]} className={only === 'before' ? 'gone' : 'same'}>
                  {(only === 'before' ? was : now) ?? '—'}
                </td>
              </tr>
            );
          return (
            <tr key={l}>
              {head}
              <td lang={LANG_TAG[l]}>
                {was !== undefined ? (
                  <del>
                    <span className="sr-only">{t('reviewBefore', lang)}: </span>
                    {was}
                  </del>
                ) : (
                  <span className="value-none">—</span>
                )}
              </td>
              <td lang={LANG_TAG[l]}>
                {now !== undefined ? (
                  <ins>
                    <span className="sr-only">{t('reviewAfter', lang)}: </span>
                    {now}
                  </ins>
                ) : (
                  <span className="value-none">—</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
