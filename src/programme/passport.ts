import type { Booth, Hall, Localized } from '../manifest';

/**
 * The booth passport's rules (issue 15), pure: which booths a hall's passport has and in which
 * zone, when a booth is stamped, and which badges its stamps earn. The store (state/passportStore)
 * keeps the stamps; the panel, the players and the H5 bridge (stampBridge.ts) ask it to stamp.
 *
 * A booth is stamped once, for good, by any of:
 * - `dwell`: its panel stayed open PANEL_STAMP_MS in one opening (time with the page hidden does
 *   not count; closing the panel starts the next opening from zero);
 * - `media`: one of its videos or audio guides started playing;
 * - `bridge`: its own H5 page asked for it (stampBridge.ts).
 */
export type StampSource = 'dwell' | 'media' | 'bridge';

/** How long a booth's panel must stay open (visible) in one opening to stamp it. */
export const PANEL_STAMP_MS = 10_000;

/** The catch-all zone's id: booths no zone lists (as hall/zoneAssignment names it). */
export const PASSPORT_GENERAL_ZONE = 'general';
const GENERAL_COLOR = '#64748b';

export interface PassportZone {
  id: string;
  /** The zone's name; null for the catch-all zone (the interface names it). */
  name: Localized | null;
  color: string;
  /** Its booths that loaded, in the zone's order: completing the zone means stamping all of them. */
  booths: string[];
}

/** A hall as its passport sees it. */
export interface PassportHall {
  id: string;
  /**
   * The booth id at each position of the hall's booth list (its manifest's `booths`, as
   * `hall.boothUrls`), null where that booth did not load: the order passport codes index, the
   * same on every device whatever loaded there.
   */
  slots: (string | null)[];
  zones: PassportZone[];
}

/**
 * The passport of a loaded hall: each loaded booth in the first zone that lists it (as the hall
 * lays it out), booths no zone lists in a catch-all zone at the end, zones with no loaded booth
 * left out (a stage with no booths has nothing to stamp).
 */
export function passportHall(hall: Hall, booths: readonly Booth[]): PassportHall {
  const idByUrl = new Map<string, string>();
  for (const b of booths) if (!idByUrl.has(b.url)) idByUrl.set(b.url, b.id);
  const seenUrl = new Set<string>();
  const slots = hall.boothUrls.map((url) => {
    // The same manifest listed twice loads once: its first position is its slot.
    if (seenUrl.has(url)) return null;
    seenUrl.add(url);
    return idByUrl.get(url) ?? null;
  });
  const known = new Set(booths.map((b) => b.id));
  const claimed = new Set<string>();
  const zones: PassportZone[] = [];
  for (const z of hall.zones) {
    const ids = z.booths.filter((id) => known.has(id) && !claimed.has(id));
    ids.forEach((id) => claimed.add(id));
    if (ids.length) zones.push({ id: z.id, name: z.name, color: z.color, booths: ids });
  }
  const leftovers = booths.map((b) => b.id).filter((id) => !claimed.has(id));
  if (leftovers.length) zones.push({ id: PASSPORT_GENERAL_ZONE, name: null, color: GENERAL_COLOR, booths: leftovers });
  return { id: hall.id, slots, zones };
}

/** Every booth a hall's passport can stamp (each once). */
export function passportBooths(hall: PassportHall): string[] {
  return hall.zones.flatMap((z) => z.booths);
}

/**
 * How many stamps earn a count badge, for a hall of `total` stampable booths: 5, then doubling
 * (10, 20, 40, …) while below the total, then the total itself ("every booth"). A hall of 6 has
 * 5 and 6; of 24, 5, 10, 20 and 24; of 3, just 3. So a small hall is not out of badges after
 * its first and a large one keeps one within reach; none for a hall with no booths.
 */
export function countThresholds(total: number): number[] {
  if (total <= 0) return [];
  const out: number[] = [];
  for (let n = 5; n < total; n *= 2) out.push(n);
  out.push(total);
  return out;
}

export type Badge = { kind: 'zone'; zoneId: string } | { kind: 'count'; count: number };

export interface ZoneProgress {
  zone: PassportZone;
  /** Its stamped booths, in the zone's order. */
  stamped: string[];
  complete: boolean;
}

export interface PassportProgress {
  zones: ZoneProgress[];
  /** Stamped booths of this hall (stamps kept for booths that did not load are not counted). */
  stamped: number;
  total: number;
  /** Earned: zone badges in zone order, then count badges, smallest first. */
  badges: Badge[];
  /** The next count badge's threshold, or null when every one is earned. */
  nextCount: number | null;
}

/** Where a visitor's stamps stand in this hall: by zone, and the badges they earn. */
export function passportProgress(hall: PassportHall, stamps: readonly string[]): PassportProgress {
  const have = new Set(stamps);
  const zones = hall.zones.map((zone) => {
    const stamped = zone.booths.filter((id) => have.has(id));
    return { zone, stamped, complete: stamped.length === zone.booths.length };
  });
  const stamped = zones.reduce((n, z) => n + z.stamped.length, 0);
  const total = zones.reduce((n, z) => n + z.zone.booths.length, 0);
  const thresholds = countThresholds(total);
  const badges: Badge[] = [
    ...zones.filter((z) => z.complete).map((z): Badge => ({ kind: 'zone', zoneId: z.zone.id })),
    ...thresholds.filter((n) => stamped >= n).map((count): Badge => ({ kind: 'count', count })),
  ];
  return { zones, stamped, total, badges, nextCount: thresholds.find((n) => stamped < n) ?? null };
}

/** Whether `boothId` can be stamped in this hall (a loaded booth of it) and is not yet. */
export function canStamp(hall: PassportHall, stamps: readonly string[], boothId: string): boolean {
  return !stamps.includes(boothId) && hall.zones.some((z) => z.booths.includes(boothId));
}

/** Stamps from elsewhere (a code, the storage) added to these: never one removed, first kept first. */
export function mergeStamps(current: readonly string[], incoming: readonly string[]): string[] {
  const out = [...current];
  const have = new Set(current);
  for (const id of incoming)
    if (!have.has(id)) {
      have.add(id);
      out.push(id);
    }
  return out;
}

/**
 * A panel's time open in one opening, counted only while the page is visible (a kiosk left on a
 * panel in a hidden tab, or a phone in a pocket, is nobody reading it).
 */
export interface Dwell {
  /** Visible time counted before `since`. */
  ms: number;
  /** When the current visible stretch began, or null while hidden. */
  since: number | null;
}

export const dwellStart = (now: number, visible: boolean): Dwell => ({ ms: 0, since: visible ? now : null });

export function dwellElapsed(d: Dwell, now: number): number {
  return d.ms + (d.since === null ? 0 : Math.max(0, now - d.since));
}

/** The page was hidden (pause) or shown again (resume): the same opening, counting on. */
export function dwellVisibility(d: Dwell, visible: boolean, now: number): Dwell {
  if (visible) return d.since === null ? { ms: d.ms, since: now } : d;
  return d.since === null ? d : { ms: dwellElapsed(d, now), since: null };
}

/** Time still to wait before the panel's booth is stamped (0: stamp now); null while hidden. */
export function dwellRemaining(d: Dwell, now: number): number | null {
  if (d.since === null) return null;
  return Math.max(0, PANEL_STAMP_MS - dwellElapsed(d, now));
}
