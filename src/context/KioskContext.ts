import { createContext } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { KioskSettings } from '../state/kioskSettings';
import type { KioskState } from '../state/kioskStore';

export interface KioskRuntime {
  settings: KioskSettings;
  store: StoreApi<KioskState>;
}

/** The kiosk screen this page is, or null (the tour, the studio, the review page). */
export const KioskContext = createContext<KioskRuntime | null>(null);
