import { useId, useMemo } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { ApiFailure, type Api } from '../../api/client';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { diffBooths } from '../../manifest/diff';
import type { ReviewState } from '../../state/reviewStore';
import { apiErrorText } from '../../ui/review/apiErrorText';
import { ChecksList } from '../../ui/review/ChecksList';
import { DecisionBar } from '../../ui/review/DecisionBar';
import { DiffView } from '../../ui/review/DiffView';
import { FileList } from '../../ui/review/FileList';
import { LoadState } from '../../ui/review/LoadState';
import { SubmissionHeader } from '../../ui/review/SubmissionHeader';
import { useApiData } from '../../ui/review/useApiData';
import { PreviewBlock } from './PreviewBlock';

/** One submission under review: who and when, its checks, its changes, its preview, its files, the decision. */
export function SubmissionPane({ api, store, id }: { api: Api; store: StoreApi<ReviewState>; id: string }) {
  const lang = useLang();
  const headingId = useId();
  const detail = useApiData(`submission:${id}`, () => api.submission(id));
  const d = detail.data;
  const diff = useMemo(() => (d ? diffBooths(d.live?.manifest ?? null, d.manifest) : null), [d]);

  // Decided by someone else meanwhile (409), or gone (404): the queue is out of date.
  const failed = (e: unknown) => {
    const text = `${t('reviewActionFailed', lang)}${apiErrorText(e)}`;
    if (e instanceof ApiFailure && (e.status === 409 || e.status === 404)) store.getState().outdated(text);
    else store.getState().announce('error', text);
  };
  const approve = async () => {
    try {
      const r = await api.approve(id);
      store.getState().decided(`${d?.booth ?? id}: ${t('reviewApproved', lang)} v${r.version}`);
    } catch (e) {
      failed(e);
    }
  };
  const reject = async (reason: string) => {
    try {
      await api.reject(id, reason);
      store.getState().decided(`${d?.booth ?? id}: ${t('reviewRejected', lang)}${reason}`);
    } catch (e) {
      failed(e);
    }
  };

  if (!d || !diff)
    return (
      <div className="review-card">
        <LoadState state={detail} />
      </div>
    );
  return (
    <article className="review-card submission" aria-labelledby={headingId}>
      <SubmissionHeader detail={d} headingId={headingId} />
      <section aria-labelledby={`${headingId}-checks`}>
        <h3 id={`${headingId}-checks`}>
          {t('reviewChecks', lang)}
          {d.warnings.length > 0 && <span className="pill warn">{d.warnings.length}</span>}
        </h3>
        <ChecksList warnings={d.warnings} />
      </section>
      <section aria-labelledby={`${headingId}-changes`}>
        <h3 id={`${headingId}-changes`}>{diff.isNew ? t('reviewNewBooth', lang) : t('reviewChanges', lang)}</h3>
        <DiffView diff={diff} liveVersion={d.live?.version ?? null} />
      </section>
      <section aria-labelledby={`${headingId}-preview`}>
        <h3 id={`${headingId}-preview`}>{t('reviewPreview', lang)}</h3>
        <PreviewBlock manifest={d.manifest} manifestUrl={d.previewUrl} />
      </section>
      <section aria-labelledby={`${headingId}-files`}>
        <h3 id={`${headingId}-files`}>{t('reviewFiles', lang)}</h3>
        <FileList files={d.files} />
      </section>
      <section aria-labelledby={`${headingId}-decision`} className="decision-section">
        <h3 id={`${headingId}-decision`}>{t('reviewDecision', lang)}</h3>
        <DecisionBar onApprove={approve} onReject={reject} />
      </section>
    </article>
  );
}
