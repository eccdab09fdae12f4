import { lazy, Suspense } from 'react';
import { useTour } from '../context/useTour';
import { useIdleOrWanted } from './useIdleOrWanted';

const BoothPanel = lazy(() => import('./panel/BoothPanel').then((m) => ({ default: m.BoothPanel })));

/**
 * The booth panel and its media viewers stay out of the page's first script: they load when
 * a booth is first opened, or once the hall is up and the page is idle, whichever is first.
 */
export function LazyBoothPanel() {
  const mount = useIdleOrWanted(useTour((s) => s.openBoothId !== null));
  if (!mount) return null;
  return (
    <Suspense fallback={null}>
      <BoothPanel />
    </Suspense>
  );
}
