import { lazy, Suspense, useState } from 'react';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import { localize, type Booth, type MediaItem } from '../../manifest';
import { AboutBooth } from './AboutBooth';
import { AudioGuide } from './AudioGuide';
import { Gallery } from './Gallery';
import { H5Frame } from './H5Frame';
import { ItemPicker } from './ItemPicker';
import { PanelStampMark } from './PanelStampMark';
import { OtherName } from '../OtherName';
import { boothStyle } from '../boothStyle';
import { useBoothVisit } from './useBoothVisit';
import { TAB_LABEL, useBoothTabs } from './useBoothTabs';
import { useGuideStopsElsewhere } from './useGuideStopsElsewhere';
import { VideoPlayer } from './VideoPlayer';
import { videoKey } from '../../manifest/videoSource';

// Markdown rendering and sanitising (marked, DOMPurify) load only when a case study is opened.
const CaseStudyView = lazy(() => import('./CaseStudyView').then((m) => ({ default: m.CaseStudyView })));
// The 360° and 3D viewers (drei, three's controls and loaders) load with the first one opened.
const PanoramaViewer = lazy(() => import('../viewers/PanoramaViewer').then((m) => ({ default: m.PanoramaViewer })));
const ModelViewer = lazy(() => import('../viewers/ModelViewer').then((m) => ({ default: m.ModelViewer })));

type Of<K extends MediaItem['type']> = Extract<MediaItem, { type: K }>;

function itemsOf<K extends MediaItem['type']>(booth: Booth, type: K): Of<K>[] {
  return booth.media.filter((m): m is Of<K> => m.type === type);
}

/** An open booth's header and tabs, each tab one kind of its media. */
export function BoothPanelBody({ booth, onClose }: { booth: Booth; onClose: () => void }) {
  const lang = useLang();
  const { tabs, tab, setTab, onTabKey, tabId, panelId } = useBoothTabs(booth);
  useGuideStopsElsewhere(booth.id);
  const { zone, at, imageOriginAllowed, stampMedia } = useBoothVisit(booth);
  // An item a panorama's hotspot opened: its tab, that item first (a new picker each time).
  const [opened, setOpened] = useState<{ index: number; n: number } | null>(null);
  const openItem = (index: number) => {
    const m = booth.media[index];
    if (!m) return;
    setTab(m.type === 'link' ? 'about' : m.type);
    setOpened((o) => ({ index, n: (o?.n ?? 0) + 1 }));
    requestAnimationFrame(() => document.getElementById(panelId)?.focus());
  };
  const first = (type: MediaItem['type']) => {
    const m = opened === null ? undefined : booth.media[opened.index];
    return m?.type === type ? itemsOf(booth, type).indexOf(m as never) : 0;
  };

  return (
    <div className="panel-inner" style={boothStyle(booth.colors)}>
      <header className="panel-head">
        <img className="logo" src={booth.exhibitor.logo} alt="" width={56} height={56} />
        <div>
          <h2 id="booth-panel-title" title={localize(booth.exhibitor.name, lang)}>
            {localize(booth.exhibitor.name, lang)}
          </h2>
          <OtherName name={booth.exhibitor.name} lang={lang} as="p" />
          <PanelStampMark boothId={booth.id} lang={lang} />
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t('close', lang)} autoFocus>
          <Icon name="close" />
        </button>
      </header>
      <div className="tabs" role="tablist" aria-label={localize(booth.exhibitor.name, lang)} onKeyDown={onTabKey}>
        {tabs.map((k) => (
          <button
            key={k}
            id={tabId(k)}
            type="button"
            role="tab"
            aria-selected={tab === k}
            aria-controls={panelId}
            tabIndex={tab === k ? 0 : -1}
            onClick={(e) => {
              setTab(k);
              e.currentTarget.scrollIntoView({ inline: 'nearest', block: 'nearest' });
            }}
          >
            {t(TAB_LABEL[k], lang)}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={panelId} aria-labelledby={tabId(tab)} tabIndex={0}>
        {tab === 'video' && (
          <ItemPicker
            key={opened?.n}
            initial={first('video')}
            items={itemsOf(booth, 'video')}
            label={(v) => localize(v.title, lang)}
            // One player per video: the old one is released whole, its captions with it (VideoPlayer).
            render={(v) => <VideoPlayer key={videoKey(v)} item={v} lang={lang} onPlay={stampMedia} />}
          />
        )}
        {tab === 'panorama' && (
          <ItemPicker
            key={opened?.n}
            initial={first('panorama')}
            items={itemsOf(booth, 'panorama')}
            label={(v) => localize(v.title, lang)}
            render={(v) => (
              <Suspense fallback={<p>{t('panoLoading', lang)}</p>}>
                <PanoramaViewer key={v.src} item={v} lang={lang} onOpenItem={openItem} onPlay={stampMedia} />
              </Suspense>
            )}
          />
        )}
        {tab === 'model' && (
          <ItemPicker
            key={opened?.n}
            initial={first('model')}
            items={itemsOf(booth, 'model')}
            label={(v) => localize(v.title, lang)}
            render={(v) => (
              <Suspense fallback={<p>{t('modelLoading', lang)}</p>}>
                <ModelViewer key={v.src} item={v} lang={lang} onView={stampMedia} />
              </Suspense>
            )}
          />
        )}
        {tab === 'h5' && (
          <ItemPicker
            key={opened?.n}
            initial={first('h5')}
            items={itemsOf(booth, 'h5')}
            label={(v) => localize(v.title, lang)}
            render={(v) => <H5Frame item={v} lang={lang} boothId={booth.id} />}
          />
        )}
        {tab === 'caseStudy' && (
          <ItemPicker
            key={opened?.n}
            initial={first('caseStudy')}
            items={itemsOf(booth, 'caseStudy')}
            label={(v) => localize(v.title, lang)}
            render={(v) => (
              <Suspense fallback={<p>{t('caseLoading', lang)}</p>}>
                <CaseStudyView item={v} lang={lang} boothUrl={booth.url} imageOriginAllowed={imageOriginAllowed} />
              </Suspense>
            )}
          />
        )}
        {tab === 'image' && <Gallery items={itemsOf(booth, 'image')} lang={lang} />}
        {tab === 'audio' &&
          itemsOf(booth, 'audio').map((a, i) => (
            <AudioGuide key={i} item={a} itemKey={`${booth.id}#${i}`} lang={lang} at={at ?? { x: 0, z: 0 }} onPlay={stampMedia} />
          ))}
        {tab === 'about' && <AboutBooth booth={booth} zone={zone} lang={lang} />}
      </div>
    </div>
  );
}
