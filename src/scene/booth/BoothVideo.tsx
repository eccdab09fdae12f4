import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import type { BoothPlacement } from '../../hall/layout';
import type { Booth } from '../../manifest';
import { createScreenVideo } from '../video/liveVideos';
import { VideoScreen } from '../video/VideoScreen';
import { onSoftwareGpu } from '../renderer/softwareGpu';
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

/** An awake booth's screen: its first video, muted, over the poster once it has a picture (see VideoScreen). */
export function BoothVideo({ placement, booth, onClick }: Props) {
  const video = booth.media.find((m) => m.type === 'video');
  const url = video && video.type === 'video' && playable(video.src) ? video.src : null;
  const [ready, setReady] = useState(false);
  const screen = useMemo(() => boothFixtures(placement, booth.template).screen, [placement, booth.template]);

  const gl = useThree((s) => s.gl);
  const [screenFeed, setScreenFeed] = useState<VideoScreen | null>(null);

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
    setScreenFeed(feed);
    return () => {
      el.removeEventListener('error', onError);
      release();
      feed.dispose();
      setScreenFeed(null);
      setReady(false);
    };
  }, [url, booth.id, gl]);

  // The poster shows until the screen has a picture: no black frame while the video starts.
  useFrame(() => {
    if (screenFeed?.update() && !ready) setReady(true);
  });

  if (!screenFeed) return null;
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
        <primitive object={screenFeed.material} attach="material" />
      </mesh>
    </group>
  );
}
