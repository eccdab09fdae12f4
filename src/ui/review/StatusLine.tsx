import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { ReviewState } from '../../state/reviewStore';

/** What the page last did, said aloud (a polite live region, there from the start) and shown. */
export function StatusLine({ store }: { store: StoreApi<ReviewState> }) {
  const status = useStore(store, (s) => s.status);
  return (
    <div className="review-status" role="status" aria-live="polite" aria-atomic="true">
      {status && (
        <p key={status.seq} className={`status-${status.tone}`}>
          {status.text}
        </p>
      )}
    </div>
  );
}
