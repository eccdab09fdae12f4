import { useEffect, useMemo, useState } from 'react';
import { SRGBColorSpace, VideoTexture } from 'three';
import type { BoothPlacement } from '../../hall/layout';
import type { Booth } from '../../manifest';
import { createScreenVideo } from '../../media/liveVideos';
import { boothFixtures } from './boothParts';

interface Props {
  placement: BoothPlacement;
  booth: Booth;
  onClick: () => void;
}

/** Whether a URL can play in this browser's <video> without a streaming library. */
function playable(url: string): boolean {
  if (!/\.m3u8($|\?)/i.test(url)) return true;
  return document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '';
}

/** An awake booth's screen: its first video, muted, on a video texture over the poster. */
export function BoothVideo({ placement, booth, onClick }: Props) {
  const video = booth.media.find((m) => m.type === 'video');
  const url = video && video.type === 'video' && playable(video.src) ? video.src : null;
  const [ready, setReady] = useState(false);
  const screen = useMemo(() => boothFixtures(placement, booth.template).screen, [placement, booth.template]);

  const [media, setMedia] = useState<{ el: HTMLVideoElement; texture: VideoTexture } | null>(null);

  // Created in an effect, not during render: every video made here is released here.
  useEffect(() => {
    if (!url) return;
    const { video: el, release } = createScreenVideo(booth.id, url);
    const texture = new VideoTexture(el);
    texture.colorSpace = SRGBColorSpace;
    const onPlaying = () => setReady(true);
    const onError = () => console.warn(`[media] ${booth.id}: video failed to load, showing its poster: ${url}`);
    el.addEventListener('playing', onPlaying);
    el.addEventListener('error', onError);
    el.play().catch(() => {
      /* autoplay refused: the poster stays */
    });
    setMedia({ el, texture });
    return () => {
      el.removeEventListener('playing', onPlaying);
      el.removeEventListener('error', onError);
      release();
      texture.dispose();
      setMedia(null);
      setReady(false);
    };
  }, [url, booth.id]);

  if (!media) return null;
  const [sx, sy, sz] = screen.pos;
  return (
    <group position={[placement.x, 0, placement.z]} rotation={[0, placement.rotationY, 0]}>
      <mesh
        position={[sx, sy, sz + 0.01]}
        visible={ready}
        onClick={(e) => {
          if (e.delta > 6) return;
          e.stopPropagation();
          onClick();
        }}
      >
        <planeGeometry args={screen.size} />
        <meshBasicMaterial map={media.texture} toneMapped={false} />
      </mesh>
    </group>
  );
}
