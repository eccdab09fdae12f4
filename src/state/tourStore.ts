import { createStore, type StoreApi } from 'zustand/vanilla';

/** Where the visitor is going and what they have open: slow-changing tour state. */
export interface TourState {
  /** Booth whose panel is open. */
  openBoothId: string | null;
  /** Booth the visitor is standing at (updated a few times a second, not per frame). */
  nearestBoothId: string | null;
  /** Booths awake now (their video may play): nearest few. */
  awakeBoothIds: string[];
  directoryOpen: boolean;
  /** Booths whose panel this visitor opened, first visit first (a kiosk hands them to a phone). */
  visited: string[];
  /** Booth whose panel opens when the current automatic walk arrives. */
  pendingOpenId: string | null;
  setPendingOpen: (id: string | null) => void;
  openBooth: (id: string | null) => void;
  setNearest: (id: string | null) => void;
  setAwake: (ids: string[]) => void;
  setDirectoryOpen: (open: boolean) => void;
  /** Forgets this visitor: panels and directory closed, nothing visited (a kiosk's reset). */
  resetSession: () => void;
}

export function createTourStore(): StoreApi<TourState> {
  return createStore<TourState>()((set, get) => ({
    openBoothId: null,
    nearestBoothId: null,
    awakeBoothIds: [],
    directoryOpen: false,
    visited: [],
    pendingOpenId: null,
    setPendingOpen: (pendingOpenId) => set({ pendingOpenId }),
    openBooth: (id) => {
      const visited = get().visited;
      set(id && !visited.includes(id) ? { openBoothId: id, visited: [...visited, id] } : { openBoothId: id });
    },
    setNearest: (id) => {
      if (get().nearestBoothId !== id) set({ nearestBoothId: id });
    },
    setAwake: (ids) => {
      const cur = get().awakeBoothIds;
      if (cur.length !== ids.length || cur.some((x, i) => x !== ids[i])) set({ awakeBoothIds: ids });
    },
    setDirectoryOpen: (directoryOpen) => set({ directoryOpen }),
    resetSession: () => set({ openBoothId: null, directoryOpen: false, pendingOpenId: null, visited: [] }),
  }));
}
