import { useEffect, useState } from 'react';

/**
 * Counts from 0 to `last`, one step per animation frame, so a big scene can mount in parts
 * rather than in one long frame (building a 1,000-booth hall's instances, atlases and boards at
 * once was the longest frame of the load). Parts of a hidden scene cost a frame each, no more.
 */
export function useMountStages(last: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= last) return;
    const raf = requestAnimationFrame(() => setStage((s) => Math.min(last, s + 1)));
    return () => cancelAnimationFrame(raf);
  }, [stage, last]);
  return stage;
}
