import { useContext, useState } from 'react';
import { PavilionContext } from '../../context/PavilionContext';
import { HALL_TIME_ZONE } from '../../state/todayIn';

/**
 * The open hall's time zone (the certificate's date is the hall's day), read once: a hall does
 * not change under an open dialog. Outside a pavilion (a component test), the default.
 */
export function useHallTimeZone(): string {
  const pavilion = useContext(PavilionContext);
  const [timeZone] = useState(() => pavilion?.hall.getState().loaded?.hall.timeZone ?? HALL_TIME_ZONE);
  return timeZone;
}
