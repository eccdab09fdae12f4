import { useEffect } from 'react';
import { useHall } from '../context/useHall';
import { usePavilion } from '../context/usePavilion';
import { dayAt } from '../programme/themeDay';

/** How often the page looks at the clock for the day to turn (and `data-theme-day` with it). */
const DAY_CHECK_MS = 30_000;
/** Without a first frame by then (no WebGL, a slow GPU), the programme loads anyway. */
const FIRST_FRAME_WAIT_MS = 4000;

/**
 * Loads the hall's programme once the hall has drawn its first frame (at once in the 2D view,
 * which draws none and whose header opens the programme), and keeps
 * `<body data-theme-day>` naming today's theme-day zone in the hall's time zone (empty outside
 * the week or on a day without a theme).
 */
export function useProgrammeBoot(noFrame: boolean): void {
  const pavilion = usePavilion();
  const hall = useHall((s) => s.loaded?.hall ?? null);
  useEffect(() => {
    if (!hall) return;
    // After the hall's first frame: the programme's parser is a chunk of its own, and it must not
    // compete with the hall's first picture on a phone.
    const load = () => void pavilion.programme.getState().load(hall, location.origin);
    const firstFrame = () => document.body.dataset.firstFrame === 'true';
    const watch = new MutationObserver(() => firstFrame() && (watch.disconnect(), load()));
    const fallback = window.setTimeout(() => (watch.disconnect(), load()), FIRST_FRAME_WAIT_MS);
    if (noFrame || firstFrame()) load();
    else watch.observe(document.body, { attributes: true, attributeFilter: ['data-first-frame'] });
    const mark = () => {
      const day = dayAt(hall, pavilion.programme.getState().programme, pavilion.clock());
      document.body.dataset.themeDay = day.today?.zone.id ?? '';
      document.body.dataset.week = day.phase;
    };
    mark();
    const unsub = pavilion.programme.subscribe(mark);
    const timer = window.setInterval(mark, DAY_CHECK_MS);
    return () => {
      watch.disconnect();
      window.clearTimeout(fallback);
      unsub();
      window.clearInterval(timer);
      delete document.body.dataset.themeDay;
      delete document.body.dataset.week;
    };
  }, [hall, pavilion, noFrame]);
}
