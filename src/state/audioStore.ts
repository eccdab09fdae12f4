import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PrefStorage } from './prefs';

const KEY = 'pavilion.muted';

export interface AudioState {
  muted: boolean;
  /** True after the visitor's first gesture: browsers refuse to play sound before it. */
  unlocked: boolean;
  /** The audio guide playing now, as `boothId#itemIndex`. */
  playing: string | null;
  setMuted: (muted: boolean) => void;
  unlock: () => void;
  setPlaying: (key: string | null) => void;
}

/** The visitor's sound: mute (remembered in `prefs`), whether sound may start, which guide plays. */
export function createAudioStore(prefs: PrefStorage): StoreApi<AudioState> {
  return createStore<AudioState>()((set) => ({
    muted: prefs.get(KEY) === '1',
    unlocked: false,
    playing: null,
    setMuted: (muted) => {
      prefs.set(KEY, muted ? '1' : '0');
      set({ muted });
    },
    unlock: () => set({ unlocked: true }),
    setPlaying: (playing) => set({ playing }),
  }));
}
