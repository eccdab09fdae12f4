import { Canvas } from '@react-three/fiber';
import { useCallback, useId, useLayoutEffect, useRef } from 'react';
import { FOV, MAX_PITCH, projectToView } from '../../hall/panoramaMath';
import { localize, type Hotspot, type Lang, type Panorama } from '../../manifest';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import { PanoramaSphere, type PanoramaLook } from './PanoramaSphere';
import { GyroSwitch } from './GyroSwitch';
import { ViewButtons } from './ViewButtons';
import { usePanoramaInput } from './usePanoramaInput';
import { usePanoramaTexture } from './usePanoramaTexture';
import { usePanoramaVideo } from './usePanoramaVideo';
import './vrViewers.css';

/**
 * A 360° panorama in the panel: drag, swipe, pinch, the wheel, the keyboard or the phone's
 * gyroscope to look around; hotspots to turn to or to open the booth item they name; a video
 * panorama plays with its captions drawn over the view. Its own small canvas, drawn only when
 * the view moves (a picture) or while it plays (a video).
 */
export function PanoramaViewer({
  item,
  lang,
  onOpenItem,
  onPlay,
}: {
  item: Panorama;
  lang: Lang;
  /** Opens another item of the booth (a hotspot's link): its index in the booth's media. */
  onOpenItem?: (index: number) => void;
  onPlay?: () => void;
}) {
  const view = useRef<HTMLDivElement>(null);
  const look = useRef<PanoramaLook>({ yaw: item.initialYaw, pitch: 0, fov: FOV.initial });
  const invalidate = useRef<() => void>(() => {});
  const { video, playing, caption } = usePanoramaVideo(item, lang);
  const { texture, failed } = usePanoramaTexture(item, video);
  const spots = useRef<(HTMLButtonElement | null)[]>([]);
  // The hotspots are page buttons over the canvas, placed where their point is seen (no re-render).
  const changed = useCallback(() => {
    invalidate.current();
    const el = view.current;
    if (!el) return;
    const l = look.current;
    // Where the view looks, for tests and the kiosk's watchdog to read.
    el.dataset.look = `${l.yaw.toFixed(1)} ${l.pitch.toFixed(1)} ${l.fov.toFixed(1)}`;
    const aspect = el.clientWidth / Math.max(1, el.clientHeight);
    item.hotspots.forEach((h, i) => {
      const b = spots.current[i];
      const at = projectToView(h.yaw, h.pitch, l, l.fov, aspect);
      if (!b) return;
      b.hidden = at === null;
      if (at)
        b.style.transform = `translate(-50%, -50%) translate(${((at.x + 1) / 2) * el.clientWidth}px, ${((1 - at.y) / 2) * el.clientHeight}px)`;
    });
  }, [item.hotspots]);
  useLayoutEffect(() => {
    changed();
    const el = view.current;
    if (!el) return;
    const watch = new ResizeObserver(changed);
    watch.observe(el);
    return () => watch.disconnect();
  }, [changed, texture]);
  usePanoramaInput(view, look, item.initialYaw, changed);
  const helpId = useId();
  const title = localize(item.title, lang);

  const zoom = (factor: number) => {
    look.current.fov = Math.max(FOV.min, Math.min(FOV.max, look.current.fov * factor));
    changed();
  };
  const turnTo = (h: Hotspot) => {
    Object.assign(look.current, { yaw: h.yaw, pitch: Math.max(-MAX_PITCH, Math.min(MAX_PITCH, h.pitch)) });
    changed();
  };
  const pick = (h: Hotspot) => (h.item !== undefined && onOpenItem ? onOpenItem(h.item) : turnTo(h));

  return (
    <figure className="pano-viewer">
      <div
        ref={view}
        className="pano-view"
        tabIndex={0}
        role="application"
        aria-roledescription={t('panoRole', lang)}
        aria-label={title}
        aria-describedby={helpId}
      >
        {item.poster && !texture && <img className="pano-poster" src={item.poster} alt="" />}
        {texture && (
          <Canvas
            frameloop={item.format === 'video' ? 'always' : 'demand'}
            camera={{ position: [0, 0, 0], fov: FOV.initial, near: 0.1, far: 200 }}
            dpr={[1, 2]}
            onCreated={(s) => (invalidate.current = s.invalidate)}
          >
            <PanoramaSphere texture={texture} look={look} />
          </Canvas>
        )}
        {texture &&
          item.hotspots.map((h, i) => (
            // Out of the tab order: the same hotspots are buttons under the view, always reachable.
            <button
              key={i}
              ref={(b) => void (spots.current[i] = b)}
              type="button"
              className="pano-hotspot"
              tabIndex={-1}
              onClick={() => pick(h)}
              onPointerDown={(e) => e.stopPropagation()}
            >
              <span aria-hidden="true" className="pano-hotspot-dot" />
              {localize(h.label, lang)}
            </button>
          ))}
        {!texture && !failed && <p className="pano-status">{t('panoLoading', lang)}</p>}
        {failed && (
          <p className="pano-status" role="alert">
            {t('panoFailed', lang)}
          </p>
        )}
        {caption && <p className="pano-caption">{caption}</p>}
      </div>
      {item.format === 'video' && (
        <video
          ref={video}
          className="pano-video"
          src={item.src}
          crossOrigin="anonymous"
          loop
          playsInline
          preload="auto"
          onPlay={onPlay}
        >
          {item.captions.map((c) => (
            <track key={c.src} kind={c.kind} src={c.src} srcLang={c.lang} label={c.label ?? c.lang} />
          ))}
        </video>
      )}
      <div className="pano-controls">
        {item.format === 'video' && (
          <button
            type="button"
            className="pill-btn"
            onClick={() => void (playing ? video.current?.pause() : video.current?.play().catch(() => {}))}
          >
            <Icon name={playing ? 'pause' : 'play'} size={18} /> {t(playing ? 'pause' : 'play', lang)}
          </button>
        )}
        <ViewButtons lang={lang} onZoom={zoom} onReset={() => turnTo({ yaw: item.initialYaw, pitch: 0, label: {} })} />
        <GyroSwitch look={look} lang={lang} changed={changed} />
      </div>
      <p id={helpId} className="pano-help">
        {t('panoHelp', lang)}
      </p>
      {item.hotspots.length > 0 && (
        <div className="pano-hotspots" role="group" aria-label={t('panoHotspots', lang)}>
          {item.hotspots.map((h, i) => (
            <button key={i} type="button" className="chip" onClick={() => pick(h)}>
              {h.item !== undefined && onOpenItem ? `${t('panoOpen', lang)} · ` : `${t('panoLookAt', lang)} · `}
              {localize(h.label, lang)}
            </button>
          ))}
        </div>
      )}
      <figcaption>
        <strong>{title}</strong>
        {item.description && <span> · {localize(item.description, lang)}</span>}
      </figcaption>
    </figure>
  );
}
