import type { LoadedHall } from '../../manifest/loadHall';
import type { Booth, Zone } from '../../manifest';

export interface ZoneGroup {
  zone: Zone | null;
  booths: Booth[];
}

/** Booths by zone, in the hall's order; booths no zone lists form a last, general group. */
export function groupByZone(loaded: Pick<LoadedHall, 'hall' | 'booths'>): ZoneGroup[] {
  const byId = new Map(loaded.booths.map((b) => [b.id, b]));
  const placed = new Set<string>();
  const groups: ZoneGroup[] = [];
  for (const zone of loaded.hall.zones) {
    const booths = zone.booths.flatMap((id) => {
      const b = byId.get(id);
      if (!b || placed.has(id)) return [];
      placed.add(id);
      return [b];
    });
    if (booths.length > 0) groups.push({ zone, booths });
  }
  const rest = loaded.booths.filter((b) => !placed.has(b.id));
  if (rest.length > 0) groups.push({ zone: null, booths: rest });
  return groups;
}
