import { useCallback, useState } from 'react';
import { parseClassProgress, type ClassProgress } from '../../programme/classProgress';

function read(key: string): ClassProgress {
  try {
    return parseClassProgress(localStorage.getItem(key));
  } catch {
    return {};
  }
}

/** The cloud classes' progress for this hall, on the device (memory only where storage is refused). */
export function useClassProgress(hallId: string): [ClassProgress, (update: (p: ClassProgress) => ClassProgress) => void] {
  const key = `pavilion.classes.${hallId}`;
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
