import { useRef } from 'react';
import { useLangStore } from '../state/langStore';
import { visitor } from '../state/visitor';
import { t } from '../i18n/strings';

const RADIUS = 48;

/** On-screen joystick for touch screens: push to walk, the further the faster. */
export function Joystick() {
  const lang = useLangStore((s) => s.lang);
  const knob = useRef<HTMLDivElement>(null);
  const origin = useRef<{ x: number; y: number; id: number } | null>(null);

  const set = (dx: number, dy: number) => {
    const len = Math.hypot(dx, dy);
    const k = len > RADIUS ? RADIUS / len : 1;
    const x = dx * k;
    const y = dy * k;
    if (knob.current) knob.current.style.transform = `translate(${x}px, ${y}px)`;
    visitor.move.right = x / RADIUS;
    visitor.move.forward = -y / RADIUS;
  };

  return (
    <div
      className="joystick"
      role="application"
      aria-label={t('joystick', lang)}
      onPointerDown={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        origin.current = { x: r.left + r.width / 2, y: r.top + r.height / 2, id: e.pointerId };
        e.currentTarget.setPointerCapture(e.pointerId);
        set(e.clientX - origin.current.x, e.clientY - origin.current.y);
      }}
      onPointerMove={(e) => {
        const o = origin.current;
        if (o && e.pointerId === o.id) set(e.clientX - o.x, e.clientY - o.y);
      }}
      onPointerUp={() => {
        origin.current = null;
        set(0, 0);
      }}
      onPointerCancel={() => {
        origin.current = null;
        set(0, 0);
      }}
    >
      <div className="knob" ref={knob} />
    </div>
  );
}
