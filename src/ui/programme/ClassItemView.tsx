import { useMemo } from 'react';
import { localize, originAllowed, type Lang } from '../../manifest';
import type { ClassItem } from '../../manifest/programme';
import { VideoPlayer } from '../panel/VideoPlayer';
import { videoKey } from '../../manifest/videoSource';
import { renderMarkdown } from '../panel/markdown';

interface Props {
  item: ClassItem;
  lang: Lang;
  /** programme.json's URL: an article's relative links and images resolve against it. */
  baseUrl: string;
  allowedOrigins: string[];
  autoPlay: boolean;
  onEnded: () => void;
}

/** One lesson: a micro-video with captions, or a picture-text article (sanitised Markdown). */
export function ClassItemView({ item, lang, baseUrl, allowedOrigins, autoPlay, onEnded }: Props) {
  const body = item.type === 'article' ? localize(item.body, lang) : null;
  const html = useMemo(
    () =>
      body === null
        ? null
        : renderMarkdown(body, {
            baseUrl,
            imageOriginAllowed: (o) => originAllowed(o, baseUrl, { appOrigin: location.origin, allowedOrigins }),
            omitLeadingTitle: true,
          }),
    [body, baseUrl, allowedOrigins],
  );
  if (item.type === 'video')
    return <VideoPlayer key={videoKey(item)} item={item} lang={lang} autoPlay={autoPlay} onEnded={onEnded} />;
  return (
    <article className="class-article">
      {item.image && <img src={item.image.src} alt={localize(item.image.alt, lang)} loading="lazy" />}
      {/* Sanitised by renderMarkdown (allowlisted tags, no handlers, safe URLs). */}
      {html !== null && <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />}
    </article>
  );
}
