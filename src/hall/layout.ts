import { placeBooth } from './boothPlacement';
import { rowLengthFor, sideWallX } from './hallDimensions';
import type { HallLayout, LayoutInput } from './layoutTypes';
import { layoutSpineAndPlaza } from './spineAndPlaza';
import { layoutStageRow, planStageFlanks } from './stageRow';
import { assignZones } from './zoneAssignment';
import { layoutZoneBlocks } from './zoneBlocks';

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
 *
 * This module is the public entry; each phase of the plan lives in its own file.
 */

export { BOOTH_FOOTPRINT, FRONT_STANDOFF, type BoothSizeCode } from './hallDimensions';
export type { BoothPlacement, HallLayout, LayoutInput, ZoneArea } from './layoutTypes';
export { packStreets } from './zoneBlocks';

export function layoutHall(input: LayoutInput): HallLayout {
  const sizes = new Map(input.booths.map((b) => [b.id, b.size] as const));
  const indexOf = new Map(input.booths.map((b, i) => [b.id, i] as const));
  const sizeOf = (id: string) => sizes.get(id) ?? 'S';
  const rowLength = rowLengthFor(input.booths.length);
  const sideWall = sideWallX(rowLength);

  const zones = assignZones(input);
  const stageZones = zones.filter((z) => z.kind === 'stage');
  const flanks = planStageFlanks(stageZones, sizeOf, sideWall);
  const blocks = layoutZoneBlocks([...zones.filter((z) => z.kind !== 'stage'), ...flanks.overflow], sizeOf, rowLength);
  const stageRow = layoutStageRow(stageZones, flanks.slots, blocks.north, sizeOf, sideWall);
  const frame = layoutSpineAndPlaza(stageRow.north, sideWall);

  const booths = [...blocks.booths, ...stageRow.booths].map((spot) =>
    placeBooth(spot, sizeOf(spot.id), indexOf.get(spot.id) ?? -1),
  );
  return {
    booths,
    byId: new Map(booths.map((b) => [b.id, b])),
    zones: [...blocks.zones, ...stageRow.zones],
    spine: frame.spine,
    plaza: frame.plaza,
    stage: stageRow.stage,
    bounds: frame.bounds,
    entrance: frame.entrance,
    welcomeGate: frame.welcomeGate,
    posts: frame.posts,
    rowLength,
  };
}
