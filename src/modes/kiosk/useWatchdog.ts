import { useEffect, useRef } from 'react';
import {
  WATCHDOG_DEFAULTS,
  createWatchdogState,
  decide,
  logReload,
  observeFrames,
  parseReloadLog,
  recordError,
  type WatchdogConfig,
} from '../../state/watchdog';
import { watchPageErrors } from './watchPageErrors';

/** sessionStorage key of the reload log: survives the reloads, not the browser's restart. */
const RELOAD_LOG_KEY = 'pavilion.watchdog.reloads';
const CHECK_MS = 1000;

export interface WatchdogOptions {
  /** Whether nobody is using the screen now: the nightly reload waits for it. */
  canReloadNow: () => boolean;
  /** The nightly reload's local hour (pageFlags.kiosk.reloadHour), or null for none. */
  reloadHour: number | null;
  /** Overrides of the thresholds (tests). */
  config?: Partial<WatchdogConfig>;
  /** How to reload (tests); `location.reload()` by default. */
  reload?: () => void;
}

function readLog(): number[] {
  try {
    return parseReloadLog(sessionStorage.getItem(RELOAD_LOG_KEY));
  } catch {
    return []; // storage refused (a locked-down profile): no loop guard, but no crash either
  }
}

function writeLog(log: readonly number[], wallNow: number): void {
  try {
    sessionStorage.setItem(RELOAD_LOG_KEY, logReload(log, wallNow));
  } catch {
    /* as above */
  }
}

/**
 * The kiosk's watchdog: reloads the page when its frame loop has stalled (frames of
 * `window.__pavilion` not advancing for 10 s while visible), after repeated errors, and at the
 * nightly hour once the kiosk is idle; never more than 3 times in 10 minutes. A blocked main
 * thread stops this too: that is for the restart loop around the browser (scripts/kiosk/).
 */
export function useWatchdog({ canReloadNow, reloadHour, config, reload }: WatchdogOptions): void {
  const latest = useRef({ canReloadNow, reload });
  useEffect(() => {
    latest.current = { canReloadNow, reload };
  });
  const stallMs = config?.stallMs;
  const errorLimit = config?.errorLimit;
  useEffect(() => {
    const cfg: WatchdogConfig = {
      ...WATCHDOG_DEFAULTS,
      reloadHour,
      ...(stallMs === undefined ? {} : { stallMs }),
      ...(errorLimit === undefined ? {} : { errorLimit }),
    };
    let state = createWatchdogState(performance.now());
    let held = false;
    const stopErrors = watchPageErrors(() => {
      state = recordError(state, performance.now(), cfg);
    });
    const check = () => {
      const now = performance.now();
      state = observeFrames(state, window.__pavilion?.frames, document.visibilityState === 'visible', now);
      const wallNow = Date.now();
      const reloads = readLog();
      const verdict = decide(
        state,
        { now, wallNow, localHour: new Date(wallNow).getHours(), canReloadNow: latest.current.canReloadNow(), reloads },
        cfg,
      );
      document.body.dataset.watchdog = verdict.action;
      if (verdict.action === 'hold') {
        if (!held)
          console.warn(
            `[watchdog] ${verdict.detail}: reloaded too often, waiting until ${new Date(verdict.untilWall).toISOString()}`,
          );
        held = true;
        return;
      }
      held = false;
      if (verdict.action !== 'reload') return;
      console.warn(`[watchdog] reloading: ${verdict.detail}`);
      writeLog(reloads, wallNow);
      clearInterval(timer);
      (latest.current.reload ?? (() => location.reload()))();
    };
    const timer = window.setInterval(check, CHECK_MS);
    return () => {
      clearInterval(timer);
      stopErrors();
      delete document.body.dataset.watchdog;
    };
  }, [reloadHour, stallMs, errorLimit]);
}
