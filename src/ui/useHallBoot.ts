import { useEffect } from 'react';
import { hallUrlFrom } from '../hall/hallUrl';
import { useHallStore } from '../state/hallStore';

/** Build-time list of other sites whose halls this pavilion may open (comma-separated origins). */
const EXTRA_ORIGINS = (import.meta.env.VITE_HALL_ORIGINS ?? '')
  .split(',')
  .map((s: string) => s.trim())
  .filter(Boolean);

/** Loads the hall named by `?hall=` (or the sample expo) once, and marks status on <body>. */
export function useHallBoot(): void {
  const status = useHallStore((s) => s.status);
  useEffect(() => {
    const picked = hallUrlFrom(location.search, location.href, EXTRA_ORIGINS);
    if (picked.ok) void useHallStore.getState().load(picked.url, location.origin);
    else useHallStore.getState().fail(picked.message);
  }, []);
  useEffect(() => {
    // Lets tests, kiosk watchdogs and the bench tell when the hall is up.
    document.body.dataset.hallStatus = status;
  }, [status]);
}
