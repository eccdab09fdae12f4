import { lazy, Suspense } from 'react';
import { useTour } from '../context/useTour';
import { useIdleOrWanted } from './useIdleOrWanted';

const Directory = lazy(() => import('./Directory').then((m) => ({ default: m.Directory })));

/**
 * The directory and its search stay out of the page's first script: they load when it is first
 * opened, or once the hall is up and the page is idle, whichever is first.
 */
export function LazyDirectory({ webgl }: { webgl: boolean }) {
  const mount = useIdleOrWanted(useTour((s) => s.directoryOpen));
  if (!mount) return null;
  return (
    <Suspense fallback={null}>
      <Directory webgl={webgl} />
    </Suspense>
  );
}
