import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { fetchTextLimited } from '../../manifest/fetchText';
import { localize, type Lang, type MediaItem } from '../../manifest';
import { renderMarkdown } from './markdown';
import { t } from '../../i18n/strings';

type CaseStudy = Extract<MediaItem, { type: 'caseStudy' }>;

interface Props {
  item: CaseStudy;
  lang: Lang;
  /** URL of the booth manifest: inline bodies' relative links resolve against it. */
  boothUrl: string;
  imageOriginAllowed: (origin: string) => boolean;
}

/** A case study: Markdown fetched for the visitor's language (or the other), sanitised. */
export function CaseStudyView({ item, lang, boothUrl, imageOriginAllowed }: Props) {
  const src = item.bodySrc ? (item.bodySrc[lang] ?? item.bodySrc[lang === 'zh' ? 'en' : 'zh']) : undefined;
  const inline = item.body ? localize(item.body, lang) : undefined;
  const inlineHtml = useMemo(
    () =>
      inline === undefined ? null : renderMarkdown(inline, { baseUrl: boothUrl, imageOriginAllowed, omitLeadingTitle: true }),
    [inline, boothUrl, imageOriginAllowed],
  );
  // What the fetch of `src` gave; a result for another src (the language changed) is not shown.
  const [fetched, setFetched] = useState<{ src: string; html: string | null } | null>(null);

  useEffect(() => {
    if (inline !== undefined || !src) return;
    let live = true;
    fetchTextLimited(src)
      .then((md) => renderMarkdown(md, { baseUrl: src, imageOriginAllowed, omitLeadingTitle: true }))
      .then(
        (html) => live && setFetched({ src, html }),
        () => live && setFetched({ src, html: null }),
      );
    return () => {
      live = false;
    };
  }, [src, inline, imageOriginAllowed]);

  const [missing, setMissing] = useState<string[]>([]);
  // The Markdown's own pictures are not React's: one that fails becomes its alt text in a box.
  // (An image's error event does not bubble; the capture phase still passes the container.)
  const markdownRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = markdownRef.current;
    if (!el) return;
    const onError = (e: Event | { target: Element }) => {
      const img = e.target;
      if (!(img instanceof HTMLImageElement)) return;
      const box = document.createElement('span');
      box.className = 'img-missing';
      box.textContent = img.alt || t('imageMissing', lang);
      img.replaceWith(box);
    };
    el.addEventListener('error', onError, true);
    for (const img of el.querySelectorAll('img')) if (img.complete && img.naturalWidth === 0) onError({ target: img });
    return () => el.removeEventListener('error', onError, true);
  });

  const state: { html: string } | 'loading' | 'failed' =
    inlineHtml !== null
      ? { html: inlineHtml }
      : !src
        ? 'failed'
        : fetched?.src !== src
          ? 'loading'
          : fetched.html === null
            ? 'failed'
            : { html: fetched.html };

  return (
    <article className="case-study">
      <header>
        <h3>{localize(item.title, lang)}</h3>
        <p className="meta">
          <time dateTime={item.date}>{item.date}</time>
        </p>
        <p className="summary">{localize(item.summary, lang)}</p>
      </header>
      {state === 'loading' && <p>{t('caseLoading', lang)}</p>}
      {state === 'failed' && <p role="alert">{t('caseFailed', lang)}</p>}
      {/* Sanitised by renderMarkdown (allowlisted tags, no handlers, safe URLs). */}
      {typeof state === 'object' && (
        <div ref={markdownRef} className="markdown" dangerouslySetInnerHTML={{ __html: state.html }} />
      )}
      {item.images.map((img) => (
        <figure key={img.src}>
          {missing.includes(img.src) ? (
            <span className="img-missing" role="img" aria-label={localize(img.alt, lang)}>
              {localize(img.alt, lang)}
            </span>
          ) : (
            <img src={img.src} alt={localize(img.alt, lang)} loading="lazy" onError={() => setMissing((m) => [...m, img.src])} />
          )}
          {img.caption && <figcaption>{localize(img.caption, lang)}</figcaption>}
        </figure>
      ))}
    </article>
  );
}
