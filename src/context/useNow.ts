import { useEffect, useState } from 'react';
import { usePavilion } from './usePavilion';

/**
 * This pavilion's clock (`?now=` honoured), read again every `periodMs`: for marks like
 * "starts in 12 min" and the day's label, never per frame.
 */
export function useNow(periodMs: number): number {
  const { clock } = usePavilion();
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(clock()), periodMs);
    return () => window.clearInterval(timer);
  }, [clock, periodMs]);
  return now;
}
