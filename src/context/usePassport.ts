import { useStore } from 'zustand';
import type { PassportState } from '../state/passportStore';
import { usePavilion } from './usePavilion';

/** A field of this pavilion's passport store; re-renders when that field changes. */
export function usePassport<T>(selector: (s: PassportState) => T): T {
  return useStore(usePavilion().passport, selector);
}
