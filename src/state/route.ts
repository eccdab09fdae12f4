/**
 * The hash route: `#/booth/<id>` (at a booth, its panel open), `#/at/<id>` (standing at a
 * booth), `#/visit/<id>,<id>` (a visit handed over from a hall kiosk's QR code), anything else
 * is the hall. Pure, so parsing untrusted URLs is unit-tested.
 */
export type Route =
  { kind: 'hall' } | { kind: 'booth'; id: string } | { kind: 'at'; id: string } | { kind: 'visit'; ids: string[] };

/** A booth id, as manifests and routes spell it. */
export const BOOTH_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
/** Most booths a kiosk's visit hand-off carries (qrPayloads.ts keeps the most recent). */
export const VISIT_MAX_IDS = 40;

function decoded(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * A kiosk's visit list, from anyone's camera: well-formed ids only, each once, at most as many as
 * a kiosk hands over. A `?…` after the ids is room for later fields (qrPayloads.ts); ignored today.
 */
function parseVisit(hash: string): Route {
  const m = /^#\/visit\/([^/?#]+)\/?(?:\?[^#]*)?$/.exec(hash);
  const list = m ? decoded(m[1]!) : null;
  if (list === null || list.length > 4000) return { kind: 'hall' };
  const ids = [...new Set(list.split(',').filter((id) => BOOTH_ID.test(id)))].slice(0, VISIT_MAX_IDS);
  return ids.length > 0 ? { kind: 'visit', ids } : { kind: 'hall' };
}

export function parseRoute(hash: string): Route {
  if (hash.startsWith('#/visit/')) return parseVisit(hash);
  const m = /^#\/(booth|at)\/([^/?#]+)\/?$/.exec(hash);
  const id = m ? decoded(m[2]!) : null;
  if (id === null || !BOOTH_ID.test(id)) return { kind: 'hall' };
  return { kind: m![1] as 'booth' | 'at', id };
}

export function routeHash(route: Route): string {
  switch (route.kind) {
    case 'hall':
      return '#/';
    case 'visit':
      return `#/visit/${route.ids.join(',')}`;
    default:
      return `#/${route.kind}/${route.id}`;
  }
}
