import { createRoot, events, extend, type ReconcilerRoot, type RenderProps } from '@react-three/fiber';
import { Suspense, useInsertionEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import * as catalogue from './sceneCatalogue';

// R3F's <Canvas> registers the whole THREE namespace as JSX elements, which keeps all of three in
// the first script (about 40 KB gzip more). This root registers only what the scene uses.
extend(catalogue);

type Config = Omit<RenderProps<HTMLCanvasElement>, 'size' | 'events'>;

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
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || size.width === 0 || size.height === 0) return;
    root.current ??= createRoot(canvas);
    root.current.configure({ ...config, events, size: { ...size, top: 0, left: 0 } }).catch(setError);
  }, [size, config]);

  // After the configuration above, in the same commit: R3F renders only once configured.
  useLayoutEffect(() => {
    root.current?.render(
      <SceneErrorBoundary onError={setError}>
        <Suspense fallback={null}>{children}</Suspense>
      </SceneErrorBoundary>,
    );
  }, [size, children]);

  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
    },
    [],
  );

  return (
    <div style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}>
      <canvas ref={canvasRef} aria-label={label} role="img" style={{ display: 'block', width: '100%', height: '100%' }} />
    </div>
  );
}
