import type { Vec2 } from '../hall/geometry';
import { createWalker, type Walker } from '../hall/motion';

/**
 * The visitor's body and input, changed every frame. Deliberately not a store: React never
 * re-renders for these; `useFrame` code reads and writes them directly. One per pavilion
 * instance, so a preview's camera never moves the hall's visitor.
 */
export type Visitor = Walker;

export function createVisitor(): Visitor {
  return createWalker();
}

export function placeVisitor(visitor: Visitor, pos: Vec2, yaw: number): void {
  visitor.pos.x = pos.x;
  visitor.pos.z = pos.z;
  visitor.yaw = yaw;
  visitor.pitch = 0;
  visitor.vel.x = visitor.vel.z = 0;
  visitor.path = [];
  visitor.arriveYaw = null;
}
