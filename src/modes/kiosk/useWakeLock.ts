import { useEffect } from 'react';

/**
 * Keeps the screen awake. The lock is released whenever the page is hidden, so it is asked for
 * again on each return; a browser without the API or that refuses it leaves the screen to the
 * OS settings (scripts/kiosk/ turns blanking off there too).
 */
export function useWakeLock(): void {
  useEffect(() => {
    let lock: WakeLockSentinel | null = null;
    let live = true;
    const acquire = async () => {
      if (!('wakeLock' in navigator) || document.visibilityState !== 'visible' || (lock && !lock.released)) return;
      try {
        const l = await navigator.wakeLock.request('screen');
        if (live) lock = l;
        else void l.release();
      } catch {
        /* refused (no permission, battery saver): nothing else to do */
      }
    };
    void acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release();
    };
  }, []);
}
