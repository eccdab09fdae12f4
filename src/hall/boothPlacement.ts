import { rect, type Vec2 } from './geometry';
import { BOOTH_FOOTPRINT, FRONT_STANDOFF, type BoothSizeCode } from './hallDimensions';
import type { BoothPlacement } from './layoutTypes';

/** Where a layout phase puts a booth: its centre and the way its open front faces. */
export interface BoothSpot {
  id: string;
  zoneId: string;
  x: number;
  z: number;
  /** Unit normal out of the open front; always along x or z. */
  normal: Vec2;
}

/** Derives everything else a booth needs (footprint, rotation, where a visitor stands) from its spot. */
export function placeBooth(spot: BoothSpot, size: BoothSizeCode, index: number): BoothPlacement {
  const { id, zoneId, x: cx, z: cz, normal } = spot;
  const { w, d } = BOOTH_FOOTPRINT[size];
  // A booth facing east or west is turned a quarter, so its width runs along z.
  const alongX = normal.x === 0;
  const hw = (alongX ? w : d) / 2;
  const hd = (alongX ? d : w) / 2;
  return {
    id,
    index,
    zoneId,
    size,
    x: cx,
    z: cz,
    w,
    d,
    normal,
    rotationY: Math.atan2(normal.x, normal.z),
    footprint: rect(cx - hw, cz - hd, cx + hw, cz + hd),
    front: { x: cx + normal.x * (d / 2 + FRONT_STANDOFF), z: cz + normal.z * (d / 2 + FRONT_STANDOFF) },
  };
}
