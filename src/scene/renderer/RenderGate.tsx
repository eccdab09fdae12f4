import { useFrame } from '@react-three/fiber';
import { useContext, useRef } from 'react';
import { usePavilion } from '../../context/usePavilion';
import { FIRST_VIEW_MAX_WAIT_MS, firstViewReady } from '../../state/sceneProgress';
import { CanvasGeneration } from './CanvasGeneration';

/**
 * On a canvas that replaced one whose context was lost, the visitor is looking at an empty
 * stage: the hall is drawn almost at once, and signs and posters fill in as they arrive.
 */
const REPLACED_MAX_WAIT_MS = 250;

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
  const maxWait = useContext(CanvasGeneration) > 0 ? REPLACED_MAX_WAIT_MS : FIRST_VIEW_MAX_WAIT_MS;
  useFrame(({ gl, scene, camera }) => {
    if (!progress.shown) {
      if (start.current < 0) start.current = performance.now();
      if (!firstViewReady(progress) && performance.now() - start.current < maxWait) return;
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
