import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { KioskState } from '../../state/kioskStore';
import { usePavilion } from '../../context/usePavilion';
import { createFrameFocusWatch, mediaPlaying, takingVisitor } from './attention';

/** How often the idle clock ticks: the "Still there?" countdown shows whole seconds. */
const TICK_MS = 250;
const INPUTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Feeds a kiosk's idle machine: every input on the page, and a clock that knows what holds attention. */
export function useKioskInput(store: StoreApi<KioskState>): void {
  const pavilion = usePavilion();
  useEffect(() => {
    const { dispatch, times } = store.getState();
    // Moving the mouse over a kiosk counts only while a button is held: a touch screen's cursor
    // parks where the last finger left it, and a vibrating frame can jiggle it.
    const onInput = (e: Event) => {
      if (e.type === 'pointermove' && (e as PointerEvent).buttons === 0) return;
      dispatch({ type: 'input', now: performance.now() });
    };
    const opts = { capture: true, passive: true } as const;
    for (const type of INPUTS) window.addEventListener(type, onInput, opts);
    const frameFocused = createFrameFocusWatch(document, Math.max(3 * times.idleMs, 180_000));
    const timer = window.setInterval(() => {
      const now = performance.now();
      dispatch({ type: 'tick', now, busy: mediaPlaying(document) || frameFocused(now) || takingVisitor(pavilion) });
    }, TICK_MS);
    return () => {
      for (const type of INPUTS) window.removeEventListener(type, onInput, opts);
      window.clearInterval(timer);
    };
  }, [store, pavilion]);
}
