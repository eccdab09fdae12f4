import { createStore, type StoreApi } from 'zustand/vanilla';

export type ReviewTab = 'queue' | 'booths' | 'kiosks' | 'audit';
export const REVIEW_TABS: readonly ReviewTab[] = ['queue', 'booths', 'kiosks', 'audit'];

/** A line announced to screen readers and shown under the header. */
export interface ReviewStatus {
  tone: 'ok' | 'error';
  text: string;
  /** Counts announcements, so the same text said twice is announced twice. */
  seq: number;
}

/** One review page's state: which tab, which submission, what was last said; data is fetched by the page. */
export interface ReviewState {
  tab: ReviewTab;
  /** The submission being reviewed, by id. */
  selected: string | null;
  /** The booth whose versions are open in the Booths tab. */
  openBooth: string | null;
  /** Bumped after each decision or rollback: lists fetched with it fetch again. */
  revision: number;
  status: ReviewStatus | null;
  setTab: (tab: ReviewTab) => void;
  select: (id: string | null) => void;
  setOpenBooth: (id: string | null) => void;
  /** A decision was made: say so, forget the decided submission, and refresh the lists. */
  decided: (text: string) => void;
  /** The submission was decided elsewhere (409) or is gone (404): say so, and refresh like after a decision. */
  outdated: (text: string) => void;
  announce: (tone: ReviewStatus['tone'], text: string) => void;
}

export function createReviewStore(): StoreApi<ReviewState> {
  return createStore<ReviewState>()((set, get) => ({
    tab: 'queue',
    selected: null,
    openBooth: null,
    revision: 0,
    status: null,
    setTab: (tab) => set({ tab }),
    select: (selected) => set({ selected }),
    setOpenBooth: (openBooth) => set({ openBooth }),
    decided: (text) =>
      set({ selected: null, revision: get().revision + 1, status: { tone: 'ok', text, seq: (get().status?.seq ?? 0) + 1 } }),
    outdated: (text) =>
      set({ selected: null, revision: get().revision + 1, status: { tone: 'error', text, seq: (get().status?.seq ?? 0) + 1 } }),
    announce: (tone, text) => set({ status: { tone, text, seq: (get().status?.seq ?? 0) + 1 } }),
  }));
}
