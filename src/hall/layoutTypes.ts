import type { BoothSizeCode } from './hallDimensions';
import type { Rect, Vec2 } from './geometry';

/** The shapes going into and coming out of the floor plan (see layout.ts for the plan itself). */

export interface LayoutInput {
  zones: readonly { id: string; kind: 'theme' | 'stage' | 'general'; color: string; booths: readonly string[] }[];
  booths: readonly { id: string; size: BoothSizeCode }[];
}

export interface BoothPlacement {
  id: string;
  /** Index into LayoutInput.booths. */
  index: number;
  zoneId: string;
  size: BoothSizeCode;
  /** Centre of the footprint. */
  x: number;
  z: number;
  /** Width along the aisle and depth into the row, before rotation. */
  w: number;
  d: number;
  /** Unit normal out of the open front, towards the aisle. */
  normal: Vec2;
  /** Rotation about y that turns the booth's local +z (its front) into `normal`. */
  rotationY: number;
  /** Footprint on the floor (already rotated: axis-aligned). */
  footprint: Rect;
  /** Where a visitor stands to face the booth: in the aisle, in front of the counter. */
  front: Vec2;
}

export interface ZoneArea {
  id: string;
  kind: 'theme' | 'stage' | 'general';
  color: string;
  /** -1 west of the spine, 1 east, 0 across it (the stage). */
  side: -1 | 0 | 1;
  area: Rect;
  /** Foot of the zone's pylon sign, at the spine edge where the zone starts. */
  sign: Vec2;
  /** Aisle rectangles of this zone (floor tint, minimap, walkability). */
  aisles: Rect[];
}

export interface HallLayout {
  booths: BoothPlacement[];
  /** Placement by booth id. */
  byId: Map<string, BoothPlacement>;
  zones: ZoneArea[];
  spine: Rect;
  plaza: Rect;
  stage: Rect | null;
  /** Walls of the hall: everything walkable is inside. */
  bounds: Rect;
  /** Where a visitor starts, looking north into the hall. */
  entrance: Vec2 & { yaw: number };
  /** The welcome gate spans the spine here; its two posts are obstacles. */
  welcomeGate: Vec2 & { width: number };
  /** Small fixed obstacles: the gate's posts. */
  posts: Rect[];
  rowLength: number;
}
