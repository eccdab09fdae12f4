import { useEffect, useState, type RefObject } from 'react';
import { SRGBColorSpace, TextureLoader, VideoTexture, type Texture } from 'three';
import type { Panorama } from '../../manifest';

/**
 * The panorama's picture as a texture: a picture loaded whole, or the viewer's own <video>
 * (rendered in the page for its captions) as a video texture. Disposed when the item changes or
 * the viewer closes; `failed` when it cannot load.
 */
export function usePanoramaTexture(
  item: Panorama,
  video: RefObject<HTMLVideoElement | null>,
): { texture: Texture | null; failed: boolean } {
  const [texture, setTexture] = useState<Texture | null>(null);
  const [failed, setFailed] = useState(false);
  // (A new item is a new viewer: the panel keys it by its file, so state starts empty.)
  useEffect(() => {
    let made: Texture | null = null;
    let cancelled = false;
    if (item.format === 'video') {
      const el = video.current;
      if (!el) return;
      const t = new VideoTexture(el);
      t.colorSpace = SRGBColorSpace;
      made = t;
      // Shown once it has a picture: the poster stays until then.
      const show = () => !cancelled && setTexture(t);
      const fail = () => !cancelled && setFailed(true);
      if (el.readyState >= 2) queueMicrotask(show);
      else el.addEventListener('loadeddata', show, { once: true });
      el.addEventListener('error', fail, { once: true });
    } else {
      const loader = new TextureLoader();
      loader.setCrossOrigin('anonymous');
      loader.load(
        item.src,
        (t) => {
          t.colorSpace = SRGBColorSpace;
          if (cancelled) return t.dispose();
          made = t;
          setTexture(t);
        },
        undefined,
        () => !cancelled && setFailed(true),
      );
    }
    return () => {
      cancelled = true;
      made?.dispose();
    };
  }, [item.src, item.format, video]);
  return { texture, failed };
}
