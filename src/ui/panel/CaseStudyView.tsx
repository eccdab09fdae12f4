import { useEffect, useState } from 'react';
import { fetchTextLimited } from '../../manifest/fetchText';
import { localize, type Lang, type MediaItem } from '../../manifest/index';
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
  const [state, setState] = useState<{ html: string } | 'loading' | 'failed'>('loading');
  const src = item.bodySrc ? (item.bodySrc[lang] ?? item.bodySrc[lang === 'zh' ? 'en' : 'zh']) : undefined;
  const inline = item.body ? localize(item.body, lang) : undefined;

  useEffect(() => {
    let live = true;
    if (inline !== undefined) {
      setState({ html: renderMarkdown(inline, { baseUrl: boothUrl, imageOriginAllowed, omitLeadingTitle: true }) });
      return;
    }
    if (!src) return setState('failed');
    setState('loading');
    fetchTextLimited(src)
      .then((md) => live && setState({ html: renderMarkdown(md, { baseUrl: src, imageOriginAllowed, omitLeadingTitle: true }) }))
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
    };
  }, [src, inline, boothUrl, imageOriginAllowed]);

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
