import { useContext, useState } from 'react';
import { PavilionContext } from '../../context/PavilionContext';

/** The schema's default, for a dialog shown outside a pavilion (a component test). */
const FALLBACK_TIME_ZONE = 'Asia/Shanghai';

/**
 * The open hall's time zone and clock (`?now=` honoured), for the certificate's date: the hall's
 * day, not the visitor's. Read once: a hall does not change under an open dialog.
 */
export function useHallClock(): { timeZone: string; now: () => Date } {
  const pavilion = useContext(PavilionContext);
  const [clock] = useState(() => ({
    timeZone: pavilion?.hall.getState().loaded?.hall.timeZone ?? FALLBACK_TIME_ZONE,
    now: pavilion ? () => new Date(pavilion.clock()) : () => new Date(),
  }));
  return clock;
}
