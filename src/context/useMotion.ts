import { useStore } from 'zustand';
import type { MotionState } from '../state/motionStore';
import { motionStore } from './pageStores';

/** A field of the page's motion setting; re-renders when it changes. */
export function useMotion<T>(selector: (s: MotionState) => T): T {
  return useStore(motionStore, selector);
}
