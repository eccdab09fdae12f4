import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { FIRST_VIEW_MAX_WAIT_MS, firstViewReady, sceneProgress } from '../../state/sceneProgress';

/**
 * Takes over rendering (a priority above 0) to skip it while the loading curtain hides the
 * hall: covered frames only paint and upload boards, signs and posters, so they stay short,
 * and the first frame drawn already has them. Drawing a hidden hall at full size cost up to a
 * third of a second a frame in software rendering, and battery on a phone.
 */
export function RenderGate() {
  const start = useRef(performance.now());
  const compiled = useRef(false);
  useFrame(({ gl, scene, camera }) => {
    if (!sceneProgress.shown) {
      if (!firstViewReady() && performance.now() - start.current < FIRST_VIEW_MAX_WAIT_MS) return;
      if (!compiled.current) {
        // The programs of everything visible, asked for a frame ahead: the GPU process links
        // them meanwhile, instead of within the first frame drawn (a no-op when the warm-up
        // already has them).
        compiled.current = true;
        gl.compile(scene, camera);
        return;
      }
      sceneProgress.shown = true;
      performance.mark('pavilion:first-view');
    }
    gl.render(scene, camera);
  }, 1);
  return null;
}
