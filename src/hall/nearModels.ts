/**
 * Which booths' models stand in the hall now: the nearest few to the visitor, within a triangle
 * budget, with a margin so a model does not blink in and out as the visitor walks along its
 * edge. Everything else shows no model (its booth as baked); a phone pays for a few at once.
 */

export const HALL_MODELS = {
  /** At most this many at once. */
  count: 3,
  /** Their triangles together (as loaded, after baking): the frame budget's share for models. */
  triangles: 15_000,
  /** A model appears within this distance (m)... */
  enter: 9,
  /** ...and goes only beyond this one. */
  leave: 12,
} as const;

export interface ModelCandidate {
  id: string;
  /** Metres from the visitor. */
  distance: number;
  /** Known once loaded; until then it counts as a share of the budget. */
  triangles?: number;
}

/**
 * The ids to show, nearest first: those shown stay while within `leave`, others come within
 * `enter`, up to `count` and the triangle budget. Candidates in any order; a model over the whole
 * budget on its own never shows. Pure and deterministic (ties by id).
 */
export function nearModels(
  candidates: readonly ModelCandidate[],
  shown: ReadonlySet<string>,
  budget: typeof HALL_MODELS = HALL_MODELS,
): string[] {
  const guess = budget.triangles / budget.count;
  const out: string[] = [];
  let triangles = 0;
  const sorted = [...candidates].sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of sorted) {
    if (out.length >= budget.count) break;
    if (c.distance > (shown.has(c.id) ? budget.leave : budget.enter)) continue;
    const cost = c.triangles ?? guess;
    if (triangles + cost > budget.triangles) continue;
    triangles += cost;
    out.push(c.id);
  }
  return out;
}
