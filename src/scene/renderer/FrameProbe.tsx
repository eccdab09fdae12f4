import { hallModelsShown } from '../booth/hallModelsShown';
import { standInsShown } from '../booth/standIns';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { audioState, howlCount } from '../../audio/hallAudio';
import { usePavilion } from '../../context/usePavilion';
import type { GuideState, GuideStatus } from '../../state/guideStore';
import { offlineStatus, type OfflineStatus } from '../../state/offlineStatus';
import type { SceneProgress } from '../../state/sceneProgress';
import type { Visitor } from '../../state/visitor';
import { liveVideos } from '../video/liveVideos';
import { screenTextureCount } from '../video/VideoScreen';
import { stageProbe, type StageProbe } from '../video/stageProbe';

declare global {
  interface Window {
    /** Read-only window on the running pavilion, for browser tests, the bench and kiosk watchdogs. */
    __pavilion?: {
      frames: number;
      visitor: Visitor;
      liveVideoCount: () => number;
      liveVideoIds: () => string[];
      /** Booths whose model stands in the hall now (near the visitor). */
      hallModelIds: () => string[];
      /** Booths whose model, seen near before, stands as a far stand-in now (a box of its size and colour). */
      hallStandInIds: () => string[];
      audio: typeof audioState;
      /** Of `renderInfo().textures`, those the booth screens hold (they follow the screens' frames). */
      screenTextures: () => number;
      /** Howls alive in howler (the soak checks they come back to baseline). */
      howlCount: () => number;
      videoTime: (boothId: string) => number | null;
      progress: SceneProgress;
      /** The guided tour now: its status, the stop's index and booth (null while off). */
      guide: { status: GuideStatus; index: number; boothId: string | null };
      /** `frame`: frames three.js actually drew since its context was (re)made; it stands still while the context is lost. */
      renderInfo: () => {
        calls: number;
        triangles: number;
        geometries: number;
        textures: number;
        programs: number;
        frame: number;
      };
      /** The forum's screen: what the programme has on it, and its live stream's player. */
      stage: () => StageProbe;
      /** A kiosk's offline cache (always `off` elsewhere); kept current by modes/kiosk/useKioskOffline. */
      offline: Readonly<OfflineStatus>;
      /** The headset mode, once its layer is loaded (only where the browser offers immersive VR). */
      headset?: HeadsetProbe;
    };
  }
}

export interface HeadsetProbe {
  presenting: () => boolean;
  /**
   * Where each named thing the visitor can point at is (buttons by name, `booth:<id>` for the
   * booths near them), in the headset's own space: where an emulated controller aims.
   */
  targets: () => Record<string, [number, number, number]>;
  /** The named targets a pointer's ray rests on now (buttons light up under it). */
  hovered: () => string[];
  /** Tracked hands the session has now (0 with controllers). */
  hands: () => number;
  /** The last frames' durations (ms) in the session, oldest first (at most 600). */
  frameMs: () => number[];
  /**
   * For the same frames, the app's own main-thread time (ms): its frame updates and the render
   * call, without the wait for the previous frame's pixels that the runtime does before the frame.
   */
  workMs: () => number[];
}

/** Marks the first rendered frame on <body> and exposes counters; costs one increment a frame. */
export function FrameProbe() {
  const gl = useThree((s) => s.gl);
  const { visitor, progress, guide } = usePavilion();
  const frames = useRef(0);
  useEffect(() => {
    const guideNow = { status: 'off' as GuideStatus, index: 0, boothId: null as string | null };
    const showGuide = (g: GuideState) => {
      guideNow.status = g.status;
      guideNow.index = g.index;
      guideNow.boothId = g.status === 'off' ? null : (g.stops[g.index]?.boothId ?? null);
      document.body.dataset.guide = g.status;
    };
    showGuide(guide.getState());
    const offGuide = guide.subscribe(showGuide);
    const probe: NonNullable<Window['__pavilion']> = {
      frames: 0,
      visitor,
      liveVideoCount: () => liveVideos.size,
      liveVideoIds: () => [...liveVideos.keys()],
      hallModelIds: () => [...hallModelsShown],
      hallStandInIds: () => [...standInsShown],
      audio: audioState,
      howlCount,
      screenTextures: screenTextureCount,
      videoTime: (id) => liveVideos.get(id)?.currentTime ?? null,
      progress,
      guide: guideNow,
      renderInfo: () => ({
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        programs: gl.info.programs?.length ?? 0,
        frame: gl.info.render.frame,
      }),
      offline: offlineStatus,
      stage: () => {
        const { video, ...rest } = stageProbe;
        return { ...rest, currentTime: video?.currentTime ?? 0 };
      },
    };
    window.__pavilion = probe;
    return () => {
      offGuide();
      // A replaced canvas's root is torn down after the new one has published its own probe.
      if (window.__pavilion !== probe) return;
      delete document.body.dataset.guide;
      delete window.__pavilion;
      delete document.body.dataset.firstFrame;
    };
  }, [gl, visitor, progress, guide]);
  useFrame(() => {
    if (!progress.shown) return; // covered by the loading curtain: nothing is drawn
    // Nor while the context is lost (three skips render()): a watchdog sees those frames as stalled.
    if (gl.getContext().isContextLost()) return;
    frames.current++;
    if (window.__pavilion) window.__pavilion.frames = frames.current;
    if (frames.current === 2) {
      performance.mark('pavilion:first-frame');
      document.body.dataset.firstFrame = 'true';
    }
  });
  return null;
}
