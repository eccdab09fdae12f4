import type { Vec2 } from '../hall/geometry';
import type { Walker } from '../hall/motion';

/**
 * The visitor's body and input, changed every frame. Deliberately not a store: React never
 * re-renders for these; `useFrame` code reads and writes them directly.
 */
export const visitor: Walker = {
  pos: { x: 0, z: 0 },
  yaw: 0,
  pitch: 0,
  vel: { x: 0, z: 0 },
  path: [],
  arriveYaw: null,
  autoSpeed: 0,
  move: { forward: 0, right: 0 },
  look: { yaw: 0, pitch: 0 },
  turn: 0,
};

export function placeVisitor(pos: Vec2, yaw: number): void {
  visitor.pos.x = pos.x;
  visitor.pos.z = pos.z;
  visitor.yaw = yaw;
  visitor.pitch = 0;
  visitor.vel.x = visitor.vel.z = 0;
  visitor.path = [];
  visitor.arriveYaw = null;
}
