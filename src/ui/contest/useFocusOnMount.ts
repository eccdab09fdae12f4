import { useEffect, type RefObject } from 'react';

/**
 * Moves focus to a screen's heading (or first control) when it appears. After the effects, not in
 * one: on the dialog's first screen `showModal()` runs in the parent's effect, after this one's,
 * and would move focus to the first button.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, when: unknown = true): void {
  useEffect(() => {
    if (!when) return;
    let live = true;
    queueMicrotask(() => live && ref.current?.focus());
    return () => {
      live = false;
    };
  }, [ref, when]);
}
