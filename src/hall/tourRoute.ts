import type { Booth, Hall, Localized } from '../manifest';
import type { Vec2 } from './geometry';

/** One stop of the guided tour: the booth to stand at and the caption line said there. */
export interface TourStop {
  boothId: string;
  narration: Localized;
}

/** A computed route stops at this many booths at most: a tour, not the whole hall. */
export const MAX_COMPUTED_STOPS = 12;
/** The longest caption line taken from a booth's own description. */
export const MAX_NARRATION = 120;

interface RouteInput {
  hall: Pick<Hall, 'zones' | 'featured' | 'tour'>;
  booths: readonly Booth[];
  /** Where each loaded booth's visitor stands (HallLayout.byId's `front`), and where the walk begins. */
  fronts: ReadonlyMap<string, { front: Vec2 }>;
  entrance: Vec2;
  /** The hall's date today, YYYY-MM-DD in its time zone: which zone's theme day it is. */
  today: string;
  maxStops?: number;
}

/**
 * The guided tour of a hall: the route its manifest names (in the curator's order, with their
 * lines), else the featured booths and today's theme-day zone, else the first booth of each zone;
 * computed routes are ordered for a short walk from the entrance and capped. Booths that did not
 * load (or have no place on the floor) are left out. Deterministic: same input, same route.
 */
export function tourRoute({ hall, booths, fronts, entrance, today, maxStops = MAX_COMPUTED_STOPS }: RouteInput): TourStop[] {
  const byId = new Map(booths.map((b) => [b.id, b]));
  const present = (id: string) => byId.has(id) && fronts.has(id);
  const stop = (id: string, line?: Localized): TourStop => ({ boothId: id, narration: narrationFor(byId.get(id)!, line) });

  const named = dedupe(
    (hall.tour?.stops ?? []).filter((s) => present(s.booth)),
    (s) => s.booth,
  );
  if (named.length) return named.map((s) => stop(s.booth, s.narration));

  let ids = dedupe(
    [...hall.featured, ...hall.zones.filter((z) => z.themeDay === today).flatMap((z) => z.booths)].filter(present),
    (id) => id,
  );
  if (!ids.length) ids = hall.zones.flatMap((z) => z.booths.find(present) ?? []);
  const walk = nearestNeighbourOrder(
    ids.map((id) => ({ id, at: fronts.get(id)!.front })),
    entrance,
  );
  return walk.slice(0, maxStops).map((id) => stop(id));
}

function dedupe<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Greedy nearest-neighbour walk from `start`: not the shortest tour, but short, and the visitor
 * never doubles back across the hall for one booth. Ties keep the input order.
 */
export function nearestNeighbourOrder(points: readonly { id: string; at: Vec2 }[], start: Vec2): string[] {
  const left = [...points];
  const out: string[] = [];
  let here = start;
  while (left.length) {
    let best = 0;
    let bestD = Infinity;
    left.forEach((p, i) => {
      const d = Math.hypot(p.at.x - here.x, p.at.z - here.z);
      if (d < bestD) {
        best = i;
        bestD = d;
      }
    });
    const [next] = left.splice(best, 1);
    out.push(next!.id);
    here = next!.at;
  }
  return out;
}

/** The caption said at a booth: the curator's line, else the booth's tagline, else its description's first sentence. */
export function narrationFor(booth: Pick<Booth, 'exhibitor'>, line?: Localized): Localized {
  if (line) return line;
  if (booth.exhibitor.tagline) return booth.exhibitor.tagline;
  const d = booth.exhibitor.description;
  const out: Localized = {};
  if (d.zh !== undefined) out.zh = firstSentence(d.zh);
  if (d.en !== undefined) out.en = firstSentence(d.en);
  return out;
}

/** The first sentence of a text (Chinese or Western punctuation), cut to MAX_NARRATION characters. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^.*?(?:[。！？!?]|\.(?=\s|$))/u.exec(flat);
  const s = (m ? m[0] : flat).trim();
  const chars = [...s];
  return chars.length <= MAX_NARRATION
    ? s
    : `${chars
        .slice(0, MAX_NARRATION - 1)
        .join('')
        .trimEnd()}…`;
}
