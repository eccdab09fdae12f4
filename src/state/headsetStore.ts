import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * The pavilion in a VR headset: `unsupported` until the browser says it offers immersive VR;
 * `ready` once the scene's headset layer is loaded and can start a session; `presenting` while
 * the visitor wears it.
 */
export type HeadsetStatus = 'unsupported' | 'supported' | 'ready' | 'entering' | 'presenting';

export interface HeadsetControls {
  /** Asks the browser for an immersive session: call it in the click's own task (user activation). */
  enter: () => Promise<void>;
  exit: () => void;
}

export interface HeadsetState {
  status: HeadsetStatus;
  controls: HeadsetControls | null;
  /** Why the last attempt to enter failed (the browser's words), until the next attempt. */
  error: string | null;
  setSupported: (supported: boolean) => void;
  /** The scene's headset layer hands over its controls (null when it unmounts). */
  bind: (controls: HeadsetControls | null) => void;
  setPresenting: (presenting: boolean) => void;
  /** Starts a session with the bound controls; errors are kept, not thrown. */
  enter: () => Promise<void>;
}

export function createHeadsetStore(): StoreApi<HeadsetState> {
  return createStore<HeadsetState>()((set, get) => ({
    status: 'unsupported',
    controls: null,
    error: null,
    setSupported: (supported) => {
      const { status, controls } = get();
      if (!supported) set({ status: 'unsupported' });
      else if (status === 'unsupported') set({ status: controls ? 'ready' : 'supported' });
    },
    bind: (controls) => {
      const { status } = get();
      const next = status === 'unsupported' ? status : controls ? (status === 'supported' ? 'ready' : status) : 'supported';
      set({ controls, status: next });
    },
    setPresenting: (presenting) => {
      const { status, controls } = get();
      if (presenting) set({ status: 'presenting', error: null });
      else if (status === 'presenting' || status === 'entering') set({ status: controls ? 'ready' : 'supported' });
    },
    enter: async () => {
      const { controls, status } = get();
      if (!controls || status !== 'ready') return;
      set({ status: 'entering', error: null });
      try {
        await controls.enter();
      } catch (e) {
        set({ status: 'ready', error: e instanceof Error ? e.message : String(e) });
      }
    },
  }));
}
