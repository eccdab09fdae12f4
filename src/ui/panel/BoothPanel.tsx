import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { localize, type Booth, type MediaItem, type Zone } from '../../manifest/index';
import { AudioGuide } from './AudioGuide';
import { Gallery } from './Gallery';
import { H5Frame } from './H5Frame';
import { stopGuide } from '../../audio/hallAudio';
import { VideoPlayer } from './VideoPlayer';
import { useAudioStore } from '../../state/audioStore';
import { useHallStore } from '../../state/hallStore';
import { useLangStore } from '../../state/langStore';
import { useTourStore } from '../../state/tourStore';
import { AboutBooth } from './AboutBooth';
import { ItemPicker } from './ItemPicker';
import { Icon } from '../../icons/Icon';
import { t, type StringKey } from '../../i18n/strings';

// Markdown rendering and sanitising (marked, DOMPurify) load only when a case study is opened.
const CaseStudyView = lazy(() => import('./CaseStudyView').then((m) => ({ default: m.CaseStudyView })));

type Tab = 'video' | 'h5' | 'caseStudy' | 'image' | 'audio' | 'about';
const TAB_LABEL: Record<Tab, StringKey> = {
  video: 'tabVideo',
  h5: 'tabH5',
  caseStudy: 'tabCases',
  image: 'tabGallery',
  audio: 'tabAudio',
  about: 'tabAbout',
};
type Of<K extends MediaItem['type']> = Extract<MediaItem, { type: K }>;

function itemsOf<K extends MediaItem['type']>(booth: Booth, type: K): Of<K>[] {
  return booth.media.filter((m): m is Of<K> => m.type === type);
}

/** The open booth: an accessible modal dialog named by the exhibitor, one tab per kind of media. */
export function BoothPanel() {
  const openId = useTourStore((s) => s.openBoothId);
  const loaded = useHallStore((s) => s.loaded);
  const booth = useMemo(() => loaded?.booths.find((b) => b.id === openId) ?? null, [loaded, openId]);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (booth && !d.open) {
      const before = document.activeElement as HTMLElement | null;
      d.showModal();
      return () => before?.focus?.();
    }
    if (!booth && d.open) d.close();
  }, [booth]);

  const close = useCallback(() => useTourStore.getState().openBooth(null), []);
  return (
    <dialog
      ref={ref}
      className="booth-panel"
      aria-labelledby="booth-panel-title"
      onCancel={(e) => {
        e.preventDefault(); // we close through the store, so history stays in step
        close();
      }}
      onClick={(e) => e.target === ref.current && close()}
    >
      {booth && <BoothPanelBody key={booth.id} booth={booth} onClose={close} />}
    </dialog>
  );
}

function BoothPanelBody({ booth, onClose }: { booth: Booth; onClose: () => void }) {
  const lang = useLangStore((s) => s.lang);
  const loaded = useHallStore((s) => s.loaded)!;
  const placement = useHallStore((s) => s.world?.layout.byId.get(booth.id));
  const zone: Zone | undefined = loaded.hall.zones.find((z) => z.booths.includes(booth.id));
  const tabs = useMemo(() => {
    const kinds: Tab[] = ['video', 'h5', 'caseStudy', 'image', 'audio'];
    return [...kinds.filter((k) => booth.media.some((m) => m.type === k)), 'about' as const];
  }, [booth]);
  const [tab, setTab] = useState<Tab>(tabs[0]!);
  const uid = useId();
  const allowed = useCallback(
    (origin: string) =>
      origin === location.origin || origin === new URL(booth.url).origin || loaded.hall.allowedOrigins.includes(origin),
    [booth.url, loaded.hall.allowedOrigins],
  );

  // A guide keeps playing positionally after the panel closes; a new booth's panel stops it.
  useEffect(() => {
    const playing = useAudioStore.getState().playing;
    if (playing && !playing.startsWith(`${booth.id}#`)) {
      stopGuide();
      useAudioStore.getState().setPlaying(null);
    }
  }, [booth.id]);

  const onTabKey = (e: KeyboardEvent) => {
    const i = tabs.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const k = tabs[(next + tabs.length) % tabs.length]!;
    setTab(k);
    document.getElementById(`${uid}-tab-${k}`)?.focus();
  };

  return (
    <div
      className="panel-inner"
      style={{ ['--booth' as string]: booth.colors.primary, ['--booth-accent' as string]: booth.colors.accent }}
    >
      <header className="panel-head">
        <img className="logo" src={booth.exhibitor.logo} alt="" width={56} height={56} />
        <div>
          <h2 id="booth-panel-title">{localize(booth.exhibitor.name, lang)}</h2>
          <p lang={lang === 'zh' ? 'en' : 'zh'}>{localize(booth.exhibitor.name, lang === 'zh' ? 'en' : 'zh')}</p>
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t('close', lang)} autoFocus>
          <Icon name="close" />
        </button>
      </header>
      <div className="tabs" role="tablist" aria-label={localize(booth.exhibitor.name, lang)} onKeyDown={onTabKey}>
        {tabs.map((k) => (
          <button
            key={k}
            id={`${uid}-tab-${k}`}
            type="button"
            role="tab"
            aria-selected={tab === k}
            aria-controls={`${uid}-panel`}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => setTab(k)}
          >
            {t(TAB_LABEL[k], lang)}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`${uid}-panel`} aria-labelledby={`${uid}-tab-${tab}`} tabIndex={0}>
        {tab === 'video' && (
          <ItemPicker
            items={itemsOf(booth, 'video')}
            label={(v) => localize(v.title, lang)}
            render={(v) => <VideoPlayer item={v} lang={lang} />}
          />
        )}
        {tab === 'h5' && (
          <ItemPicker
            items={itemsOf(booth, 'h5')}
            label={(v) => localize(v.title, lang)}
            render={(v) => <H5Frame item={v} lang={lang} />}
          />
        )}
        {tab === 'caseStudy' && (
          <ItemPicker
            items={itemsOf(booth, 'caseStudy')}
            label={(v) => localize(v.title, lang)}
            render={(v) => (
              <Suspense fallback={<p>{t('caseLoading', lang)}</p>}>
                <CaseStudyView item={v} lang={lang} boothUrl={booth.url} imageOriginAllowed={allowed} />
              </Suspense>
            )}
          />
        )}
        {tab === 'image' && <Gallery items={itemsOf(booth, 'image')} lang={lang} />}
        {tab === 'audio' &&
          itemsOf(booth, 'audio').map((a, i) => (
            <AudioGuide
              key={i}
              item={a}
              itemKey={`${booth.id}#${i}`}
              lang={lang}
              at={placement ? { x: placement.x, z: placement.z } : { x: 0, z: 0 }}
            />
          ))}
        {tab === 'about' && <AboutBooth booth={booth} zone={zone} lang={lang} />}
      </div>
    </div>
  );
}
