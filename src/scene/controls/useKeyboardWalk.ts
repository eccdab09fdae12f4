import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { usePavilion } from '../../context/usePavilion';
import type { Visitor } from '../../state/visitor';

const FORWARD = new Set(['KeyW', 'ArrowUp']);
const BACK = new Set(['KeyS', 'ArrowDown']);
const LEFT = new Set(['KeyA']);
const RIGHT = new Set(['KeyD']);
const TURN_LEFT = new Set(['ArrowLeft', 'KeyQ']);
const TURN_RIGHT = new Set(['ArrowRight', 'KeyE']);

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** WASD / arrows write walking input into the visitor; nothing re-renders. */
export function useKeyboardWalk(visitor: Visitor): void {
  const { tour, walkKeys } = usePavilion();
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    const down = new Set<string>();
    const apply = () => {
      const has = (set: Set<string>) => [...set].some((k) => down.has(k));
      visitor.move.forward = (has(FORWARD) ? 1 : 0) - (has(BACK) ? 1 : 0);
      visitor.move.right = (has(RIGHT) ? 1 : 0) - (has(LEFT) ? 1 : 0);
      visitor.turn = (has(TURN_RIGHT) ? -1 : 0) + (has(TURN_LEFT) ? 1 : 0);
    };
    const onDown = (e: KeyboardEvent) => {
      if (typing(e.target) || tour.getState().openBoothId || e.ctrlKey || e.metaKey || e.altKey) return;
      // A preview walks only while focus is in its box (the element marked data-walk-keys).
      if (walkKeys === 'canvas' && !(e.target instanceof Node && canvas.closest('[data-walk-keys]')?.contains(e.target))) return;
      if (![FORWARD, BACK, LEFT, RIGHT, TURN_LEFT, TURN_RIGHT].some((s) => s.has(e.code))) return;
      e.preventDefault(); // arrows must not scroll the page
      down.add(e.code);
      apply();
    };
    const onUp = (e: KeyboardEvent) => {
      down.delete(e.code);
      apply();
    };
    // Keys released while the window had no focus would otherwise stick.
    const clear = () => {
      down.clear();
      apply();
    };
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    window.addEventListener('blur', clear);
    const unsub = tour.subscribe((s) => s.openBoothId && clear());
    return () => {
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
      window.removeEventListener('blur', clear);
      unsub();
    };
  }, [visitor, tour, walkKeys, canvas]);
}
