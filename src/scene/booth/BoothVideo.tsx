import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BoothPlacement } from '../../hall/layout';
import { urlIn, type Booth } from '../../manifest';
import { useLang } from '../../context/useLang';
import { createScreenVideo } from '../video/liveVideos';
import { VideoScreen } from '../video/VideoScreen';
import { onSoftwareGpu } from '../renderer/softwareGpu';
import { boothFixtures } from './boothParts';
import { isDrag } from '../controls/pointerTravel';

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

/** An awake booth's screen: its first video, muted, over the poster once it has a picture (see VideoScreen). */
export function BoothVideo({ placement, booth, onClick }: Props) {
  const video = booth.media.find((m) => m.type === 'video');
  // The visitor's cut: its pictures may carry text in the visitor's language.
  const lang = useLang();
  const cut = video?.type === 'video' ? urlIn(video.src, lang) : null;
  const url = cut && playable(cut) ? cut : null;
  const screen = useMemo(() => boothFixtures(placement, booth.template).screen, [placement, booth.template]);

  const gl = useThree((s) => s.gl);
  // The feed being set up, and the feed shown once it has a picture: the poster shows until then,
  // so the screen never flashes black while the video starts.
  const feedRef = useRef<VideoScreen | null>(null);
  const [shown, setShown] = useState<VideoScreen | null>(null);

  // Created in an effect, not during render: every video made here is released here.
  useEffect(() => {
    if (!url) return;
    const { video: el, release } = createScreenVideo(booth.id, url);
    const feed = new VideoScreen(el, onSoftwareGpu(gl));
    const onError = () => console.warn(`[media] ${booth.id}: video failed to load, showing its poster: ${url}`);
    el.addEventListener('error', onError);
    el.play().catch(() => {
      /* autoplay refused: the poster stays */
    });
    feedRef.current = feed;
    return () => {
      el.removeEventListener('error', onError);
      release();
      feed.dispose();
      feedRef.current = null;
      setShown(null);
    };
  }, [url, booth.id, gl]);

  useFrame(() => {
    const feed = feedRef.current;
    if (feed?.update() && shown !== feed) setShown(feed);
  });

  if (!shown) return null;
  const [sx, sy, sz] = screen.pos;
  return (
    <group position={[placement.x, 0, placement.z]} rotation={[0, placement.rotationY, 0]}>
      <mesh
        position={[sx, sy, sz + 0.01]}
        onClick={(e) => {
          if (isDrag(e)) return;
          e.stopPropagation();
          onClick();
        }}
      >
        <planeGeometry args={screen.size} />
        <primitive object={shown.material} attach="material" />
      </mesh>
    </group>
  );
}
