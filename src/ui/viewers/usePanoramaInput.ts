import { useEffect, type RefObject } from 'react';
import { dragLook, FOV, wrapYaw, zoomFov } from '../../hall/panoramaMath';
import type { PanoramaLook } from './PanoramaSphere';

/** Degrees an arrow key turns the view. */
const KEY_STEP = 10;

/**
 * Looking around a panorama: drag or swipe (the picture follows the finger), pinch or the wheel
 * to zoom, and by keyboard when the view has focus: arrows to look, + and − to zoom, Home to go
 * back to where it started. Writes `look`; `changed` asks for a frame.
 */
export function usePanoramaInput(
  el: RefObject<HTMLElement | null>,
  look: RefObject<PanoramaLook>,
  initialYaw: number,
  changed: () => void,
): void {
  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const pointers = new Map<number, { x: number; y: number }>();
    let pinch = 0;
    const down = (e: PointerEvent) => {
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      node.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      const last = pointers.get(e.pointerId);
      if (!last) return;
      const l = look.current;
      if (pointers.size === 1) {
        Object.assign(l, dragLook(l, e.clientX - last.x, e.clientY - last.y, node.clientHeight, l.fov));
      }
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        if (pinch > 0) l.fov = zoomFov(l.fov, pinch / d);
        pinch = d;
      }
      changed();
    };
    const up = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      pinch = 0;
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      look.current.fov = zoomFov(look.current.fov, Math.exp(e.deltaY * 0.001));
      changed();
    };
    const key = (e: KeyboardEvent) => {
      const l = look.current;
      const step = (KEY_STEP * l.fov) / FOV.initial;
      if (e.key === 'ArrowLeft') l.yaw = wrapYaw(l.yaw - step);
      else if (e.key === 'ArrowRight') l.yaw = wrapYaw(l.yaw + step);
      else if (e.key === 'ArrowUp') l.pitch = dragLook(l, 0, 1, 1, step).pitch;
      else if (e.key === 'ArrowDown') l.pitch = dragLook(l, 0, -1, 1, step).pitch;
      else if (e.key === '+' || e.key === '=') l.fov = zoomFov(l.fov, 0.8);
      else if (e.key === '-' || e.key === '_') l.fov = zoomFov(l.fov, 1.25);
      else if (e.key === 'Home') Object.assign(l, { yaw: initialYaw, pitch: 0, fov: FOV.initial });
      else return;
      e.preventDefault();
      changed();
    };
    node.addEventListener('pointerdown', down);
    node.addEventListener('pointermove', move);
    node.addEventListener('pointerup', up);
    node.addEventListener('pointercancel', up);
    node.addEventListener('wheel', wheel, { passive: false });
    node.addEventListener('keydown', key);
    return () => {
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', up);
      node.removeEventListener('wheel', wheel);
      node.removeEventListener('keydown', key);
    };
  }, [el, look, initialYaw, changed]);
}
