import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { audioState, howlCount } from '../../audio/hallAudio';
import { usePavilion } from '../../context/usePavilion';
import type { SceneProgress } from '../../state/sceneProgress';
import type { Visitor } from '../../state/visitor';
import { liveVideos } from '../video/liveVideos';

declare global {
  interface Window {
    /** Read-only window on the running pavilion, for browser tests, the bench and kiosk watchdogs. */
    __pavilion?: {
      frames: number;
      visitor: Visitor;
      liveVideoCount: () => number;
      liveVideoIds: () => string[];
      audio: typeof audioState;
      /** Howls alive in howler (the soak checks they come back to baseline). */
      howlCount: () => number;
      videoTime: (boothId: string) => number | null;
      progress: SceneProgress;
      /** `frame`: frames three.js actually drew since its context was (re)made; it stands still while the context is lost. */
      renderInfo: () => {
        calls: number;
        triangles: number;
        geometries: number;
        textures: number;
        programs: number;
        frame: number;
      };
    };
  }
}

/** Marks the first rendered frame on <body> and exposes counters; costs one increment a frame. */
export function FrameProbe() {
  const gl = useThree((s) => s.gl);
  const { visitor, progress } = usePavilion();
  const frames = useRef(0);
  useEffect(() => {
    window.__pavilion = {
      frames: 0,
      visitor,
      liveVideoCount: () => liveVideos.size,
      liveVideoIds: () => [...liveVideos.keys()],
      audio: audioState,
      howlCount,
      videoTime: (id) => liveVideos.get(id)?.currentTime ?? null,
      progress,
      renderInfo: () => ({
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        programs: gl.info.programs?.length ?? 0,
        frame: gl.info.render.frame,
      }),
    };
    return () => {
      delete window.__pavilion;
      delete document.body.dataset.firstFrame;
    };
  }, [gl, visitor, progress]);
  useFrame(() => {
    if (!progress.shown) return; // covered by the loading curtain: nothing is drawn
    frames.current++;
    if (window.__pavilion) window.__pavilion.frames = frames.current;
    if (frames.current === 2) {
      performance.mark('pavilion:first-frame');
      document.body.dataset.firstFrame = 'true';
    }
  });
  return null;
}
