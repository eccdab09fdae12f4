import { useEffect } from 'react';
import { pageFlags } from '../../boot/flags';
import { usePavilion } from '../../context/usePavilion';
import { startKioskOffline } from './kioskOffline';

/** A newer hall or build is looked for this often (a publish reaches the screens within it). */
const CHECK_EVERY_MS = 5 * 60_000;

/**
 * A kiosk's offline cache, for KioskMode to mount once: the service worker, the shown hall's
 * media within `?cache=` megabytes, and background checks for a newer hall or build, announced
 * through state/kioskUpdate. `<body data-offline-cache="off|filling|ready">` says how it stands.
 */
export function useKioskOffline(): void {
  const { hall, programme } = usePavilion();
  const cacheMb = pageFlags.kiosk?.cacheMb;
  useEffect(() => {
    if (cacheMb === undefined) return;
    return startKioskOffline({ hall, programme, cacheMb, checkEveryMs: CHECK_EVERY_MS });
  }, [hall, programme, cacheMb]);
}
