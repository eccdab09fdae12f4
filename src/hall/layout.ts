import { rect, type Rect, type Vec2 } from './geometry';

/**
 * The floor plan, from manifests to metres. Pure and deterministic: the same hall always
 * gives the same plan, so deep links, minimaps and tests agree.
 *
 *   north (-z)        [ stage booths | STAGE | stage booths ]
 *                   ┌──────────── cross aisle ───────────────┐
 *      zone block   │ street ═══ │ spine │ ═══ street       │ zone block
 *      (left)       │ street ═══ │       │ ═══ street       │ (right)
 *                   │   …        │       │   …              │
 *   south (+z)           [ entrance plaza + welcome gate ]
 *
 * A zone block is a stack of streets running east–west off the central spine; a street is
 * an aisle with a row of booths on each side, every booth's open front on the aisle.
 */

export type BoothSizeCode = 'S' | 'M' | 'L';

/** Footprint width (along the aisle) × depth, in metres. */
export const BOOTH_FOOTPRINT: Record<BoothSizeCode, { w: number; d: number }> = {
  S: { w: 3, d: 3 },
  M: { w: 4.5, d: 3 },
  L: { w: 6, d: 4.5 },
};

export const LAYOUT = {
  spineWidth: 8,
  aisleWidth: 4,
  rowDepth: 4.5,
  boothGap: 1,
  /** Gap between back-to-back rows of neighbouring streets. */
  backGap: 0.6,
  crossAisle: 5,
  perimeterAisle: 4,
  plazaDepth: 18,
  stage: { w: 14, d: 7 },
  minRowLength: 18,
  maxRowLength: 60,
} as const;

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

export const GENERAL_ZONE_ID = 'general';

/** Metres in front of a booth where a visitor stands to see it. */
export const FRONT_STANDOFF = 1.6;

/** Row length grows with the hall so a 1,000-booth fair is not a 1 km corridor. */
export function rowLengthFor(boothCount: number): number {
  const r = Math.ceil(Math.sqrt(Math.max(1, boothCount)) * 2.2);
  return Math.min(LAYOUT.maxRowLength, Math.max(LAYOUT.minRowLength, r));
}

interface Street {
  north: string[];
  south: string[];
}

/** Packs booth ids into streets of two rows, in order, each row at most `rowLength` long. */
export function packStreets(ids: readonly string[], sizeOf: (id: string) => BoothSizeCode, rowLength: number): Street[] {
  const streets: Street[] = [];
  let street: Street = { north: [], south: [] };
  let row: 'north' | 'south' = 'north';
  let used = 0;
  for (const id of ids) {
    const w = BOOTH_FOOTPRINT[sizeOf(id)].w;
    const need = used === 0 ? w : used + LAYOUT.boothGap + w;
    if (need > rowLength && used > 0) {
      if (row === 'north') row = 'south';
      else {
        streets.push(street);
        street = { north: [], south: [] };
        row = 'north';
      }
      used = 0;
    }
    street[row].push(id);
    used = used === 0 ? w : used + LAYOUT.boothGap + w;
  }
  if (street.north.length) streets.push(street);
  return streets;
}

const STREET_DEPTH = LAYOUT.rowDepth * 2 + LAYOUT.aisleWidth;

export function layoutHall(input: LayoutInput): HallLayout {
  const sizes = new Map(input.booths.map((b) => [b.id, b.size] as const));
  const indexOf = new Map(input.booths.map((b, i) => [b.id, i] as const));
  const sizeOf = (id: string) => sizes.get(id) ?? 'S';
  const rowLength = rowLengthFor(input.booths.length);
  const half = LAYOUT.spineWidth / 2;

  // Each booth once, in its first zone; booths no zone lists go to a general zone.
  const placed = new Set<string>();
  const zones = input.zones
    .map((z) => ({ ...z, ids: z.booths.filter((id) => sizes.has(id) && !placed.has(id) && placed.add(id)) }))
    .filter((z) => z.ids.length > 0 || z.kind === 'stage');
  const leftovers = input.booths.map((b) => b.id).filter((id) => !placed.has(id));
  if (leftovers.length) zones.push({ id: GENERAL_ZONE_ID, kind: 'general', color: '#64748b', booths: leftovers, ids: leftovers });

  const booths: BoothPlacement[] = [];
  const zoneAreas: ZoneArea[] = [];
  const place = (id: string, zoneId: string, cx: number, cz: number, normal: Vec2) => {
    const size = sizeOf(id);
    const { w, d } = BOOTH_FOOTPRINT[size];
    const alongX = normal.x === 0;
    const hw = (alongX ? w : d) / 2;
    const hd = (alongX ? d : w) / 2;
    booths.push({
      id,
      index: indexOf.get(id) ?? -1,
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
    });
  };

  // Stage exhibitors flank the platform, alternating west/east; any that do not fit are
  // laid out like a theme zone (same id and colour), so every booth gets a place.
  const outerX = half + rowLength + LAYOUT.perimeterAisle;
  const stageZones = zones.filter((z) => z.kind === 'stage');
  const flankPlan: { id: string; zoneId: string; side: -1 | 1; offset: number }[] = [];
  const blockZones = zones.filter((z) => z.kind !== 'stage');
  const flank = { [-1]: LAYOUT.stage.w / 2 + 1, [1]: LAYOUT.stage.w / 2 + 1 } as Record<-1 | 1, number>;
  for (const zone of stageZones) {
    const overflow: string[] = [];
    zone.ids.forEach((id, i) => {
      const { w } = BOOTH_FOOTPRINT[sizeOf(id)];
      const first: -1 | 1 = i % 2 === 0 ? -1 : 1;
      const side = [first, -first as -1 | 1].find((s) => flank[s] + w <= outerX);
      if (side === undefined) return void overflow.push(id);
      flankPlan.push({ id, zoneId: zone.id, side, offset: flank[side] + w / 2 });
      flank[side] += w + LAYOUT.boothGap;
    });
    if (overflow.length) blockZones.push({ ...zone, ids: overflow });
  }

  // Zone blocks: each goes to the side (west/east of the spine) that is shorter so far.
  const cursor = { [-1]: 0, [1]: 0 } as Record<-1 | 1, number>;
  for (const zone of blockZones) {
    const side: -1 | 1 = cursor[1] < cursor[-1] ? 1 : -1;
    const streets = packStreets(zone.ids, sizeOf, rowLength);
    const zSouth = -cursor[side];
    const aisles: Rect[] = [];
    streets.forEach((street, k) => {
      const top = zSouth - (k + 1) * STREET_DEPTH - k * LAYOUT.backGap; // north edge of the street band
      const aisleZ0 = top + LAYOUT.rowDepth;
      const aisleZ1 = aisleZ0 + LAYOUT.aisleWidth;
      aisles.push(rect(side * half, aisleZ0, side * outerX, aisleZ1));
      for (const [row, ids] of [
        ['north', street.north],
        ['south', street.south],
      ] as const) {
        let along = 0;
        for (const id of ids) {
          const { w, d } = BOOTH_FOOTPRINT[sizeOf(id)];
          const cz = row === 'north' ? aisleZ0 - d / 2 : aisleZ1 + d / 2;
          place(id, zone.id, side * (half + along + w / 2), cz, row === 'north' ? { x: 0, z: 1 } : { x: 0, z: -1 });
          along += w + LAYOUT.boothGap;
        }
      }
    });
    const depth = Math.max(1, streets.length) * STREET_DEPTH + Math.max(0, streets.length - 1) * LAYOUT.backGap;
    const zNorth = zSouth - depth;
    // The perimeter aisle at the outer end joins every street: no street is a dead end.
    aisles.push(rect(side * (half + rowLength), zNorth, side * outerX, zSouth));
    zoneAreas.push({
      id: zone.id,
      kind: zone.kind,
      color: zone.color,
      side,
      area: rect(side * half, zNorth, side * outerX, zSouth),
      sign: { x: side * (half + 0.6), z: zSouth - 1 },
      aisles,
    });
    cursor[side] += depth + LAYOUT.crossAisle;
  }

  // North of the last blocks: a cross aisle, then the stage row.
  const blocksNorth = -Math.max(cursor[-1], cursor[1]);
  let north = blocksNorth - (blockZones.length ? 0 : LAYOUT.crossAisle);
  let stage: Rect | null = null;
  if (stageZones.length) {
    const front = north; // the stage's front edge, facing south
    stage = rect(-LAYOUT.stage.w / 2, front - LAYOUT.stage.d, LAYOUT.stage.w / 2, front);
    for (const f of flankPlan)
      place(f.id, f.zoneId, f.side * f.offset, front - BOOTH_FOOTPRINT[sizeOf(f.id)].d / 2, { x: 0, z: 1 });
    north = front - LAYOUT.stage.d;
    for (const zone of stageZones)
      zoneAreas.push({
        id: zone.id,
        kind: zone.kind,
        color: zone.color,
        side: 0,
        area: rect(-outerX, north, outerX, front + LAYOUT.crossAisle),
        sign: { x: 0, z: north + 0.5 },
        aisles: [rect(-outerX, front, outerX, front + LAYOUT.crossAisle)],
      });
  }

  const spine = rect(-half, north, half, LAYOUT.plazaDepth);
  const gateZ = 4;
  const plaza = rect(-outerX, 0, outerX, LAYOUT.plazaDepth);
  const bounds = rect(-outerX, north - 1, outerX, LAYOUT.plazaDepth);
  return {
    booths,
    byId: new Map(booths.map((b) => [b.id, b])),
    zones: zoneAreas,
    spine,
    plaza,
    stage,
    bounds,
    entrance: { x: 0, z: LAYOUT.plazaDepth - 1.5, yaw: 0 },
    welcomeGate: { x: 0, z: gateZ, width: LAYOUT.spineWidth + 2 },
    posts: [-1, 1].map((s) => rect(s * (half + 1) - 0.3, gateZ - 0.3, s * (half + 1) + 0.3, gateZ + 0.3)),
    rowLength,
  };
}
