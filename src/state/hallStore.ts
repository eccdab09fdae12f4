import { createStore, type StoreApi } from 'zustand/vanilla';
import { buildWorld, type HallWorld } from '../hall/world';
import { HallLoadError, type LoadedHall, type LoadProgress, type ManifestProblem } from '../manifest';

export type HallStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Fetches and checks a hall and its booths (in the page: off the main thread). */
export type HallLoader = (
  hallUrl: string,
  opts: { appOrigin: string; onProgress: (p: LoadProgress) => void },
) => Promise<LoadedHall>;

export interface HallState {
  status: HallStatus;
  hallUrl: string | null;
  loaded: LoadedHall | null;
  /** Floor plan, collision and path-finding data, built once when the hall loads. */
  world: HallWorld | null;
  progress: LoadProgress;
  /** Why the hall itself could not be opened (its booths' problems live in `loaded`). */
  error: ManifestProblem[] | string | null;
  load: (hallUrl: string, appOrigin: string) => Promise<void>;
  fail: (message: string) => void;
}

function logProblems(loaded: LoadedHall): void {
  for (const p of loaded.problems)
    (p.severity === 'error' ? console.error : console.warn)(`[manifest] ${p.file}${p.path ? `: ${p.path}` : ''}: ${p.message}`);
}

export function createHallStore(loader: HallLoader): StoreApi<HallState> {
  return createStore<HallState>()((set, get) => ({
    status: 'idle',
    hallUrl: null,
    loaded: null,
    world: null,
    progress: { loaded: 0, total: 0 },
    error: null,
    load: async (hallUrl, appOrigin) => {
      // Idempotent: a second mount (React StrictMode in development) must not fetch twice.
      const cur = get();
      if (cur.hallUrl === hallUrl && (cur.status === 'loading' || cur.status === 'ready')) return;
      set({ status: 'loading', hallUrl, loaded: null, world: null, error: null, progress: { loaded: 0, total: 0 } });
      try {
        const loaded = await loader(hallUrl, { appOrigin, onProgress: (progress) => set({ progress }) });
        if (get().hallUrl !== hallUrl) return; // a newer load won
        logProblems(loaded);
        performance.mark('pavilion:manifests-loaded');
        set({ status: 'ready', loaded, world: buildWorld(loaded.hall, loaded.booths) });
      } catch (e) {
        if (get().hallUrl !== hallUrl) return;
        set({ status: 'error', error: e instanceof HallLoadError ? e.problems : String(e) });
      }
    },
    fail: (message) => set({ status: 'error', error: message }),
  }));
}
