import { lazy, Suspense } from 'react';
import { localize, type Booth, type Lang, type MediaItem } from '../../manifest';
import { t } from '../../i18n/strings';
import { AudioGuide } from '../panel/AudioGuide';
import { H5Frame } from '../panel/H5Frame';
import { OutsideLink } from '../panel/OutsideLink';
import { VideoPlayer } from '../panel/VideoPlayer';

// Markdown (marked, DOMPurify) loads only on a booth page that has a case study.
const CaseStudyView = lazy(() => import('../panel/CaseStudyView').then((m) => ({ default: m.CaseStudyView })));
// The viewers (drei, three's controls and loaders) only where there is one to show.
const PanoramaViewer = lazy(() => import('../viewers/PanoramaViewer').then((m) => ({ default: m.PanoramaViewer })));
const ModelViewer = lazy(() => import('../viewers/ModelViewer').then((m) => ({ default: m.ModelViewer })));

type Playable = Exclude<MediaItem, { type: 'image' } | { type: 'link' }>;

interface Props {
  item: Playable;
  index: number;
  booth: Booth;
  lang: Lang;
  /** The players (the running app), or what a page shows before its script: titles, posters, texts. */
  live: boolean;
  /** WebGL is there for the panorama and model viewers. */
  webgl?: boolean;
  onPlay?: () => void;
  imageOriginAllowed?: (origin: string) => boolean;
  at?: { x: number; z: number };
}

/**
 * A hotspot's item on the same page: brought into view, with focus on it. Pictures live in the
 * gallery and links under "about": for them, the heading of their section (headings there take
 * focus, `tabIndex` -1, as the item blocks do).
 */
function showItem(booth: Booth, index: number): void {
  const kind = booth.media[index]?.type;
  const id = kind === 'image' ? 'flat-sec-image' : kind === 'link' ? 'flat-sec-about' : `flat-item-${index}`;
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'start' });
  el?.focus();
}

/**
 * One media item on a booth's 2D page. The running page uses the booth panel's own players; the
 * pre-rendered HTML carries the same item as readable text (title, poster, summary, transcript).
 */
export function FlatItem({ item, index, booth, lang, live, webgl = false, onPlay, imageOriginAllowed, at }: Props) {
  const title = localize(item.title, lang);
  switch (item.type) {
    case 'video':
      return live ? (
        <VideoPlayer item={item} lang={lang} onPlay={onPlay} />
      ) : (
        <figure className="video-player">
          {item.poster && <img src={item.poster} alt="" />}
          <figcaption>{title}</figcaption>
        </figure>
      );
    case 'h5':
      return live ? (
        <>
          <h3>{title}</h3>
          <H5Frame item={item} lang={lang} boothId={booth.id} />
        </>
      ) : (
        <>
          <h3>{title}</h3>
          {item.description && <p>{localize(item.description, lang)}</p>}
          <OutsideLink href={item.src} title={title}>
            {t('openNewTab', lang)}
          </OutsideLink>
        </>
      );
    case 'caseStudy':
      return live && imageOriginAllowed ? (
        <Suspense fallback={<h3>{title}</h3>}>
          <CaseStudyView item={item} lang={lang} boothUrl={booth.url} imageOriginAllowed={imageOriginAllowed} />
        </Suspense>
      ) : (
        <article className="case-study">
          <h3>{title}</h3>
          <p className="meta">
            <time dateTime={item.date}>{item.date}</time>
          </p>
          <p className="summary">{localize(item.summary, lang)}</p>
        </article>
      );
    case 'audio':
      return live ? (
        <AudioGuide item={item} itemKey={`${booth.id}#${index}`} lang={lang} at={at ?? { x: 0, z: 0 }} onPlay={onPlay} />
      ) : (
        <section className="audio-guide">
          <h3>{title}</h3>
          {item.transcript && <p>{localize(item.transcript, lang)}</p>}
        </section>
      );
    case 'panorama':
    case 'model':
      return live && webgl ? (
        <Suspense fallback={<h3>{title}</h3>}>
          {item.type === 'panorama' ? (
            <PanoramaViewer item={item} lang={lang} onPlay={onPlay} onOpenItem={(i) => showItem(booth, i)} />
          ) : (
            <ModelViewer item={item} lang={lang} onView={onPlay} />
          )}
        </Suspense>
      ) : (
        // Without WebGL (or before the script): what it is, in words and its poster.
        <figure className="flat-vr">
          {item.poster && <img src={item.poster} alt="" />}
          <figcaption>
            <strong>{title}</strong>
            {item.description && <span> · {localize(item.description, lang)}</span>}
          </figcaption>
        </figure>
      );
  }
}
