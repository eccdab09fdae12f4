import type { LayoutInput } from './layoutTypes';

export const GENERAL_ZONE_ID = 'general';

/** Neutral slate, so the catch-all zone never passes for a theme. */
const GENERAL_ZONE_COLOR = '#64748b';

/** A zone with the booths it actually lays out. */
export interface AssignedZone {
  id: string;
  kind: LayoutInput['zones'][number]['kind'];
  color: string;
  ids: string[];
}

/**
 * Gives each booth exactly one zone: the first that lists it, so a booth two zones claim is
 * not built twice. Ids no booth has are dropped, and so are theme zones left empty; a stage
 * zone stays even when empty because the stage itself is still built. Booths no zone lists
 * go, in input order, to a general zone at the end.
 */
export function assignZones(input: LayoutInput): AssignedZone[] {
  const known = new Set(input.booths.map((b) => b.id));
  const claimed = new Set<string>();
  const zones: AssignedZone[] = input.zones
    .map((z) => ({
      id: z.id,
      kind: z.kind,
      color: z.color,
      ids: z.booths.filter((id) => {
        if (!known.has(id) || claimed.has(id)) return false;
        claimed.add(id);
        return true;
      }),
    }))
    .filter((z) => z.ids.length > 0 || z.kind === 'stage');
  const leftovers = input.booths.map((b) => b.id).filter((id) => !claimed.has(id));
  if (leftovers.length) zones.push({ id: GENERAL_ZONE_ID, kind: 'general', color: GENERAL_ZONE_COLOR, ids: leftovers });
  return zones;
}
