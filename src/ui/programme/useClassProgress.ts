import { useCallback, useState } from 'react';
import { parseClassProgress, type ClassProgress } from '../../programme/classProgress';

const PREFIX = 'pavilion.classes.';

/** Forgets every hall's class progress on this device: a kiosk's reset, between visitors. */
export function forgetClassProgress(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    /* nothing was kept */
  }
}

function read(key: string): ClassProgress {
  try {
    return parseClassProgress(localStorage.getItem(key));
  } catch {
    return {};
  }
}

/** The cloud classes' progress for this hall, on the device (memory only where storage is refused). */
export function useClassProgress(hallId: string): [ClassProgress, (update: (p: ClassProgress) => ClassProgress) => void] {
  const key = `${PREFIX}${hallId}`;
  const [progress, setProgress] = useState(() => read(key));
  const update = useCallback(
    (fn: (p: ClassProgress) => ClassProgress) =>
      setProgress((cur) => {
        const next = fn(cur);
        if (next !== cur)
          try {
            localStorage.setItem(key, JSON.stringify(next));
          } catch {
            /* remembered for this visit only */
          }
        return next;
      }),
    [key],
  );
  return [progress, update];
}
