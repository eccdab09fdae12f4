import { useStore } from 'zustand';
import type { HallState } from '../state/hallStore';
import { usePavilion } from './usePavilion';

/** A field of this pavilion's hall store; re-renders when that field changes. */
export function useHall<T>(selector: (s: HallState) => T): T {
  return useStore(usePavilion().hall, selector);
}
