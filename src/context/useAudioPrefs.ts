import { useStore } from 'zustand';
import type { AudioState } from '../state/audioStore';
import { audioStore } from './pageStores';

/** A field of the page's sound choices; re-renders when it changes. */
export function useAudioPrefs<T>(selector: (s: AudioState) => T): T {
  return useStore(audioStore, selector);
}
