import type { BoothSpot } from './boothPlacement';
import { rect, type Rect } from './geometry';
import { BOOTH_FOOTPRINT, LAYOUT, type BoothSizeOf } from './hallDimensions';
import type { ZoneArea } from './layoutTypes';
import type { AssignedZone } from './zoneAssignment';

/**
 * The stage row, across the hall's north end: the platform on the spine, its exhibitors in a
 * row either side of it facing south, and a cross aisle in front. Planned before the zone
 * blocks (the booths that do not fit become a block) and laid out after them (the row's z is
 * wherever the blocks end).
 */

/** A stage booth's place in the row: west (-1) or east (1) of the platform, centre |x| = offset. */
export interface FlankSlot {
  id: string;
  zoneId: string;
  side: -1 | 1;
  offset: number;
}

export interface StageFlankPlan {
  slots: FlankSlot[];
  /** Stage booths with no room in the row, as zones with the same id and colour. */
  overflow: AssignedZone[];
}

/**
 * Seats stage exhibitors alternately west and east of the platform, outwards, each on the other
 * side when its own is full up to the side wall; any that fit on neither side overflow, so every
 * booth still gets a place.
 */
export function planStageFlanks(stageZones: readonly AssignedZone[], sizeOf: BoothSizeOf, sideWall: number): StageFlankPlan {
  const slots: FlankSlot[] = [];
  const overflow: AssignedZone[] = [];
  const flank = { [-1]: LAYOUT.stage.w / 2 + 1, [1]: LAYOUT.stage.w / 2 + 1 } as Record<-1 | 1, number>;
  for (const zone of stageZones) {
    const rest: string[] = [];
    zone.ids.forEach((id, i) => {
      const { w } = BOOTH_FOOTPRINT[sizeOf(id)];
      const first: -1 | 1 = i % 2 === 0 ? -1 : 1;
      const side = [first, -first as -1 | 1].find((s) => flank[s] + w <= sideWall);
      if (side === undefined) return void rest.push(id);
      slots.push({ id, zoneId: zone.id, side, offset: flank[side] + w / 2 });
      flank[side] += w + LAYOUT.boothGap;
    });
    if (rest.length) overflow.push({ ...zone, ids: rest });
  }
  return { slots, overflow };
}

export interface StageRow {
  booths: BoothSpot[];
  zones: ZoneArea[];
  stage: Rect | null;
  /** z of the row's north edge (the stage's back), or `front` when the hall has no stage. */
  north: number;
}

/** Builds the stage row with its front edge at z = `front`; a hall with no stage zone gets none. */
export function layoutStageRow(
  stageZones: readonly AssignedZone[],
  slots: readonly FlankSlot[],
  front: number,
  sizeOf: BoothSizeOf,
  sideWall: number,
): StageRow {
  if (!stageZones.length) return { booths: [], zones: [], stage: null, north: front };
  const stage = rect(-LAYOUT.stage.w / 2, front - LAYOUT.stage.d, LAYOUT.stage.w / 2, front);
  // Flank booths stand with their open fronts on the stage's front line, facing the audience.
  const booths = slots.map((f) => ({
    id: f.id,
    zoneId: f.zoneId,
    x: f.side * f.offset,
    z: front - BOOTH_FOOTPRINT[sizeOf(f.id)].d / 2,
    normal: { x: 0, z: 1 },
  }));
  const north = front - LAYOUT.stage.d;
  const zones = stageZones.map((zone): ZoneArea => ({
    id: zone.id,
    kind: zone.kind,
    color: zone.color,
    side: 0,
    area: rect(-sideWall, north, sideWall, front + LAYOUT.crossAisle),
    sign: { x: 0, z: north + 0.5 },
    aisles: [rect(-sideWall, front, sideWall, front + LAYOUT.crossAisle)],
  }));
  return { booths, zones, stage, north };
}
