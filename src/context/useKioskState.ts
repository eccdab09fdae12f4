import { useContext } from 'react';
import { useStore } from 'zustand';
import type { KioskState } from '../state/kioskStore';
import { KioskContext, type KioskRuntime } from './KioskContext';

/** This page's kiosk, or null off a kiosk. */
export function useKiosk(): KioskRuntime | null {
  return useContext(KioskContext);
}

/** A field of the kiosk's idle state, for the parts only a kiosk mounts. */
export function useKioskState<T>(selector: (s: KioskState) => T): T {
  const kiosk = useContext(KioskContext);
  if (!kiosk) throw new Error('useKioskState: not inside a kiosk (KioskContext)');
  return useStore(kiosk.store, selector);
}
