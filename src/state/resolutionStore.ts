import { createStore, type StoreApi } from 'zustand/vanilla';

export interface ResolutionState {
  /** The canvas's pixel ratio as the resolution governor last chose it; null before it has. */
  dpr: number | null;
}

/**
 * One canvas's pixel ratio, written by AdaptiveResolution only when it changes (a few times a
 * visit at most). The canvas is configured with it: a reconfiguration (a window resize, the hall
 * arriving) would otherwise put the ratio back to the configured one, and on a software GPU each
 * change of ratio reallocates the drawing buffer, a frame of 0.1–0.4 s. One per canvas: a
 * preview's canvas governs its own.
 */
export function createResolutionStore(): StoreApi<ResolutionState> {
  return createStore<ResolutionState>()(() => ({ dpr: null }));
}
