/**
 * How a kiosk's offline cache stands, for tests and watchdogs (`window.__pavilion.offline`) and
 * `<body data-offline-cache>`. A plain object the kiosk's offline hook keeps current: ordinary
 * pages carry it at `off` and never load the code that changes it.
 */
export type OfflineCacheState = 'off' | 'filling' | 'ready';

export interface OfflineStatus {
  state: OfflineCacheState;
  /** Booth media held for offline use, within the kiosk's budget. */
  cachedBytes: number;
  cachedFiles: number;
  /** Whether the service worker controls this page (the app shell then loads offline). */
  controlled: boolean;
  /** A newer hall (cached) or build (installed) waits for the kiosk's next idle reset (state/kioskUpdate). */
  pendingUpdate: boolean;
}

export const offlineStatus: OfflineStatus = {
  state: 'off',
  cachedBytes: 0,
  cachedFiles: 0,
  controlled: false,
  pendingUpdate: false,
};
