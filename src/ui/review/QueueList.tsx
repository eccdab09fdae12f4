import type { BoothSummary, SubmissionSummary } from '../../api/types';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { formatWhen } from './formatWhen';

interface Props {
  queue: SubmissionSummary[];
  /** The booths, for their names (the queue has only ids); the ids alone until they come. */
  names: BoothSummary[] | undefined;
  selected: string | null;
  onSelect: (id: string) => void;
}

/** The waiting submissions, oldest first: the one being reviewed is marked as current. */
export function QueueList({ queue, names, selected, onSelect }: Props) {
  const lang = useLang();
  if (queue.length === 0) return <p className="review-empty">{t('reviewQueueEmpty', lang)}</p>;
  const ordered = [...queue].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <ul className="queue-list">
      {ordered.map((s) => (
        <li key={s.id}>
          <button type="button" aria-current={s.id === selected ? 'true' : undefined} onClick={() => onSelect(s.id)}>
            <span className="queue-booth">{names?.find((b) => b.id === s.booth)?.name ?? s.booth}</span>
            <code className="queue-id">{s.booth}</code>
            <span className="queue-meta">
              {s.by} · <time dateTime={s.createdAt}>{formatWhen(s.createdAt, lang)}</time>
            </span>
            <span className="queue-badges">
              <span className="pill">
                {s.files.length} {t('reviewFileCount', lang)}
              </span>
              {s.warnings.length > 0 && (
                <span className="pill warn">
                  {s.warnings.length} {t('reviewWarnings', lang)}
                </span>
              )}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
