import { moveWithCollisions, type RectIndex } from './collision';
import type { Rect, Vec2 } from './geometry';
import { VISITOR_RADIUS } from './walkGrid';

/** What the frame loop steps: position, gaze, velocity, an automatic path and input. */
export interface Walker {
  pos: Vec2;
  yaw: number;
  pitch: number;
  vel: Vec2;
  path: Vec2[];
  arriveYaw: number | null;
  /** Cruise speed of the current automatic walk (long trips go faster). */
  autoSpeed: number;
  move: { forward: number; right: number };
  look: { yaw: number; pitch: number };
  turn: number;
}

/** A walker standing still at the origin, looking north. */
export function createWalker(over: Partial<Walker> = {}): Walker {
  return {
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
    ...over,
  };
}

/** Cruise speed for a trip: a stroll for short hops, capped at ~7 s for long ones. */
export function cruiseSpeed(pathLength: number): number {
  return Math.min(30, Math.max(MOTION.autoSpeed, pathLength / 7));
}

export const MOTION = {
  walkSpeed: 3.2,
  autoSpeed: 4.2,
  turnSpeed: 1.9,
  maxPitch: 0.75,
  /** Higher = snappier start and stop. */
  accel: 9,
  eyeHeight: 1.6,
  maxDt: 0.25,
} as const;

function angleDelta(from: number, to: number): number {
  return Math.atan2(Math.sin(to - from), Math.cos(to - from));
}

/**
 * Advances a walker by dt seconds: hand input wins over an automatic walk; automatic walks
 * ease out on arrival and then turn to face the target. Pure apart from mutating `w`,
 * allocation-free, so it can run every frame.
 */
export function stepWalker(w: Walker, dtIn: number, obstacles: RectIndex, bounds: Rect): void {
  const dt = Math.min(Math.max(dtIn, 0), MOTION.maxDt);
  w.yaw += w.look.yaw + w.turn * MOTION.turnSpeed * dt;
  w.pitch = Math.min(MOTION.maxPitch, Math.max(-MOTION.maxPitch, w.pitch + w.look.pitch));
  w.look.yaw = 0;
  w.look.pitch = 0;

  const manual = w.move.forward !== 0 || w.move.right !== 0;
  if (manual) {
    w.path.length = 0;
    w.arriveYaw = null;
  }
  let tx = 0;
  let tz = 0;
  const ease = 1 - Math.exp(-dt * 5);
  if (manual) {
    const len = Math.min(1, Math.hypot(w.move.forward, w.move.right)) / (Math.hypot(w.move.forward, w.move.right) || 1);
    const s = Math.sin(w.yaw);
    const c = Math.cos(w.yaw);
    tx = (-s * w.move.forward + c * w.move.right) * len * MOTION.walkSpeed;
    tz = (-c * w.move.forward - s * w.move.right) * len * MOTION.walkSpeed;
  } else if (w.path.length) {
    const wp = w.path[0]!;
    const dx = wp.x - w.pos.x;
    const dz = wp.z - w.pos.z;
    const d = Math.hypot(dx, dz);
    const last = w.path.length === 1;
    if (d < (last ? 0.06 : 0.5)) {
      w.path.shift();
      if (last) {
        // A few centimetres: settle exactly on the spot rather than creep.
        w.pos.x = wp.x;
        w.pos.z = wp.z;
        w.vel.x = w.vel.z = 0;
      }
    } else {
      // Ease out over the last couple of metres instead of stopping dead.
      const cruise = w.autoSpeed || MOTION.autoSpeed;
      const speed = last ? Math.min(cruise, d * 2.5 + 0.15) : cruise;
      tx = (dx / d) * speed;
      tz = (dz / d) * speed;
      if (d > 0.8) w.yaw += angleDelta(w.yaw, Math.atan2(-dx, -dz)) * ease;
      w.pitch += (0 - w.pitch) * ease;
    }
  } else if (w.arriveYaw !== null) {
    const delta = angleDelta(w.yaw, w.arriveYaw);
    if (Math.abs(delta) < 0.002) {
      w.yaw = w.arriveYaw;
      w.arriveYaw = null;
    } else w.yaw += delta * (1 - Math.exp(-dt * 6));
    w.pitch += (0 - w.pitch) * ease;
  }
  const k = 1 - Math.exp(-dt * MOTION.accel);
  w.vel.x += (tx - w.vel.x) * k;
  w.vel.z += (tz - w.vel.z) * k;
  if (Math.abs(w.vel.x) < 1e-4 && Math.abs(w.vel.z) < 1e-4) return;
  moveWithCollisions(w.pos, w.vel.x * dt, w.vel.z * dt, VISITOR_RADIUS, obstacles, bounds);
}
