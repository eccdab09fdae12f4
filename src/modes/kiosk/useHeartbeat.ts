import { useEffect, useRef } from 'react';
import { HEARTBEAT_PATH, heartbeatBody, nextBeatDelay } from '../../api/heartbeat';
import { watchPageErrors } from './watchPageErrors';

export interface HeartbeatOptions {
  /** The screen's name (pageFlags.kiosk.id). */
  id: string;
  /** The hall's published version, when the page knows it. */
  hallVersion?: () => string | undefined;
  /** The service's origin; '' (the page's own) by default. */
  base?: string;
}

/** The build's version: package version and git hash, from vite.config's `define`. */
const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/**
 * Tells the service this screen is alive (`POST /api/kiosks/heartbeat`): at start, then every
 * minute, with uptime, frame rate and the errors since the page started (the service keeps
 * the latest beat per screen). Without a service (404, no network) it says
 * nothing in the console and, after 3 failures in a row, asks only every 10 minutes.
 */
export function useHeartbeat({ id, hallVersion, base = '' }: HeartbeatOptions): void {
  const version = useRef(hallVersion);
  useEffect(() => {
    version.current = hallVersion;
  });
  useEffect(() => {
    const startedAt = performance.now();
    let lastBeatAt = startedAt;
    let lastFrames = window.__pavilion?.frames;
    let errors = 0;
    let lastError: string | null = null;
    let failures = 0;
    let timer = 0;
    let live = true;
    const stopErrors = watchPageErrors((d) => {
      errors++;
      lastError = d;
    });
    const beat = async () => {
      const now = performance.now();
      const frames = window.__pavilion?.frames;
      const body = heartbeatBody({
        id,
        version: APP_VERSION,
        now,
        startedAt,
        lastBeatAt,
        frames,
        lastFrames,
        errors,
        lastError,
        hallVersion: version.current?.(),
      });
      lastBeatAt = now;
      lastFrames = frames;
      try {
        const res = await fetch(`${base}${HEARTBEAT_PATH}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
          keepalive: true,
        });
        if (!res.ok) throw new Error(String(res.status));
        failures = 0;
      } catch {
        failures++;
      }
      if (live) timer = window.setTimeout(() => void beat(), nextBeatDelay(failures));
    };
    void beat();
    return () => {
      live = false;
      clearTimeout(timer);
      stopErrors();
    };
  }, [id, base]);
}
