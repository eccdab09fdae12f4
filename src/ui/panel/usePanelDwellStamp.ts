import { useEffect } from 'react';
import { usePavilion } from '../../context/usePavilion';
import { dwellRemaining, dwellStart, dwellVisibility } from '../../programme/passport';

const visible = () => document.visibilityState === 'visible';

/**
 * Stamps the open booth once its panel has been open PANEL_STAMP_MS in this opening, counting
 * only while the page is visible. One timer, re-armed when visibility changes, cleared when the
 * panel closes (BoothPanelBody is keyed by booth: another booth is another opening).
 */
export function usePanelDwellStamp(boothId: string): void {
  const { passport } = usePavilion();
  useEffect(() => {
    if (passport.getState().stamps.includes(boothId)) return;
    let dwell = dwellStart(performance.now(), visible());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      const left = dwellRemaining(dwell, performance.now());
      if (left === null) return; // hidden: re-armed when shown
      timer = setTimeout(() => {
        // Timers may fire early or late; the dwell, not the timer, says whether the time is up.
        if (dwellRemaining(dwell, performance.now()) === 0) passport.getState().stamp(boothId, 'dwell');
        else arm();
      }, left);
    };
    const onVisibility = () => {
      dwell = dwellVisibility(dwell, visible(), performance.now());
      arm();
    };
    document.addEventListener('visibilitychange', onVisibility);
    arm();
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [boothId, passport]);
}
