import { useStore } from 'zustand';
import type { Lang } from '../manifest';
import { langStore } from './pageStores';

/** The interface language; re-renders when it changes. */
export function useLang(): Lang {
  return useStore(langStore, (s) => s.lang);
}
