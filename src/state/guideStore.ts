import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TourStop } from '../hall/tourRoute';

/** One stop of a running guided tour: the booth and the caption line said there. */
export type GuideStop = TourStop;

export type GuideStatus = 'off' | 'travelling' | 'dwelling' | 'paused';

export interface GuideState {
  status: GuideStatus;
  stops: GuideStop[];
  /** The stop walked to or stood at now. */
  index: number;
  /** After the last stop, start again from the first (a kiosk's attract loop). */
  loop: boolean;
  /** Play a stop's audio guide, where its booth has one. */
  voice: boolean;
  /** What `resume` returns to, and who paused: an open booth panel resumes the tour when it closes. */
  paused: { from: 'travelling' | 'dwelling'; by: 'visitor' | 'panel' } | null;
  /** Counts walks begun: a new value tells the driver to set off, even to the same stop again. */
  leg: number;
  /** Stops skipped in a row as unreachable; every one of them unreachable ends the tour. */
  misses: number;
  start: (opts: { stops: GuideStop[]; loop: boolean; voice: boolean }) => void;
  pause: (by?: 'visitor' | 'panel') => void;
  resume: () => void;
  next: () => void;
  previous: () => void;
  stop: () => void;
  /** The driver: the visitor stands at the current stop. */
  arrived: () => void;
  /** The driver: the stop's dwell (or its audio) is over. */
  dwellDone: () => void;
  /** The driver: no path leads to the current stop's booth. */
  unreachable: () => void;
}

const off = (): Pick<GuideState, 'status' | 'stops' | 'index' | 'paused' | 'misses'> => ({
  status: 'off',
  stops: [],
  index: 0,
  paused: null,
  misses: 0,
});

/** The guided tour's progress: pure transitions; GuideDriver walks the visitor and reports back. */
export function createGuideStore(): StoreApi<GuideState> {
  return createStore<GuideState>()((set, get) => {
    /** Sets off for stop `index`, wrapping (loop) or ending the tour past either end. */
    const travelTo = (index: number, extra: Partial<GuideState> = {}) => {
      const { stops, loop, leg } = get();
      const n = stops.length;
      if (index >= n && !loop) return set(off());
      const i = ((index % n) + n) % n;
      set({ status: 'travelling', index: i, paused: null, leg: leg + 1, ...extra });
    };
    const active = () => get().status !== 'off';
    return {
      ...off(),
      loop: false,
      voice: false,
      leg: 0,
      start: ({ stops, loop, voice }) => {
        if (!stops.length) return set(off());
        set({ stops, loop, voice, misses: 0 });
        travelTo(0);
      },
      pause: (by = 'visitor') => {
        const { status } = get();
        if (status === 'travelling' || status === 'dwelling') set({ status: 'paused', paused: { from: status, by } });
      },
      resume: () => {
        const { status, paused } = get();
        if (status === 'paused' && paused) set({ status: paused.from, paused: null });
      },
      next: () => {
        if (active()) travelTo(get().index + 1, { misses: 0 });
      },
      previous: () => {
        const { index, loop } = get();
        if (active()) travelTo(index === 0 && !loop ? 0 : index - 1, { misses: 0 });
      },
      stop: () => set(off()),
      arrived: () => {
        if (get().status === 'travelling') set({ status: 'dwelling', misses: 0 });
      },
      dwellDone: () => {
        if (get().status === 'dwelling') travelTo(get().index + 1);
      },
      unreachable: () => {
        const { status, misses, stops, index } = get();
        if (status !== 'travelling') return;
        if (misses + 1 >= stops.length) return set(off());
        travelTo(index + 1, { misses: misses + 1 });
      },
    };
  });
}
