import { useStore } from 'zustand';
import type { GuideState } from '../state/guideStore';
import { usePavilion } from './usePavilion';

/** A field of this pavilion's guided tour; re-renders when that field changes. */
export function useGuide<T>(selector: (s: GuideState) => T): T {
  return useStore(usePavilion().guide, selector);
}
