import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialIdle, stepIdle, type IdleEvent, type IdleState, type IdleTimes } from './kioskIdle';

export interface KioskState extends IdleState {
  times: IdleTimes;
  dispatch: (e: IdleEvent) => void;
}

/** One kiosk screen's attention (see kioskIdle): a store, so its overlays re-render on a phase change only. */
export function createKioskStore(times: IdleTimes, now: number): StoreApi<KioskState> {
  return createStore<KioskState>()((set, get) => ({
    ...initialIdle(now),
    times,
    dispatch: (e) => {
      const cur = get();
      const next = stepIdle(cur, e, times);
      // Input arrives many times a second while a finger moves: only a changed phase re-renders,
      // the last-input time is written without notifying.
      if (next.phase !== cur.phase || next.resets !== cur.resets || next.since !== cur.since) set(next);
      else if (next.lastInput !== cur.lastInput) Object.assign(cur, { lastInput: next.lastInput });
    },
  }));
}
