import type { KioskHeartbeat } from './types';

/**
 * The kiosk heartbeat's pure half: the body it posts and when it posts next. The service may
 * not run at all (a kiosk served from files): after a few failures it asks rarely and quietly.
 */

export const HEARTBEAT_PATH = '/api/kiosks/heartbeat';
export const BEAT_MS = 60_000;
/** After this many failures in a row (404, network), the heartbeat asks only every RETRY_MS. */
const FAILURES_BEFORE_BACKOFF = 3;
const RETRY_MS = 10 * 60_000;
const LAST_ERROR_MAX = 200;

export interface BeatSample {
  id: string;
  version: string;
  /** Page clock (ms) now, at page start and at the previous beat. */
  now: number;
  startedAt: number;
  lastBeatAt: number;
  /** The frame counter now and at the previous beat; undefined where none is published. */
  frames: number | undefined;
  lastFrames: number | undefined;
  /** Errors since the page started, and the newest one's description. */
  errors: number;
  lastError: string | null;
  hallVersion?: string | undefined;
}

/** The service's bounds (server/kiosks.ts checks them; a body outside is refused whole). */
const MAX_FPS = 240;
const MAX_VERSION = 64;

export function heartbeatBody(s: BeatSample): KioskHeartbeat {
  const seconds = (s.now - s.lastBeatAt) / 1000;
  // A counter that went back (a replaced canvas counts from 0) counts from 0.
  const drawn =
    s.frames === undefined ? 0 : s.frames - (s.lastFrames !== undefined && s.lastFrames <= s.frames ? s.lastFrames : 0);
  const fps = seconds > 0 ? Math.round((drawn / seconds) * 10) / 10 : 0;
  const body: KioskHeartbeat = {
    id: s.id,
    version: s.version.slice(0, MAX_VERSION),
    uptimeS: Math.max(0, Math.round((s.now - s.startedAt) / 1000)),
    fps: Math.min(MAX_FPS, Math.max(0, fps)),
    errors: Math.max(0, Math.floor(s.errors)),
  };
  if (s.lastError) body.lastError = s.lastError.slice(0, LAST_ERROR_MAX);
  if (s.hallVersion) body.hallVersion = s.hallVersion.slice(0, MAX_VERSION);
  return body;
}

/** Milliseconds until the next beat, after `failures` failed beats in a row (0 after a success). */
export function nextBeatDelay(failures: number): number {
  return failures >= FAILURES_BEFORE_BACKOFF ? RETRY_MS : BEAT_MS;
}

/** A one-line description of whatever was thrown or rejected. */
export function describeError(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`.slice(0, LAST_ERROR_MAX);
  if (typeof reason === 'string') return reason.slice(0, LAST_ERROR_MAX);
  try {
    return String(JSON.stringify(reason)).slice(0, LAST_ERROR_MAX);
  } catch {
    return 'unknown error';
  }
}
