import { useStore } from 'zustand';
import type { TourState } from '../state/tourStore';
import { usePavilion } from './usePavilion';

/** A field of this pavilion's tour store; re-renders when that field changes. */
export function useTour<T>(selector: (s: TourState) => T): T {
  return useStore(usePavilion().tour, selector);
}
