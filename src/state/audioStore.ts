import { create } from 'zustand';

const KEY = 'pavilion.muted';

function readMuted(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

interface AudioState {
  muted: boolean;
  /** True after the visitor's first gesture: browsers refuse to play sound before it. */
  unlocked: boolean;
  /** The audio guide playing now, as `boothId#itemIndex`. */
  playing: string | null;
  setMuted: (muted: boolean) => void;
  unlock: () => void;
  setPlaying: (key: string | null) => void;
}

export const useAudioStore = create<AudioState>()((set) => ({
  muted: typeof localStorage === 'undefined' ? false : readMuted(),
  unlocked: false,
  playing: null,
  setMuted: (muted) => {
    try {
      localStorage.setItem(KEY, muted ? '1' : '0');
    } catch {
      /* not remembered, still muted */
    }
    set({ muted });
  },
  unlock: () => set({ unlocked: true }),
  setPlaying: (playing) => set({ playing }),
}));
