import { useEffect } from 'react';
import { useHall } from '../context/useHall';
import { usePavilion } from '../context/usePavilion';
import { dayAt } from '../programme/themeDay';

/** How often the page looks at the clock for the day to turn (and `data-theme-day` with it). */
const DAY_CHECK_MS = 30_000;

/**
 * Loads the hall's programme once the hall is in (never before its first frame), and keeps
 * `<body data-theme-day>` naming today's theme-day zone in the hall's time zone (empty outside
 * the week or on a day without a theme).
 */
export function useProgrammeBoot(): void {
  const pavilion = usePavilion();
  const hall = useHall((s) => s.loaded?.hall ?? null);
  useEffect(() => {
    if (!hall) return;
    void pavilion.programme.getState().load(hall, location.origin);
    const mark = () => {
      const day = dayAt(hall, pavilion.programme.getState().programme, pavilion.clock());
      document.body.dataset.themeDay = day.today?.zone.id ?? '';
      document.body.dataset.week = day.phase;
    };
    mark();
    const unsub = pavilion.programme.subscribe(mark);
    const timer = window.setInterval(mark, DAY_CHECK_MS);
    return () => {
      unsub();
      window.clearInterval(timer);
      delete document.body.dataset.themeDay;
      delete document.body.dataset.week;
    };
  }, [hall, pavilion]);
}
