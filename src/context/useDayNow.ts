import { useMemo } from 'react';
import { dayAt, type DayNow } from '../programme/themeDay';
import { useHall } from './useHall';
import { useNow } from './useNow';
import { useProgramme } from './useProgramme';

/** Which day it is in the hall, and its theme (null before the hall is in). Looked at twice a minute. */
export function useDayNow(): DayNow | null {
  const hall = useHall((s) => s.loaded?.hall ?? null);
  const programme = useProgramme((s) => s.programme);
  const now = useNow(30_000);
  // Keyed on the minute: a new object only when the answer could have changed.
  const minute = Math.floor(now / 60_000);
  return useMemo(() => (hall ? dayAt(hall, programme, minute * 60_000) : null), [hall, programme, minute]);
}
