import { useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { createApi } from '../../api/client';
import type { StringKey } from '../../i18n/strings';
import { createReviewStore, REVIEW_TABS } from '../../state/reviewStore';
import { AuditLog } from '../../ui/review/AuditLog';
import { BoothsView } from '../../ui/review/BoothsView';
import { KiosksView } from '../../ui/review/KiosksView';
import { ReviewHeader } from '../../ui/review/ReviewHeader';
import { StatusLine } from '../../ui/review/StatusLine';
import { useApiData } from '../../ui/review/useApiData';
import { QueueView } from './QueueView';
import { signOutOn401 } from './signOutOn401';

/** The signed-in page: the header and its tab panels, one review store per page. */
export function ReviewPage({ token, onSignOut }: { token: string; onSignOut: (why: StringKey | null) => void }) {
  const [store] = useState(createReviewStore);
  const idPrefix = useId();
  const api = useMemo(() => signOutOn401(createApi(token), () => onSignOut('reviewSessionEnded')), [token, onSignOut]);
  const tab = useStore(store, (s) => s.tab);
  const revision = useStore(store, (s) => s.revision);
  const queue = useApiData(`queue#${revision}`, () => api.review());

  return (
    <div className="review">
      <ReviewHeader store={store} idPrefix={idPrefix} counts={{ queue: queue.data?.length }} onSignOut={() => onSignOut(null)} />
      <StatusLine store={store} />
      <main className="review-main">
        {REVIEW_TABS.map((name) => (
          <div
            key={name}
            role="tabpanel"
            id={`${idPrefix}-panel-${name}`}
            aria-labelledby={`${idPrefix}-tab-${name}`}
            hidden={tab !== name}
            className="review-panel"
          >
            {tab === name && name === 'queue' && <QueueView api={api} store={store} queue={queue} />}
            {tab === name && name === 'booths' && <BoothsView api={api} store={store} />}
            {tab === name && name === 'kiosks' && <KiosksView api={api} />}
            {tab === name && name === 'audit' && <AuditLog api={api} revision={revision} />}
          </div>
        ))}
      </main>
    </div>
  );
}
