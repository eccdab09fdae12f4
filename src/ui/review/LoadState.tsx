import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';

/** Loading, or what went wrong with a retry: for anything fetched with useApiData. */
export function LoadState({ state }: { state: { data?: unknown; error: string | null; loading: boolean; reload: () => void } }) {
  const lang = useLang();
  if (state.error)
    return (
      <div className="load-failed" role="alert">
        <p>
          {t('reviewLoadFailed', lang)}
          {state.error}
        </p>
        <button type="button" className="review-btn small" onClick={state.reload}>
          {t('reviewRetry', lang)}
        </button>
      </div>
    );
  if (state.loading && state.data === undefined) return <p className="muted loading-line">{t('reviewLoading', lang)}</p>;
  return null;
}
