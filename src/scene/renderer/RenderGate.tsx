import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { usePavilion } from '../../context/usePavilion';
import { FIRST_VIEW_MAX_WAIT_MS, firstViewReady } from '../../state/sceneProgress';

/**
 * Takes over rendering (a priority above 0) to skip it while the loading curtain hides the
 * hall: covered frames only paint and upload boards, signs and posters, so they stay short,
 * and the first frame drawn already has them. Drawing a hidden hall at full size cost up to a
 * third of a second a frame in software rendering, and battery on a phone.
 */
export function RenderGate() {
  const { progress } = usePavilion();
  // When the first frame ran: the first view waits at most FIRST_VIEW_MAX_WAIT_MS from then.
  const start = useRef(-1);
  const compiled = useRef(false);
  useFrame(({ gl, scene, camera }) => {
    if (!progress.shown) {
      if (start.current < 0) start.current = performance.now();
      if (!firstViewReady(progress) && performance.now() - start.current < FIRST_VIEW_MAX_WAIT_MS) return;
      if (!compiled.current) {
        // The programs of everything visible, asked for a frame ahead: the GPU process links
        // them meanwhile, instead of within the first frame drawn (a no-op when the warm-up
        // already has them).
        compiled.current = true;
        gl.compile(scene, camera);
        return;
      }
      progress.shown = true;
      performance.mark('pavilion:first-view');
    }
    gl.render(scene, camera);
  }, 1);
  return null;
}
