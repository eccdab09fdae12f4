import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { CanvasTexture, SRGBColorSpace, TextureLoader, VideoTexture, type Texture } from 'three';
import { urlIn, type Booth, type Lang } from '../manifest';
import { createScreenVideo } from '../scene/video/liveVideos';
import { loadImage } from '../scene/atlas/loadImage';
import { paintPoster, posterUrl } from '../scene/booth/paintPoster';

interface Props {
  booth: Booth;
  lang: Lang;
  pos: [number, number, number];
  size: [number, number];
  onClick: (e: ThreeEvent<MouseEvent>) => void;
}

/** Size an SVG poster is rasterised at (16:9, like the screen). */
const SVG_WIDTH = 1024;
const SVG_HEIGHT = 576;

/**
 * A booth's screen: its first video playing from mount (registered in `liveVideos` like
 * ours), or else its poster / first picture, each booth with its own element and texture.
 */
export function ReferenceScreen({ booth, lang, pos, size, onClick }: Props) {
  const [texture, setTexture] = useState<Texture | null>(null);
  const video = booth.media.find((m) => m.type === 'video');
  const videoUrl = video?.type === 'video' ? urlIn(video.src, lang) : null;
  const imageUrl = videoUrl ? null : posterUrl(booth);

  useEffect(() => {
    if (!videoUrl) return;
    const { video: el, release } = createScreenVideo(booth.id, videoUrl);
    el.autoplay = true;
    const t = new VideoTexture(el);
    t.colorSpace = SRGBColorSpace;
    el.play().catch(() => {
      /* autoplay refused: the screen stays dark */
    });
    const show = () => setTexture(t);
    el.addEventListener('loadeddata', show, { once: true });
    return () => {
      el.removeEventListener('loadeddata', show);
      release();
      t.dispose();
      setTexture(null);
    };
  }, [booth.id, videoUrl]);

  useEffect(() => {
    if (!imageUrl) return;
    let live = true;
    let loaded: Texture | null = null;
    const show = (t: Texture) => {
      t.colorSpace = SRGBColorSpace;
      loaded = t;
      if (live) setTexture(t);
      else t.dispose();
    };
    if (/\.svg($|\?)/i.test(imageUrl)) {
      // WebGL cannot upload an SVG that has only a viewBox (no width/height): rasterise it first.
      void loadImage(imageUrl).then((img) => {
        const canvas = document.createElement('canvas');
        canvas.width = SVG_WIDTH;
        canvas.height = SVG_HEIGHT;
        const ctx = canvas.getContext('2d');
        if (ctx) paintPoster(ctx, 0, 0, SVG_WIDTH, SVG_HEIGHT, booth, lang, img);
        show(new CanvasTexture(canvas));
      });
    } else {
      new TextureLoader().load(imageUrl, show, undefined, () =>
        console.warn(`[media] ${booth.id}: poster failed to load: ${imageUrl}`),
      );
    }
    return () => {
      live = false;
      loaded?.dispose();
      setTexture(null);
    };
  }, [booth, lang, imageUrl]);

  return (
    <mesh position={pos} onClick={onClick}>
      <planeGeometry args={size} />
      {/* Keyed: three compiles a different program once a map is there. */}
      {texture ? (
        <meshBasicMaterial key="map" map={texture} toneMapped={false} />
      ) : (
        <meshBasicMaterial key="idle" color="#1e293b" />
      )}
    </mesh>
  );
}
