import type { StandIn } from './bakeModel';

/**
 * Stand-ins learned from models baked while the visitor was near (by model URL), kept for the
 * page's life: a few numbers each. `version` counts what was learned, so the hall's stand-ins
 * know to rebuild.
 */
export const learnedStandIns = { byUrl: new Map<string, StandIn>(), version: 0 };

export function learnStandIn(url: string, standIn: StandIn): void {
  if (learnedStandIns.byUrl.has(url)) return;
  learnedStandIns.byUrl.set(url, standIn);
  learnedStandIns.version++;
}

/** Booths whose learned stand-in is drawn now (not their plinth alone), for the page's read-only window. */
export const standInsShown = new Set<string>();
