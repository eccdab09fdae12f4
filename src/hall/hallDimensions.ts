/** Sizes of the hall's parts, in metres: the one place a booth, aisle or stage gets its size. */

export type BoothSizeCode = 'S' | 'M' | 'L';

/** Looks up a booth's size by id; the layout phases share one so unknown ids agree. */
export type BoothSizeOf = (id: string) => BoothSizeCode;

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

/** Metres in front of a booth where a visitor stands to see it. */
export const FRONT_STANDOFF = 1.6;

/** Row length grows with the hall so a 1,000-booth fair is not a 1 km corridor. */
export function rowLengthFor(boothCount: number): number {
  const r = Math.ceil(Math.sqrt(Math.max(1, boothCount)) * 2.2);
  return Math.min(LAYOUT.maxRowLength, Math.max(LAYOUT.minRowLength, r));
}

/** |x| of the side walls: half the spine, a row of booths, then the perimeter aisle that joins the streets. */
export function sideWallX(rowLength: number): number {
  return LAYOUT.spineWidth / 2 + rowLength + LAYOUT.perimeterAisle;
}
