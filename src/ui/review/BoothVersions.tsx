import { useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Api } from '../../api/client';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import type { ReviewState } from '../../state/reviewStore';
import { apiErrorText } from './apiErrorText';
import { ConfirmDialog } from './ConfirmDialog';
import { formatWhen } from './formatWhen';
import { LoadState } from './LoadState';
import { useApiData } from './useApiData';

/** A booth's published versions, newest first, the live one marked; any other can be made live again. */
export function BoothVersions({ api, store, booth }: { api: Api; store: StoreApi<ReviewState>; booth: string }) {
  const lang = useLang();
  const versions = useApiData(`versions:${booth}`, () => api.versions(booth));
  const [target, setTarget] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const { reload } = versions;

  const rollback = async () => {
    if (target === null) return;
    setBusy(true);
    try {
      const r = await api.rollback(booth, target);
      store.getState().decided(`${booth}: ${t('reviewRolledBack', lang)} v${r.version}`);
      reload();
    } catch (e) {
      store.getState().announce('error', `${t('reviewActionFailed', lang)}${apiErrorText(e)}`);
    } finally {
      setBusy(false);
      setTarget(null);
    }
  };

  return (
    <div className="versions">
      <h3>
        {t('reviewVersions', lang)} · <code>{booth}</code>
      </h3>
      <LoadState state={versions} />
      {versions.data?.length === 0 && <p className="muted">{t('reviewNoVersions', lang)}</p>}
      {versions.data && versions.data.length > 0 && (
        <ol className="version-list">
          {versions.data.map((v) => (
            <li key={v.version} className={v.live ? 'is-live' : undefined}>
              <strong>v{v.version}</strong>
              <span className="muted">
                {t('reviewPublishedAt', lang)} <time dateTime={v.publishedAt}>{formatWhen(v.publishedAt, lang)}</time>
              </span>
              {v.live ? (
                <span className="pill live">{t('reviewIsLive', lang)}</span>
              ) : (
                <button type="button" className="review-btn small" onClick={() => setTarget(v.version)}>
                  {t('reviewRollbackTo', lang)} v{v.version}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <ConfirmDialog
        open={target !== null}
        title={`${t('reviewConfirmRollback', lang)} ${booth} → v${target ?? ''}`}
        text={t('reviewConfirmRollbackText', lang)}
        confirmLabel={`${t('reviewRollbackTo', lang)} v${target ?? ''}`}
        busy={busy}
        onConfirm={rollback}
        onCancel={() => setTarget(null)}
      />
    </div>
  );
}
