import { useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useLang } from '../../context/useLang';
import { t, type StringKey } from '../../i18n/strings';
import { REVIEW_TABS, type ReviewState, type ReviewTab } from '../../state/reviewStore';

const LABELS: Record<ReviewTab, StringKey> = {
  queue: 'reviewTabQueue',
  booths: 'reviewTabBooths',
  kiosks: 'reviewTabKiosks',
  audit: 'reviewTabAudit',
};

/** The page's sections as a tablist: arrows, Home and End move between tabs (and select them). */
export function ReviewTabs({
  store,
  idPrefix,
  counts,
}: {
  store: StoreApi<ReviewState>;
  idPrefix: string;
  counts: Partial<Record<ReviewTab, number>>;
}) {
  const lang = useLang();
  const tab = useStore(store, (s) => s.tab);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent) => {
    const i = REVIEW_TABS.indexOf(tab);
    const n = REVIEW_TABS.length;
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    store.getState().setTab(REVIEW_TABS[next]!);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('reviewSections', lang)} className="review-tabs" onKeyDown={onKey}>
      {REVIEW_TABS.map((name, i) => (
        <button
          key={name}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${name}`}
          aria-controls={`${idPrefix}-panel-${name}`}
          aria-selected={tab === name}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => store.getState().setTab(name)}
        >
          {t(LABELS[name], lang)}
          {counts[name] !== undefined && <span className="count-badge">{counts[name]}</span>}
        </button>
      ))}
    </div>
  );
}
