import { useEffect } from 'react';

/**
 * A public touch screen behaves like an appliance: no context menu, no zooming the page, no
 * dragging images out, no text selection (CSS, under `body.kiosk`), no pull-to-refresh or
 * overscroll navigation (CSS `overscroll-behavior`); Chromium's kiosk flags do the rest
 * (scripts/kiosk/).
 */
export function useKioskGuards(): void {
  useEffect(() => {
    document.body.classList.add('kiosk');
    const prevent = (e: Event) => e.preventDefault();
    const onWheel = (e: WheelEvent) => {
      if (e.ctrlKey) e.preventDefault(); // a trackpad pinch arrives as ctrl+wheel
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0', 'p', 's', 'o'].includes(e.key.toLowerCase())) e.preventDefault();
    };
    const active = { capture: true, passive: false } as const;
    window.addEventListener('contextmenu', prevent, active);
    window.addEventListener('dragstart', prevent, active);
    window.addEventListener('gesturestart', prevent, active);
    window.addEventListener('wheel', onWheel, active);
    window.addEventListener('keydown', onKey, active);
    return () => {
      document.body.classList.remove('kiosk');
      window.removeEventListener('contextmenu', prevent, active);
      window.removeEventListener('dragstart', prevent, active);
      window.removeEventListener('gesturestart', prevent, active);
      window.removeEventListener('wheel', onWheel, active);
      window.removeEventListener('keydown', onKey, active);
    };
  }, []);
}
