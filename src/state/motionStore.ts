import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PrefStorage } from './prefs';

const KEY = 'pavilion.motion';

/** The visitor's own choice, or the system's `prefers-reduced-motion`. */
export type MotionChoice = 'system' | 'reduce' | 'full';

export interface MotionState {
  choice: MotionChoice;
  /** What the system asks for now (`prefers-reduced-motion: reduce`). */
  system: boolean;
  /** Motion is reduced: booth screens show posters, walks cut, the guided tour waits to be asked. */
  reduced: boolean;
  setChoice: (choice: MotionChoice) => void;
  setSystem: (reduce: boolean) => void;
}

const reducedOf = (choice: MotionChoice, system: boolean) => (choice === 'system' ? system : choice === 'reduce');

/** Reduced motion: the visitor's choice (remembered in `prefs`) over the system's, followed live. */
export function createMotionStore(prefs: PrefStorage, systemReduces: boolean): StoreApi<MotionState> {
  const kept = prefs.get(KEY);
  const choice: MotionChoice = kept === 'reduce' || kept === 'full' ? kept : 'system';
  return createStore<MotionState>()((set, get) => ({
    choice,
    system: systemReduces,
    reduced: reducedOf(choice, systemReduces),
    setChoice: (c) => {
      prefs.set(KEY, c);
      set({ choice: c, reduced: reducedOf(c, get().system) });
    },
    setSystem: (system) => set({ system, reduced: reducedOf(get().choice, system) }),
  }));
}
