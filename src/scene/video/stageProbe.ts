/** What the stage's screen shows, for `window.__pavilion.stage` (tests, kiosk watchdogs). */
export interface StageProbe {
  state: 'live' | 'countdown' | 'replay' | 'idle';
  sessionId: string | null;
  playing: boolean;
  /** Paused on purpose while the stage's full player is open. */
  held: boolean;
  currentTime: number;
  error: string | null;
  engine: 'hls.js' | 'native' | null;
}

/** Kept current by the stage's screen (StageScreen); `currentTime` read from its video when asked. */
export const stageProbe: StageProbe & { video: HTMLVideoElement | null } = {
  state: 'idle',
  sessionId: null,
  playing: false,
  held: false,
  currentTime: 0,
  error: null,
  engine: null,
  video: null,
};
