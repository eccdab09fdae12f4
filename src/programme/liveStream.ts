/**
 * A session's stream as everyone sees it: the same moment for every visitor, and retries that
 * back off. Pure, so the stage's player and the tests agree.
 */

/**
 * Where in a stream to start for a visitor arriving at `now`: the time since the session began.
 * A recorded programme standing in for live (a VOD playlist) loops, so that time wraps at its
 * duration; a real live stream (no finite duration) is left to its player's live edge (null).
 */
export function liveOffset(sessionStart: number, now: number, durationSeconds: number): number | null {
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) return null;
  const since = Math.max(0, (now - sessionStart) / 1000);
  return since % durationSeconds;
}

/** Waits between attempts to load a failed stream: 2, 4, 8, 16 s, then every 30 s, for as long as the session runs. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 2_000 * 2 ** Math.max(0, Math.min(attempt, 10)));
}

/**
 * What to do about a fatal hls.js error, as hls.js documents it: a network error, load again
 * (`startLoad`, after the back-off wait) — but a playlist that never loaded has nothing to resume,
 * and a few failed resumes in a row mean the player should start over; a media error,
 * `recoverMediaError`, then once more with the audio codec swapped; anything else, or a media
 * error that keeps coming back, tear the player down and start over later.
 * `tries`: the recoveries of that kind since the stream last played.
 */
export type StreamRecovery = 'reload' | 'recover-media' | 'swap-and-recover' | 'restart';

/** Resumes after a network error before the player is rebuilt instead. */
export const MAX_NETWORK_RELOADS = 3;

export function recoveryFor(type: string, details: string, tries: number): StreamRecovery {
  if (type === 'networkError') return /^manifest/i.test(details) || tries >= MAX_NETWORK_RELOADS ? 'restart' : 'reload';
  if (type === 'mediaError') return tries === 0 ? 'recover-media' : tries === 1 ? 'swap-and-recover' : 'restart';
  return 'restart';
}
