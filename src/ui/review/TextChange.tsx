import type { Localized } from '../../manifest';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';

/** A text before and after, in both languages; a language that did not change is shown once. */
export function TextChange({ before, after }: { before: Localized | undefined; after: Localized | undefined }) {
  const lang = useLang();
  return (
    <table className="text-change">
      <tbody>
        {(['zh', 'en'] as const).map((l) => {
          const was = before?.[l];
          const now = after?.[l];
          return (
            <tr key={l}>
              <th scope="row">{t(l === 'zh' ? 'reviewLangZh' : 'reviewLangEn', lang)}</th>
              {was === now ? (
                <td colSpan={2} lang={l === 'zh' ? 'zh-CN' : 'en'} className="same">
                  {now ?? '—'}
                </td>
              ) : (
                <>
                  <td lang={l === 'zh' ? 'zh-CN' : 'en'}>
                    {was !== undefined ? (
                      <del>
                        <span className="sr-only">{t('reviewBefore', lang)}: </span>
                        {was}
                      </del>
                    ) : (
                      <span className="value-none">—</span>
                    )}
                  </td>
                  <td lang={l === 'zh' ? 'zh-CN' : 'en'}>
                    {now !== undefined ? (
                      <ins>
                        <span className="sr-only">{t('reviewAfter', lang)}: </span>
                        {now}
                      </ins>
                    ) : (
                      <span className="value-none">—</span>
                    )}
                  </td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
