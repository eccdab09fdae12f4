import { createRoot, events, extend, type ReconcilerRoot, type RenderProps } from '@react-three/fiber';
import { Suspense, useEffect, useInsertionEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { CanvasGeneration } from './CanvasGeneration';
import { pausePageAnimations } from './pausePageAnimations';
import { SceneErrorBoundary } from '../../boot/SceneErrorBoundary';
import * as catalogue from './sceneCatalogue';

// R3F's <Canvas> registers the whole THREE namespace as JSX elements, which keeps all of three in
// the first script (about 40 KB gzip more). This root registers only what the scene uses.
extend(catalogue);

type Config = Omit<RenderProps<HTMLCanvasElement>, 'size' | 'events'>;

/**
 * How long a lost context may take to come back before the canvas is replaced. Chrome restores
 * a context soon after a GPU process restart when the page asked for it (three's renderer does,
 * by cancelling `webglcontextlost`); it never restores one it has blocked, or one lost through
 * WEBGL_lose_context. A new canvas gets a new context, and rebuilding the hall on it takes
 * 1–2 s in software rendering: waiting longer here would miss the 3 s in which the hall must
 * be drawn again.
 */
const RESTORE_WAIT_MS = 700;
/** How long page animations stay paused for a new canvas's first frames (see pausePageAnimations). */
const REMOUNT_ANIMATION_PAUSE_MS = 3000;

interface Props {
  config: Config;
  label: string;
  children: ReactNode;
}

/**
 * A full-size canvas with an R3F root, for the catalogue above. It creates the WebGL context as
 * soon as it is mounted, so the page can mount it before the hall has loaded. Errors (no
 * context, a throwing component) are rethrown here, for the page's error boundary.
 */
export function SceneCanvas({ config, label, children }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [error, setError] = useState<unknown>(null);
  // Bumped to replace the canvas whose context was lost for good (a key: a new element).
  const [generation, setGeneration] = useState(0);
  if (error) throw error;

  useLayoutEffect(() => {
    const canvas = canvasRef.current!;
    const parent = canvas.parentElement!;
    const measure = () => setSize({ width: parent.clientWidth, height: parent.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, []);

  // Configured when the size or the configuration changes, not on every render: R3F puts the
  // configured pixel ratio back on each configure. The root outlives StrictMode's effect replay
  // (insertion effects are not replayed), so the context is created once.
  const rootCanvas = useRef<HTMLCanvasElement | null>(null);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || size.width === 0 || size.height === 0) return;
    if (root.current && rootCanvas.current !== canvas) {
      // The canvas was replaced: its root (and the lost context) goes, a new one takes the new canvas.
      root.current.unmount();
      root.current = null;
    }
    rootCanvas.current = canvas;
    root.current ??= createRoot(canvas);
    root.current.configure({ ...config, events, size: { ...size, top: 0, left: 0 } }).catch(setError);
  }, [size, config, generation]);

  // After the configuration above, in the same commit: R3F renders only once configured.
  useLayoutEffect(() => {
    root.current?.render(
      <SceneErrorBoundary onError={setError}>
        <CanvasGeneration.Provider value={generation}>
          <Suspense fallback={null}>{children}</Suspense>
        </CanvasGeneration.Provider>
      </SceneErrorBoundary>,
    );
  }, [size, children, generation]);

  // A lost context not restored within RESTORE_WAIT_MS: a new canvas, and with it a new context.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let timer = 0;
    let resumeTimer = 0;
    let resume: (() => void) | null = null;
    const resumeAnimations = () => {
      resume?.();
      resume = null;
    };
    const lost = () => {
      clearTimeout(timer);
      console.warn('[webgl] the context was lost');
      resume ??= pausePageAnimations();
      timer = window.setTimeout(() => {
        console.warn('[webgl] the context did not come back: a new canvas');
        setGeneration((g) => g + 1);
        // The new canvas compiles its shaders in its first frames, a few seconds at most.
        resumeTimer = window.setTimeout(resumeAnimations, REMOUNT_ANIMATION_PAUSE_MS);
      }, RESTORE_WAIT_MS);
    };
    const restored = () => {
      clearTimeout(timer);
      console.warn('[webgl] the context was restored');
      // The first frame after a restore compiles every shader: play again once it is drawn.
      requestAnimationFrame(() => requestAnimationFrame(resumeAnimations));
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
      // A replaced canvas's listeners go with it: the pause ends on its own clock.
      if (resume && !resumeTimer) resumeAnimations();
    };
  }, [generation]);

  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
    },
    [],
  );

  return (
    <div style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}>
      <canvas
        key={generation}
        ref={canvasRef}
        aria-label={label}
        role="img"
        style={{ display: 'block', width: '100%', height: '100%' }}
      />
    </div>
  );
}
