import type { Api } from '../../api/client';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { formatWhen } from './formatWhen';
import { LoadState } from './LoadState';
import { useApiData } from './useApiData';

/** Who did what, when: newest first, as the service records it. */
export function AuditLog({ api, revision }: { api: Api; revision: number }) {
  const lang = useLang();
  const audit = useApiData(`audit#${revision}`, () => api.audit());
  return (
    <section className="review-card">
      <h2>{t('reviewTabAudit', lang)}</h2>
      <LoadState state={audit} />
      {audit.data?.length === 0 && <p className="review-empty">{t('reviewAuditEmpty', lang)}</p>}
      {audit.data && audit.data.length > 0 && (
        <div className="table-wrap">
          <table className="review-table audit-table">
            <thead>
              <tr>
                <th scope="col">{t('reviewAuditWhen', lang)}</th>
                <th scope="col">{t('reviewAuditWho', lang)}</th>
                <th scope="col">{t('reviewAuditAction', lang)}</th>
                <th scope="col">{t('reviewAuditTarget', lang)}</th>
                <th scope="col">{t('reviewAuditDetail', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.map((a, i) => (
                <tr key={`${a.at}-${i}`}>
                  <td className="nowrap" data-label={t('reviewAuditWhen', lang)}>
                    <time dateTime={a.at}>{formatWhen(a.at, lang)}</time>
                  </td>
                  <td data-label={t('reviewAuditWho', lang)}>{a.actor}</td>
                  <td data-label={t('reviewAuditAction', lang)}>
                    <span className="pill">{a.action}</span>
                  </td>
                  <td data-label={t('reviewAuditTarget', lang)}>
                    <code>{a.target}</code>
                  </td>
                  <td data-label={t('reviewAuditDetail', lang)}>{a.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
