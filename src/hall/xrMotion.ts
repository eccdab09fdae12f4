import type { Vec2 } from './geometry';
import { nearestWalkable } from './pathfind';
import { isWalkable, type WalkGrid } from './walkGrid';

/**
 * A place on the floor and a heading (radians about +Y, three's convention: 0 looks down -Z,
 * positive turns left). In a headset the visitor's feet are the XR origin; their head moves
 * inside it (room scale), so the hall moves them by moving the origin, never the head.
 */
export interface FloorPose {
  x: number;
  z: number;
  yaw: number;
}

/** (x, z) turned by `angle` about +Y, as three's Object3D.rotation.y turns its children. */
export function rotateY(x: number, z: number, angle: number): Vec2 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return { x: x * c + z * s, z: -x * s + z * c };
}

/** Where the head is in the hall, from the origin's pose and the head's pose inside it. */
export function headInHall(origin: FloorPose, head: FloorPose): FloorPose {
  const r = rotateY(head.x, head.z, origin.yaw);
  return { x: origin.x + r.x, z: origin.z + r.z, yaw: wrapAngle(origin.yaw + head.yaw) };
}

/** The origin that puts a head (its pose inside the origin) at `want` in the hall. */
export function originForHead(head: FloorPose, want: FloorPose): FloorPose {
  const yaw = wrapAngle(want.yaw - head.yaw);
  const r = rotateY(head.x, head.z, yaw);
  return { x: want.x - r.x, z: want.z - r.z, yaw };
}

/**
 * A snap turn: the origin turned by `angle` about the head, so the visitor turns on the spot
 * (turning about the origin would swing them round the room's centre).
 */
export function turnAboutHead(origin: FloorPose, head: FloorPose, angle: number): FloorPose {
  const now = headInHall(origin, head);
  return originForHead(head, { x: now.x, z: now.z, yaw: now.yaw + angle });
}

/** A teleport: the head lands on `to`, facing `yaw` (or the way it faced). */
export function teleportHead(origin: FloorPose, head: FloorPose, to: Vec2, yaw?: number): FloorPose {
  return originForHead(head, { x: to.x, z: to.z, yaw: yaw ?? headInHall(origin, head).yaw });
}

/**
 * Where a teleport aimed at `p` lands: `p` on open floor, else the nearest open floor within
 * `reach` metres (aiming at a booth's edge lands in its aisle), else nowhere (inside a big booth
 * or the stage): a teleport never puts the visitor inside a wall.
 */
export function teleportLanding(grid: WalkGrid, p: Vec2, reach = 1.5): Vec2 | null {
  if (isWalkable(grid, p)) return { x: p.x, z: p.z };
  const near = nearestWalkable(grid, p, Math.ceil(reach / grid.cell));
  return near && Math.hypot(near.x - p.x, near.z - p.z) <= reach ? near : null;
}

export interface SnapTurn {
  /** False after a turn until the stick comes back to the middle: one push, one turn. */
  armed: boolean;
}

export const SNAP = { degrees: 30, push: 0.6, release: 0.3 } as const;

/**
 * One frame of snap turning from a thumbstick's x axis (right is +1): the turn to make now
 * (radians, negative = to the right) and whether the next push counts. No smooth turning: a
 * view that rotates by itself is what makes people sick in a headset.
 */
export function snapTurn(state: SnapTurn, axisX: number): { turn: number; armed: boolean } {
  if (state.armed && Math.abs(axisX) >= SNAP.push) {
    return { turn: (-Math.sign(axisX) * SNAP.degrees * Math.PI) / 180, armed: false };
  }
  return { turn: 0, armed: state.armed || Math.abs(axisX) <= SNAP.release };
}

/** Where a world panel opens: `distance` metres ahead of the head, turned to face it. */
export function panelPose(head: FloorPose, distance: number): FloorPose {
  return { x: head.x - Math.sin(head.yaw) * distance, z: head.z - Math.cos(head.yaw) * distance, yaw: head.yaw };
}

export function wrapAngle(a: number): number {
  return Math.atan2(Math.sin(a), Math.cos(a));
}

/** How quickly the teleport arc swings after the hand (ms): steady against tremor, still prompt. */
export const ARC_FOLLOW_MS = 100;

/**
 * The share of the way to the hand's direction the arc swings in a frame of `dtMs`: about
 * dt / 100 ms at a headset's 72–120 Hz, as the library steps it, but never more than the whole
 * way. The library's own step passes 1 in frames over 100 ms and extrapolates past the hand
 * (over 200 ms it swings further off every frame), so on a struggling device the arc jumped and
 * the same aim landed metres apart.
 */
export function arcFollow(dtMs: number): number {
  return dtMs <= 0 ? 0 : 1 - Math.exp(-dtMs / ARC_FOLLOW_MS);
}
