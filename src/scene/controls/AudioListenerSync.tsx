import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { setListener } from '../../audio/hallAudio';
import { usePavilion } from '../../context/usePavilion';

/** Moves the listener with the visitor ten times a second: enough for ears, cheap for CPUs. */
export function AudioListenerSync() {
  const { visitor } = usePavilion();
  const t = useRef(0);
  useFrame((_, dt) => {
    t.current += dt;
    if (t.current < 0.1) return;
    t.current = 0;
    setListener(visitor.pos, visitor.yaw);
  });
  return null;
}
