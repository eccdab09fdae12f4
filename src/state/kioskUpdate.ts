import { createStore } from 'zustand/vanilla';

/**
 * A kiosk's pending update: a newly published hall (its bundle and media already cached) or a
 * new build of the app (its service worker installed and waiting). The kiosk shell reads
 * `pendingUpdate` and calls `applyUpdate()` at its next idle reset, never mid-visit; applying
 * reloads the page (modes/kiosk/useKioskOffline supplies how).
 */
export type UpdateReason = 'hall' | 'app';

export interface KioskUpdateState {
  pendingUpdate: boolean;
  /** What is waiting (both may be). */
  reasons: UpdateReason[];
  /** Applies what is waiting: reloads the page. Does nothing while nothing waits. */
  applyUpdate: () => void;
}

let apply: (() => void) | null = null;

export const kioskUpdate = createStore<KioskUpdateState>()(() => ({
  pendingUpdate: false,
  reasons: [],
  applyUpdate: () => {
    if (kioskUpdate.getState().pendingUpdate) apply?.();
  },
}));

/** Marks an update ready; `applyWith` is how to apply it (activate a waiting worker, reload). */
export function markUpdateReady(reason: UpdateReason, applyWith: () => void): void {
  apply = applyWith;
  const { reasons } = kioskUpdate.getState();
  kioskUpdate.setState({ pendingUpdate: true, reasons: reasons.includes(reason) ? reasons : [...reasons, reason] });
}

/** Forgets a pending update (the page unmounted its kiosk, a test's clean-up). */
export function clearUpdate(): void {
  apply = null;
  kioskUpdate.setState({ pendingUpdate: false, reasons: [] });
}
