import { useRef, useState, type PointerEvent } from 'react';
import { useLang } from '../context/useLang';
import { usePavilion } from '../context/usePavilion';
import { t } from '../i18n/strings';
import { createStickInput, type StickState } from './stickInput';

const RADIUS = 48;

/** On-screen joystick for touch screens: push to walk, the further the faster. */
export function Joystick() {
  const lang = useLang();
  // A ref: the visitor is the frame loop's object, written here from pointer events.
  const visitor = useRef(usePavilion().visitor);
  const knob = useRef<HTMLDivElement>(null);
  const [stick] = useState(() => createStickInput(RADIUS));

  const apply = (s: StickState | null) => {
    if (!s) return; // another finger's event: the holding finger keeps the stick
    if (knob.current) knob.current.style.transform = `translate(${s.knob.x}px, ${s.knob.y}px)`;
    visitor.current.move.right = s.walk.right;
    visitor.current.move.forward = s.walk.forward;
  };
  const release = (e: PointerEvent) => apply(stick.up(e.pointerId));

  return (
    <div
      className="joystick"
      role="application"
      aria-label={t('joystick', lang)}
      onPointerDown={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        const s = stick.down(e.pointerId, r.left + r.width / 2, r.top + r.height / 2, e.clientX, e.clientY);
        if (s) e.currentTarget.setPointerCapture(e.pointerId);
        apply(s);
      }}
      onPointerMove={(e) => apply(stick.move(e.pointerId, e.clientX, e.clientY))}
      onPointerUp={release}
      onPointerCancel={release}
    >
      <div className="knob" ref={knob} />
    </div>
  );
}
