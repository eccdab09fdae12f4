import { useId } from 'react';
import type { Lang } from '../../manifest';
import { t } from '../../i18n/strings';
import type { Chapter } from './useChapters';

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A video's chapters as buttons that seek: the parts of a talk, reachable by keyboard and named for screen readers. */
export function ChapterList({
  chapters,
  current,
  lang,
  onSeek,
}: {
  chapters: readonly Chapter[];
  current: number;
  lang: Lang;
  onSeek: (seconds: number) => void;
}) {
  const headId = useId();
  if (chapters.length === 0) return null;
  return (
    <nav className="chapter-list" aria-labelledby={headId}>
      <h3 id={headId} className="chapter-head">
        {t('chapters', lang)}
      </h3>
      <ol>
        {chapters.map((c, i) => (
          <li key={`${c.start}:${c.title}`}>
            <button type="button" aria-current={i === current ? 'true' : undefined} onClick={() => onSeek(c.start)}>
              <time>{clock(c.start)}</time> <span>{c.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
