import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PerspectiveCamera } from 'three';
import type { HallWorld } from '../../hall/world';
import { MOTION, stepWalker } from '../../hall/motion';
import { usePavilion } from '../../context/usePavilion';
import { useDragLook } from './useDragLook';
import { useKeyboardWalk } from './useKeyboardWalk';

/** Vertical field of view that keeps at least ~70° across, so a portrait phone still sees a booth. */
export function fovForAspect(aspect: number): number {
  const minHorizontal = (70 * Math.PI) / 180;
  const v = 2 * Math.atan(Math.tan(minHorizontal / 2) / Math.max(aspect, 0.1));
  return Math.min(95, Math.max(62, (v * 180) / Math.PI));
}

/** The visitor's eyes: steps the walker each frame and puts the camera at eye height. */
export function VisitorRig({ world }: { world: HallWorld }) {
  const { visitor } = usePavilion();
  const camera = useThree((s) => s.camera);
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  useEffect(() => {
    if (!(camera instanceof PerspectiveCamera)) return;
    camera.fov = fovForAspect(aspect);
    camera.updateProjectionMatrix();
  }, [camera, aspect]);
  useKeyboardWalk(visitor);
  useDragLook(visitor);
  useFrame(({ gl }, dt) => {
    // In a headset the head is the camera and the visitor moves by teleport (scene/xr/HeadsetRig).
    if (gl.xr.isPresenting) return;
    stepWalker(visitor, dt, world.obstacles, world.layout.bounds);
    camera.position.set(visitor.pos.x, MOTION.eyeHeight, visitor.pos.z);
    camera.rotation.set(visitor.pitch, visitor.yaw, 0, 'YXZ');
  }, -1);
  return null;
}
