import type { StoreApi } from 'zustand/vanilla';
import type { Clock } from '../programme/clock';
import { createHeadsetStore, type HeadsetState } from './headsetStore';
import { createHallStore, type HallLoader, type HallState } from './hallStore';
import { createGuideStore, type GuideState } from './guideStore';
import { createNavigation, type Navigation } from './navigation';
import { createProgrammeStore, type ProgrammeState } from './programmeStore';
import { createPassportStore, type PassportState } from './passportStore';
import { memoryPrefs, type PrefStorage } from './prefs';
import { passportHall } from '../programme/passport';
import { createSceneProgress, type SceneProgress } from './sceneProgress';
import { createTourStore, type TourState } from './tourStore';
import { createVisitor, type Visitor } from './visitor';

/**
 * One pavilion on a page: its hall, its tour, its visitor and how the visitor moves, and how far
 * its first view has come. The tour makes one; a booth preview in the studio makes its own, so
 * walking in the preview never moves the hall's visitor or opens the hall's panels.
 */
export interface Pavilion {
  hall: StoreApi<HallState>;
  tour: StoreApi<TourState>;
  /** The guided tour: its route and where along it the visitor is. */
  guide: StoreApi<GuideState>;
  /** The week's programme, loaded after the hall (sessions, contests, classes). */
  programme: StoreApi<ProgrammeState>;
  /** What time it is in this pavilion: the real time, or from `?now=` on (organisers' preview, tests). */
  clock: Clock;
  /** The visitor's booth passport for this hall (its stamps and badges). */
  passport: StoreApi<PassportState>;
  visitor: Visitor;
  /** The pavilion in a VR headset, where the browser offers one (the tour's canvas only). */
  headset: StoreApi<HeadsetState>;
  nav: Navigation;
  progress: SceneProgress;
  /**
   * Where walking keys count: anywhere on the page (the tour), or only while focus is inside the
   * canvas's own box (a preview beside a form, whose keys must type and scroll as usual).
   */
  walkKeys: 'page' | 'canvas';
}

export function createPavilion(opts: {
  loader: HallLoader;
  aspect: () => number;
  walkKeys?: 'page' | 'canvas';
  clock?: Clock;
  /** Reduced motion now (the page's setting): automatic walks cut instead of gliding. */
  reducedMotion?: () => boolean;
  /** Where the passport's stamps are kept: the page's storage for the tour; memory (the default) for a preview. */
  passportStorage?: PrefStorage;
}): Pavilion {
  const hall = createHallStore(opts.loader);
  const visitor = createVisitor();
  const passport = createPassportStore(opts.passportStorage ?? memoryPrefs());
  // The passport follows the hall: its booths and zones, and the stamps kept for it.
  hall.subscribe((s, prev) => {
    if (s.loaded && s.loaded !== prev.loaded) passport.getState().bindHall(passportHall(s.loaded.hall, s.loaded.booths));
  });
  return {
    hall,
    tour: createTourStore(),
    guide: createGuideStore(),
    programme: createProgrammeStore(),
    clock: opts.clock ?? Date.now,
    passport,
    visitor,
    headset: createHeadsetStore(),
    nav: createNavigation({ hall, visitor, aspect: opts.aspect, reducedMotion: opts.reducedMotion }),
    progress: createSceneProgress(),
    walkKeys: opts.walkKeys ?? 'page',
  };
}
