import { yawTowards, type Vec2 } from '../hall/geometry';
import { cruiseSpeed } from '../hall/motion';
import { findPath } from '../hall/pathfind';
import { useHallStore } from './hallStore';
import { placeVisitor, visitor } from './visitor';

/** Yaw that faces a booth from its front point. */
function boothYaw(id: string): { front: Vec2; yaw: number } | null {
  const b = useHallStore.getState().world?.layout.byId.get(id);
  if (!b) return null;
  return { front: b.front, yaw: yawTowards(b.front, { x: b.x, z: b.z }) };
}

/** Starts an automatic walk to a point; false when it cannot be reached. */
export function walkTo(target: Vec2, arriveYaw: number | null = null): boolean {
  const world = useHallStore.getState().world;
  if (!world) return false;
  const path = findPath(world.grid, visitor.pos, target);
  if (!path) return false;
  let length = 0;
  let prev = visitor.pos;
  for (const p of path) {
    length += Math.hypot(p.x - prev.x, p.z - prev.z);
    prev = p;
  }
  visitor.path = path;
  visitor.arriveYaw = arriveYaw;
  visitor.autoSpeed = cruiseSpeed(length);
  return true;
}

export function walkToBooth(id: string): boolean {
  const t = boothYaw(id);
  return t ? walkTo(t.front, t.yaw) : false;
}

/** Puts the visitor at a booth at once (deep links, kiosk resets). */
export function jumpToBooth(id: string): boolean {
  const t = boothYaw(id);
  if (!t) return false;
  placeVisitor(t.front, t.yaw);
  return true;
}

export function jumpToEntrance(): void {
  const world = useHallStore.getState().world;
  if (world) placeVisitor(world.layout.entrance, world.layout.entrance.yaw);
}

export function walkToEntrance(): boolean {
  const world = useHallStore.getState().world;
  if (!world) return false;
  return walkTo(world.layout.entrance, world.layout.entrance.yaw);
}

export function stopWalking(): void {
  visitor.path = [];
  visitor.arriveYaw = null;
}
