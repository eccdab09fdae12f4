import { boothStyle } from '../boothStyle';
import type { ReactNode } from 'react';
import { localize, type Booth, type Lang, type MediaItem, type Zone } from '../../manifest';
import { t } from '../../i18n/strings';
import { AboutBooth } from '../panel/AboutBooth';
import { Gallery } from '../panel/Gallery';
import { TAB_LABEL, boothTabs, type BoothTab } from '../panel/useBoothTabs';
import { readableInk } from '../readableInk';
import { FlatItem } from './FlatItem';
import { OtherName } from '../OtherName';

interface Props {
  booth: Booth;
  zone: Zone | undefined;
  lang: Lang;
  /** The running page (players, stamps); false for the HTML the build writes. */
  live: boolean;
  /** WebGL is there: panoramas and models open in their viewers (else their poster and words). */
  webgl?: boolean;
  /** Above the booth: the way back to the hall. */
  back: ReactNode;
  onPlay?: () => void;
  imageOriginAllowed?: (origin: string) => boolean;
  at?: { x: number; z: number };
}

type Of<K extends MediaItem['type']> = Extract<MediaItem, { type: K }>;

/**
 * A booth as one page: its name, then every kind of its media as a section in the booth panel's
 * order (the same tabs, headed rather than hidden), then who the exhibitor is with their links.
 */
export function FlatBooth({ booth, zone, lang, live, webgl = false, back, onPlay, imageOriginAllowed, at }: Props) {
  const name = localize(booth.exhibitor.name, lang);
  const sections = boothTabs(booth).filter((k): k is Exclude<BoothTab, 'about'> => k !== 'about');
  return (
    <article className="flat-booth" aria-labelledby="flat-booth-title" style={boothStyle(booth.colors)}>
      {back}
      <header className="flat-booth-head">
        <img className="logo" src={booth.exhibitor.logo} alt="" width={72} height={72} />
        <div>
          <h1 id="flat-booth-title" tabIndex={-1}>
            {name}
          </h1>
          <OtherName name={booth.exhibitor.name} lang={lang} as="p" />
          {zone && (
            <p className="flat-booth-zone" style={{ color: readableInk(zone.color) }}>
              {localize(zone.name, lang)}
            </p>
          )}
        </div>
      </header>
      {sections.map((kind) => (
        <section key={kind} className={`flat-media flat-${kind}`} aria-labelledby={`flat-sec-${kind}`}>
          <h2 id={`flat-sec-${kind}`} tabIndex={-1}>
            {t(TAB_LABEL[kind], lang)}
          </h2>
          {kind === 'image' ? (
            <Gallery items={booth.media.filter((m): m is Of<'image'> => m.type === 'image')} lang={lang} />
          ) : (
            booth.media.map((item, i) =>
              item.type === kind ? (
                <div key={i} className="flat-item" id={`flat-item-${i}`} tabIndex={-1}>
                  <FlatItem
                    item={item as Exclude<MediaItem, Of<'image'> | Of<'link'>>}
                    index={i}
                    booth={booth}
                    lang={lang}
                    live={live}
                    webgl={webgl}
                    onPlay={onPlay}
                    imageOriginAllowed={imageOriginAllowed}
                    at={at}
                  />
                </div>
              ) : null,
            )
          )}
        </section>
      ))}
      <section className="flat-media flat-about" aria-labelledby="flat-sec-about">
        <h2 id="flat-sec-about" tabIndex={-1}>
          {t('aboutHeading', lang)}
        </h2>
        <AboutBooth booth={booth} zone={zone} lang={lang} />
      </section>
    </article>
  );
}
