import type { MouseEvent } from 'react';
import { localize, type Booth, type Lang } from '../../manifest';
import { boothPath } from '../../state/boothPath';

interface Props {
  booths: readonly Booth[];
  lang: Lang;
  /** Opens a booth in the page (the live view); absent, links are plain page links (pre-rendered HTML). */
  onOpen?: (id: string) => void;
}

/** A plain click stays in the app; a modified one (new tab, new window) follows the real link. */
function plainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/**
 * Booths as links to their own pages: real addresses (search engines, new tabs, the page before
 * its script), opened in place when the app is running.
 */
export function FlatBoothList({ booths, lang, onOpen }: Props) {
  return (
    <ul className="flat-booths">
      {booths.map((b) => (
        <li key={b.id}>
          <a
            href={boothPath(b.id)}
            data-booth-link={b.id}
            onClick={
              onOpen &&
              ((e) => {
                if (!plainClick(e)) return;
                e.preventDefault();
                onOpen(b.id);
              })
            }
          >
            <img src={b.exhibitor.logo} alt="" width={48} height={48} loading="lazy" />
            <span className="flat-booth-text">
              <strong>{localize(b.exhibitor.name, lang)}</strong>
              {b.exhibitor.tagline && <span>{localize(b.exhibitor.tagline, lang)}</span>}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
