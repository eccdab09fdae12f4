import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Hall, ManifestProblem } from '../manifest';
import type { loadProgramme, Programme } from '../manifest/programme';

export type ProgrammeStatus = 'none' | 'loading' | 'ready' | 'error';

export interface ProgrammeState {
  /** `none`: the hall names no programme (or none was asked for yet). */
  status: ProgrammeStatus;
  programme: Programme | null;
  problems: ManifestProblem[];
  /** Loads the hall's programme once; a broken one leaves the hall as it is. */
  load: (hall: Hall, appOrigin: string) => Promise<void>;
}

type Loader = typeof loadProgramme;

/** The parser (zod) is its own chunk, fetched after the hall is up: never before the first frame. */
const defaultLoader: Loader = async (hall, opts) => (await import('../manifest/programme')).loadProgramme(hall, opts);

export function createProgrammeStore(loader: Loader = defaultLoader): StoreApi<ProgrammeState> {
  let loadingFor: string | null = null;
  return createStore<ProgrammeState>()((set) => ({
    status: 'none',
    programme: null,
    problems: [],
    load: async (hall, appOrigin) => {
      if (!hall.programmeUrl || loadingFor === hall.programmeUrl) return;
      loadingFor = hall.programmeUrl;
      set({ status: 'loading', programme: null, problems: [] });
      const { programme, problems } = await loader(hall, { appOrigin });
      if (loadingFor !== hall.programmeUrl) return;
      for (const p of problems)
        (p.severity === 'error' ? console.error : console.warn)(
          `[manifest] ${p.file}${p.path ? `: ${p.path}` : ''}: ${p.message}`,
        );
      set({ status: programme ? 'ready' : 'error', programme, problems });
    },
  }));
}
