/**
 * A panorama's viewing maths: where a yaw and pitch point (and back), and the bounds of looking
 * and zooming. Yaw 0 is the middle of the equirectangular picture, positive to the right; pitch
 * positive up. The viewer looks from the sphere's centre down -Z at yaw 0 (three's camera default).
 */

const RAD = Math.PI / 180;

export interface Look {
  yaw: number;
  pitch: number;
}

/** The unit direction a yaw and pitch (degrees) point in. */
export function directionOf(yaw: number, pitch: number): [number, number, number] {
  const y = yaw * RAD;
  const p = pitch * RAD;
  return [Math.sin(y) * Math.cos(p), Math.sin(p), -Math.cos(y) * Math.cos(p)];
}

/** The yaw and pitch (degrees) of a direction; yaw in (-180, 180]. */
export function lookOf([x, y, z]: readonly [number, number, number]): Look {
  const len = Math.hypot(x, y, z) || 1;
  const pitch = Math.asin(Math.max(-1, Math.min(1, y / len))) / RAD;
  const yaw = Math.abs(x) < 1e-12 && Math.abs(z) < 1e-12 ? 0 : Math.atan2(x, -z) / RAD;
  return { yaw: yaw === -180 ? 180 : yaw, pitch };
}

/** Yaw back into (-180, 180]. */
export function wrapYaw(yaw: number): number {
  const w = ((((yaw + 180) % 360) + 360) % 360) - 180;
  return w === -180 ? 180 : w;
}

/** Short of straight up or down: at ±90° yaw turns about the view axis and dragging feels broken. */
export const MAX_PITCH = 85;
export const FOV = { min: 30, max: 90, initial: 75 } as const;

/** A look moved by a drag of (dx, dy) pixels on a view `height` pixels tall at `fov`: the picture follows the finger. */
export function dragLook(from: Look, dx: number, dy: number, height: number, fov: number): Look {
  const perPixel = fov / Math.max(1, height);
  return {
    yaw: wrapYaw(from.yaw - dx * perPixel),
    pitch: Math.max(-MAX_PITCH, Math.min(MAX_PITCH, from.pitch + dy * perPixel)),
  };
}

/** Zoom by a factor (< 1 in, > 1 out), within the bounds. */
export function zoomFov(fov: number, factor: number): number {
  return Math.max(FOV.min, Math.min(FOV.max, fov * factor));
}

type V3 = [number, number, number];
const rotX = ([x, y, z]: V3, a: number): V3 => [x, y * Math.cos(a) - z * Math.sin(a), y * Math.sin(a) + z * Math.cos(a)];
const rotY = ([x, y, z]: V3, a: number): V3 => [x * Math.cos(a) + z * Math.sin(a), y, -x * Math.sin(a) + z * Math.cos(a)];
const rotZ = ([x, y, z]: V3, a: number): V3 => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a), z];

/**
 * Where a phone's back camera looks, from its `deviceorientation` angles (degrees; W3C: the
 * device turned by alpha about up, beta about its x, gamma about its y) and the screen's rotation
 * (`screen.orientation.angle`): yaw clockwise from the compass north the browser reports, pitch up.
 * Callers keep the first reading's yaw as an offset, so turning on the gyroscope does not jump.
 */
export function gyroLook(alpha: number, beta: number, gamma: number, screenAngle: number): Look {
  let v: V3 = [0, 0, -1];
  v = rotZ(v, -screenAngle * RAD);
  v = rotY(v, gamma * RAD);
  v = rotX(v, beta * RAD);
  v = rotZ(v, alpha * RAD);
  const [east, north, up] = v;
  const pitch = Math.asin(Math.max(-1, Math.min(1, up))) / RAD;
  return { yaw: wrapYaw(Math.atan2(east, north) / RAD), pitch: Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pitch)) };
}

/**
 * Where a point of the panorama (yaw, pitch) shows in a view looking at `look` with a vertical
 * field of view `fov` (degrees) and width/height `aspect`: x and y from -1 to 1 across the view
 * (y up), or null when it is behind the viewer or out of sight. The camera never rolls.
 */
export function projectToView(
  yaw: number,
  pitch: number,
  look: Look,
  fov: number,
  aspect: number,
): { x: number; y: number } | null {
  const d = directionOf(yaw, pitch);
  const f = directionOf(look.yaw, look.pitch);
  const y = look.yaw * RAD;
  const r: V3 = [Math.cos(y), 0, Math.sin(y)];
  // up = right × forward
  const u: V3 = [r[1] * f[2] - r[2] * f[1], r[2] * f[0] - r[0] * f[2], r[0] * f[1] - r[1] * f[0]];
  const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
  const depth = dot(d, f);
  if (depth <= 0.01) return null;
  const t = Math.tan((fov * RAD) / 2);
  const x = dot(d, r) / depth / (t * aspect);
  const yy = dot(d, u) / depth / t;
  return Math.abs(x) > 1.2 || Math.abs(yy) > 1.2 ? null : { x, y: yy };
}
