/**
 * The kiosk watchdog's decisions, pure: when an unattended page should reload itself. A frame
 * loop stalled while the page is visible, errors piling up, or the nightly hour (only while
 * nobody is using the screen) ask for a reload; reloads already made this session hold it
 * back, so a page that breaks again at once does not reload in a loop.
 *
 * Two clocks: `now` is the page's monotonic clock (performance.now: no jumps when the kiosk's
 * clock is set), `wallNow` is epoch milliseconds, for the reload log that outlives the page.
 */

export interface WatchdogConfig {
  /** Frames not advancing this long, with the page visible, is a stall. */
  stallMs: number;
  /** This many errors within `errorWindowMs` is a broken page. */
  errorLimit: number;
  errorWindowMs: number;
  /** The local hour (0–23) of the nightly reload, or null for none. */
  reloadHour: number | null;
  /** At most `maxReloads` reloads within `reloadWindowMs`; then the watchdog waits. */
  maxReloads: number;
  reloadWindowMs: number;
}

export const WATCHDOG_DEFAULTS: WatchdogConfig = {
  stallMs: 10_000,
  errorLimit: 5,
  errorWindowMs: 60_000,
  reloadHour: null,
  maxReloads: 3,
  reloadWindowMs: 10 * 60_000,
};

/** A page younger than this skips the nightly reload: it is the reload (or a start just before the hour). */
const NIGHTLY_MIN_UPTIME_MS = 60 * 60_000;

export interface WatchdogState {
  startedAt: number;
  /** The frame counter last seen; null until the pavilion has drawn (a loading page is not stalled). */
  frames: number | null;
  /** When the counter last moved, or the page was last hidden (a hidden page draws nothing). */
  movedAt: number;
  /** When the recent errors happened, oldest first, within the error window. */
  errors: number[];
}

export type ReloadReason = 'stall' | 'errors' | 'nightly';

export type Verdict =
  | { action: 'ok' }
  | { action: 'reload'; reason: ReloadReason; detail: string }
  /** A reload is due but too many were made lately: none before `untilWall` (epoch ms). */
  | { action: 'hold'; reason: ReloadReason; detail: string; untilWall: number };

export function createWatchdogState(now: number): WatchdogState {
  return { startedAt: now, frames: null, movedAt: now, errors: [] };
}

/**
 * Takes a look at the frame counter: `frames` is undefined when the page publishes none (no
 * canvas yet, or a canvas gone). Once the pavilion has drawn, a missing counter is no progress.
 */
export function observeFrames(s: WatchdogState, frames: number | undefined, visible: boolean, now: number): WatchdogState {
  if (!visible) return { ...s, movedAt: now };
  if (frames === undefined) return s;
  if (frames !== s.frames) return { ...s, frames, movedAt: now };
  return s;
}

export function recordError(s: WatchdogState, now: number, config: WatchdogConfig = WATCHDOG_DEFAULTS): WatchdogState {
  return { ...s, errors: [...s.errors.filter((t) => now - t < config.errorWindowMs), now] };
}

/** The reload log kept in sessionStorage: epoch ms of reloads, as written by `logReload`. Anything else is dropped. */
export function parseReloadLog(raw: string | null): number[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter((t): t is number => typeof t === 'number' && Number.isFinite(t) && t > 0).slice(-20);
}

/** The log with a reload at `wallNow` added, ready for sessionStorage. */
export function logReload(log: readonly number[], wallNow: number): string {
  return JSON.stringify([...log, wallNow].slice(-20));
}

interface Moment {
  now: number;
  wallNow: number;
  /** The local hour now (0–23). */
  localHour: number;
  /** Whether nobody is using the screen (the kiosk's idle state): the nightly reload waits for it. */
  canReloadNow: boolean;
  /** Reloads made this session (epoch ms), from `parseReloadLog`. */
  reloads: readonly number[];
}

function due(s: WatchdogState, m: Moment, config: WatchdogConfig): { reason: ReloadReason; detail: string } | null {
  if (s.frames !== null && m.now - s.movedAt > config.stallMs) {
    return { reason: 'stall', detail: `no frame for ${Math.round((m.now - s.movedAt) / 1000)} s` };
  }
  const recent = s.errors.filter((t) => m.now - t < config.errorWindowMs).length;
  if (recent >= config.errorLimit) {
    return { reason: 'errors', detail: `${recent} errors in ${Math.round(config.errorWindowMs / 1000)} s` };
  }
  if (
    config.reloadHour !== null &&
    m.localHour === config.reloadHour &&
    m.now - s.startedAt >= NIGHTLY_MIN_UPTIME_MS &&
    m.canReloadNow
  ) {
    return { reason: 'nightly', detail: `nightly reload at ${config.reloadHour}:00` };
  }
  return null;
}

/** What the watchdog does now. */
export function decide(s: WatchdogState, m: Moment, config: WatchdogConfig = WATCHDOG_DEFAULTS): Verdict {
  const reload = due(s, m, config);
  if (!reload) return { action: 'ok' };
  const recent = m.reloads.filter((t) => t <= m.wallNow && m.wallNow - t < config.reloadWindowMs).sort((a, b) => a - b);
  if (recent.length >= config.maxReloads) {
    // Held until the oldest reload counted leaves the window.
    return { action: 'hold', ...reload, untilWall: recent[recent.length - config.maxReloads]! + config.reloadWindowMs };
  }
  return { action: 'reload', ...reload };
}
