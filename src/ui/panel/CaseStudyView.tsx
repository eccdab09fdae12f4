import { useEffect, useMemo, useState } from 'react';
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
      {typeof state === 'object' && <div className="markdown" dangerouslySetInnerHTML={{ __html: state.html }} />}
      {item.images.map((img) => (
        <figure key={img.src}>
          <img src={img.src} alt={localize(img.alt, lang)} loading="lazy" />
          {img.caption && <figcaption>{localize(img.caption, lang)}</figcaption>}
        </figure>
      ))}
    </article>
  );
}
