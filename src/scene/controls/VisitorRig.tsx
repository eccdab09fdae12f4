import { useFrame, useThree } from '@react-three/fiber';
import type { HallWorld } from '../../hall/world';
import { MOTION, stepWalker } from '../../hall/motion';
import { visitor } from '../../state/visitor';
import { useDragLook } from './useDragLook';
import { useKeyboardWalk } from './useKeyboardWalk';

/** The visitor's eyes: steps the walker each frame and puts the camera at eye height. */
export function VisitorRig({ world }: { world: HallWorld }) {
  const camera = useThree((s) => s.camera);
  useKeyboardWalk();
  useDragLook();
  useFrame((_, dt) => {
    stepWalker(visitor, dt, world.obstacles, world.layout.bounds);
    camera.position.set(visitor.pos.x, MOTION.eyeHeight, visitor.pos.z);
    camera.rotation.set(visitor.pitch, visitor.yaw, 0, 'YXZ');
  }, -1);
  return null;
}
