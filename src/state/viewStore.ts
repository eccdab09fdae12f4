import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PrefStorage } from './prefs';

const KEY = 'pavilion.view';

/** The 3D hall, or its 2D twin: the same booths and URLs as headings, lists and pages. */
export type View = '2d' | '3d';

export interface ViewState {
  view: View;
  /** Switches view and remembers it: a screen-reader user should not have to ask on every visit. */
  setView: (view: View) => void;
}

/** `?view=2d` or `?view=3d` (a link may open either); anything else asks for nothing. */
export function parseViewParam(raw: string | null): View | null {
  return raw === '2d' || raw === '3d' ? raw : null;
}

/** Whether the visitor has ever chosen a view on this device (then nothing is suggested to them). */
export function hasChosenView(prefs: PrefStorage): boolean {
  return prefs.get(KEY) !== null;
}

/**
 * Which view the page shows. `asked` is the URL's `?view=` (a link for one visit: not remembered);
 * else the visitor's last choice; else the 3D hall.
 */
export function createViewStore(prefs: PrefStorage, asked: View | null): StoreApi<ViewState> {
  const kept = prefs.get(KEY);
  const initial: View = asked ?? (kept === '2d' ? '2d' : '3d');
  return createStore<ViewState>()((set) => ({
    view: initial,
    setView: (view) => {
      prefs.set(KEY, view);
      set({ view });
    },
  }));
}
