import { TourMode } from '../tour/TourMode';

/**
 * A kiosk screen (`?mode=kiosk`, `/kiosk/`): the tour's pavilion, run unattended by touch. The
 * kiosk's own parts (attract loop, idle prompt, offline cache, watchdog) mount beside it.
 */
export function KioskMode() {
  return <TourMode />;
}
