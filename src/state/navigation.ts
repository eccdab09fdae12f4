import { yawTowards, type Vec2 } from '../hall/geometry';
import { cruiseSpeed } from '../hall/motion';
import { findPath } from '../hall/pathfind';
import { useHallStore } from './hallStore';
import { placeVisitor, visitor } from './visitor';

/**
 * How far in front of a booth to stand: a portrait phone sees a narrow slice of the world,
 * so it steps back across the aisle to fit the booth's header in view.
 */
export function standoff(aspect: number): number {
  return aspect < 0.8 ? 3.1 : 1.6;
}

/** Where to stand to see a booth, facing it. */
function boothYaw(id: string): { front: Vec2; yaw: number } | null {
  const b = useHallStore.getState().world?.layout.byId.get(id);
  if (!b) return null;
  const aspect = typeof window === 'undefined' ? 1.6 : window.innerWidth / Math.max(1, window.innerHeight);
  const k = b.d / 2 + standoff(aspect);
  const front = { x: b.x + b.normal.x * k, z: b.z + b.normal.z * k };
  return { front, yaw: yawTowards(front, { x: b.x, z: b.z }) };
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
