import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Api } from '../../api/client';
import type { SubmissionSummary } from '../../api/types';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import type { ReviewState } from '../../state/reviewStore';
import { LoadState } from '../../ui/review/LoadState';
import { QueueList } from '../../ui/review/QueueList';
import { useApiData, type ApiData } from '../../ui/review/useApiData';
import { SubmissionPane } from './SubmissionPane';

interface Props {
  api: Api;
  store: StoreApi<ReviewState>;
  queue: ApiData<SubmissionSummary[]>;
}

/** The queue beside the submission being reviewed (one above the other on a phone). */
export function QueueView({ api, store, queue }: Props) {
  const lang = useLang();
  const selected = useStore(store, (s) => s.selected);
  const revision = useStore(store, (s) => s.revision);
  // The queue names booths by id; the booths list gives their names.
  const booths = useApiData(`booths#${revision}`, () => api.booths());
  const heading = useRef<HTMLHeadingElement>(null);
  const seen = useRef(revision);
  // After a decision the submission is gone, and the button that decided with it: the queue takes
  // the focus, so a keyboard carries on from there (the outcome is announced by the status line).
  useEffect(() => {
    if (revision === seen.current) return; // mounted (a tab switch): the focus stays on the tab
    seen.current = revision;
    heading.current?.focus();
  }, [revision]);
  const select = (id: string) => {
    store.getState().select(id);
    // On a phone the submission is below the list: bring it into view.
    if (matchMedia('(max-width: 900px)').matches)
      requestAnimationFrame(() => document.getElementById('review-submission')?.scrollIntoView({ block: 'start' }));
  };
  return (
    <div className="queue-layout">
      <section className="review-card queue-card" aria-labelledby="review-queue-title">
        <div className="card-head">
          <h2 id="review-queue-title" ref={heading} tabIndex={-1}>
            {t('reviewTabQueue', lang)}
          </h2>
          <button type="button" className="review-btn small" onClick={queue.reload} disabled={queue.loading}>
            {t('reviewRefresh', lang)}
          </button>
        </div>
        <LoadState state={queue} />
        {queue.data && <QueueList queue={queue.data} names={booths.data} selected={selected} onSelect={select} />}
      </section>
      <div id="review-submission" className="submission-column">
        {selected ? (
          <SubmissionPane key={selected} api={api} store={store} id={selected} />
        ) : (
          <div className="review-card placeholder">
            <p className="muted">{t('reviewPick', lang)}</p>
          </div>
        )}
      </div>
    </div>
  );
}
