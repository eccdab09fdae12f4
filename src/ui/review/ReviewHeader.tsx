import type { StoreApi } from 'zustand/vanilla';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import type { ReviewState, ReviewTab } from '../../state/reviewStore';
import { LangToggle } from '../LangToggle';
import { ReviewTabs } from './ReviewTabs';

interface Props {
  store: StoreApi<ReviewState>;
  idPrefix: string;
  counts: Partial<Record<ReviewTab, number>>;
  onSignOut: () => void;
}

/** The page's bar: its name, its sections, the language and signing out. */
export function ReviewHeader({ store, idPrefix, counts, onSignOut }: Props) {
  const lang = useLang();
  return (
    <header className="review-header">
      <div className="review-brand">
        <img src="/favicon.svg" alt="" width={32} height={32} />
        <h1>{t('reviewTitle', lang)}</h1>
      </div>
      <ReviewTabs store={store} idPrefix={idPrefix} counts={counts} />
      <div className="review-header-actions">
        <LangToggle className="review-btn" />
        <button type="button" className="review-btn" onClick={onSignOut}>
          {t('reviewSignOut', lang)}
        </button>
      </div>
    </header>
  );
}
