import { useState } from 'react';
import { localize, type Lang, type MediaItem } from '../../manifest';
import { t } from '../../i18n/strings';

type Image = Extract<MediaItem, { type: 'image' }>;

/** Thumbnails with their alt text; one opens large with its caption. */
export function Gallery({ items, lang }: { items: Image[]; lang: Lang }) {
  const [open, setOpen] = useState<number | null>(null);
  const current = open === null ? null : items[open];
  if (current)
    return (
      <div className="gallery-large">
        <button type="button" className="link-button" onClick={() => setOpen(null)}>
          ← {t('back', lang)}
        </button>
        <figure>
          <img src={current.src} alt={localize(current.alt, lang)} />
          {current.caption && <figcaption>{localize(current.caption, lang)}</figcaption>}
        </figure>
      </div>
    );
  return (
    <ul className="gallery">
      {items.map((img, i) => (
        <li key={img.src + i}>
          <button type="button" onClick={() => setOpen(i)}>
            <img src={img.src} alt={localize(img.alt, lang)} loading="lazy" />
            {img.caption && <span>{localize(img.caption, lang)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
