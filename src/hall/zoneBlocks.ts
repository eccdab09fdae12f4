import type { BoothSpot } from './boothPlacement';
import { rect, type Rect } from './geometry';
import { BOOTH_FOOTPRINT, LAYOUT, sideWallX, type BoothSizeOf } from './hallDimensions';
import type { ZoneArea } from './layoutTypes';
import type { AssignedZone } from './zoneAssignment';

/**
 * Zone blocks: each zone is a stack of streets running east–west off the central spine, on
 * one side of it; a street is an aisle with a row of booths on each side, fronts on the aisle.
 */

export interface Street {
  north: string[];
  south: string[];
}

/** Packs booth ids into streets of two rows, in order, each row at most `rowLength` long. */
export function packStreets(ids: readonly string[], sizeOf: BoothSizeOf, rowLength: number): Street[] {
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

export interface ZoneBlocks {
  booths: BoothSpot[];
  zones: ZoneArea[];
  /** z of the north edge of the cross aisle beyond the last block: where the stage row starts. */
  north: number;
}

/**
 * Lays the zones out as blocks north of the plaza (z < 0), each on whichever side of the spine
 * is shorter so far, with a cross aisle between consecutive blocks on a side.
 */
export function layoutZoneBlocks(zones: readonly AssignedZone[], sizeOf: BoothSizeOf, rowLength: number): ZoneBlocks {
  const half = LAYOUT.spineWidth / 2;
  const outerX = sideWallX(rowLength);
  const booths: BoothSpot[] = [];
  const areas: ZoneArea[] = [];
  const cursor = { [-1]: 0, [1]: 0 } as Record<-1 | 1, number>;
  for (const zone of zones) {
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
          const z = row === 'north' ? aisleZ0 - d / 2 : aisleZ1 + d / 2;
          const normal = row === 'north' ? { x: 0, z: 1 } : { x: 0, z: -1 };
          booths.push({ id, zoneId: zone.id, x: side * (half + along + w / 2), z, normal });
          along += w + LAYOUT.boothGap;
        }
      }
    });
    const depth = Math.max(1, streets.length) * STREET_DEPTH + Math.max(0, streets.length - 1) * LAYOUT.backGap;
    const zNorth = zSouth - depth;
    // The perimeter aisle at the outer end joins every street: no street is a dead end.
    aisles.push(rect(side * (half + rowLength), zNorth, side * outerX, zSouth));
    areas.push({
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
  // Every block already ends in its cross aisle; with no blocks the stage still needs one in front.
  const north = zones.length ? -Math.max(cursor[-1], cursor[1]) : -LAYOUT.crossAisle;
  return { booths, zones: areas, north };
}
