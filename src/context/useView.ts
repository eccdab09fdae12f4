import { useStore } from 'zustand';
import type { View } from '../state/viewStore';
import { viewStore } from './pageStores';

/** The page's view (the 3D hall or the 2D pavilion); re-renders when it changes. */
export function useView(): View {
  return useStore(viewStore, (s) => s.view);
}
