import { useEffect, useState } from 'react';

/**
 * Whether to mount a part kept out of the page's first script: as soon as it is `wanted`, or
 * once the page is idle after the hall is up, whichever is first.
 */
export function useIdleOrWanted(wanted: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const later = () => setIdle(true);
    // Safari has no requestIdleCallback.
    const ric = (window as Partial<Pick<Window, 'requestIdleCallback'>>).requestIdleCallback;
    if (ric) {
      const id = ric(later, { timeout: 4000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(later, 2000);
    return () => clearTimeout(id);
  }, []);
  return wanted || idle;
}
