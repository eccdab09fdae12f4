import { useEffect } from 'react';
import { usePavilion } from '../context/usePavilion';

/**
 * Asks the browser whether it offers immersive VR (a headset's browser, or a desktop one with a
 * headset plugged in), again when devices change, and says so on `<body data-headset>`.
 * `enabled` false (a kiosk, the 2D view): nothing is asked and the headset stays unsupported.
 */
export function useHeadsetSupport(enabled: boolean): void {
  const { headset } = usePavilion();
  useEffect(() => {
    const mark = () => (document.body.dataset.headset = headset.getState().status);
    mark();
    const unsub = headset.subscribe(mark);
    const xr = navigator.xr;
    if (!enabled || !xr) return unsub;
    let live = true;
    const check = () =>
      xr.isSessionSupported('immersive-vr').then(
        (ok) => live && headset.getState().setSupported(ok),
        () => live && headset.getState().setSupported(false),
      );
    void check();
    xr.addEventListener('devicechange', check);
    return () => {
      live = false;
      unsub();
      xr.removeEventListener('devicechange', check);
    };
  }, [enabled, headset]);
}
