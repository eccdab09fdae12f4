import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Visitor } from '../../state/visitor';

/** Drag (mouse) or swipe (touch) on the canvas to look around. */
export function useDragLook(visitor: Visitor): void {
  const el = useThree((s) => s.gl.domElement);
  useEffect(() => {
    let active: number | null = null;
    let lastX = 0;
    let lastY = 0;
    const onDown = (e: PointerEvent) => {
      if (active !== null) return;
      active = e.pointerId;
      lastX = e.clientX;
      lastY = e.clientY;
    };
    const onMove = (e: PointerEvent) => {
      if (e.pointerId !== active) return;
      const k = e.pointerType === 'touch' ? 0.006 : 0.0042;
      visitor.look.yaw += (e.clientX - lastX) * k;
      visitor.look.pitch += (e.clientY - lastY) * k;
      lastX = e.clientX;
      lastY = e.clientY;
    };
    const onUp = (e: PointerEvent) => {
      if (e.pointerId === active) active = null;
    };
    el.style.touchAction = 'none';
    el.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [el, visitor]);
}
