import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { pageFlags, type Mode } from './boot/flags';
import { loadHallOffThread } from './manifest/loadHallOffThread';
import { PavilionContext } from './context/PavilionContext';
import { motionStore, pageClock, pagePrefs } from './context/pageStores';
import { createPavilion } from './state/pavilion';
import { TourMode } from './modes/tour/TourMode';

/** Every mode but the tour is a chunk of its own, fetched only on its page. */
const MODES: Partial<Record<Mode, LazyExoticComponent<ComponentType>>> = {
  studio: lazy(() => import('./modes/studio/StudioMode').then((m) => ({ default: m.StudioMode }))),
  review: lazy(() => import('./modes/review/ReviewMode').then((m) => ({ default: m.ReviewMode }))),
  kiosk: lazy(() => import('./modes/kiosk/KioskMode').then((m) => ({ default: m.KioskMode }))),
};

/** The page's view width / height: where a visitor stands to see a booth depends on it. */
const viewAspect = () => window.innerWidth / Math.max(1, window.innerHeight);

/** Assembles the page: one pavilion instance, and the mode the URL asks for. */
export function App() {
  const [pavilion] = useState(() =>
    createPavilion({
      loader: loadHallOffThread,
      aspect: viewAspect,
      clock: pageClock,
      passportStorage: pagePrefs,
      // A kiosk runs unattended: its attract tour must move by itself.
      reducedMotion: pageFlags.kiosk ? undefined : () => motionStore.getState().reduced,
    }),
  );
  const Mode = MODES[pageFlags.mode];
  return (
    <PavilionContext.Provider value={pavilion}>
      {Mode ? (
        <Suspense fallback={null}>
          <Mode />
        </Suspense>
      ) : (
        <TourMode />
      )}
    </PavilionContext.Provider>
  );
}
