import { lazy, Suspense, useEffect, useState } from 'react';
import { useTour } from '../context/useTour';

const BoothPanel = lazy(() => import('./panel/BoothPanel').then((m) => ({ default: m.BoothPanel })));

/**
 * The booth panel and its media viewers stay out of the page's first script: they load when
 * a booth is first opened, or once the hall is up and the page is idle, whichever is first.
 */
export function LazyBoothPanel() {
  const opened = useTour((s) => s.openBoothId !== null);
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const later = () => setIdle(true);
    // Safari has no requestIdleCallback.
    const ric = (window as Partial<Pick<Window, 'requestIdleCallback'>>).requestIdleCallback;
    if (ric) {
      const id = ric(later, { timeout: 4000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(later, 2000);
    return () => clearTimeout(id);
  }, []);
  if (!opened && !idle) return null;
  return (
    <Suspense fallback={null}>
      <BoothPanel />
    </Suspense>
  );
}
