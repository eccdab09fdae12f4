/**
 * A dialog of the week's programme, open over the hall: the programme itself, a knowledge
 * contest, the booth passport (or a passport code brought from a kiosk), the main stage's
 * player, the cloud classes.
 */
export type Sheet =
  | { kind: 'programme' }
  | { kind: 'contest'; id: string }
  | { kind: 'passport'; code?: string }
  | { kind: 'stage'; id?: string }
  | { kind: 'classes'; id?: string };

/**
 * The hash route: `#/booth/<id>` (at a booth, its panel open), `#/at/<id>` (standing at a
 * booth), `#/visit/<id>,<id>` (a visit handed over from a hall kiosk's QR code), a programme
 * dialog (`#/programme`, `#/contest/<id>`, `#/passport[/<code>]`, `#/stage[/<session>]`,
 * `#/classes[/<playlist>]`), anything else is the hall. Pure, so parsing untrusted URLs is unit-tested.
 */
export type Route =
  | { kind: 'hall' }
  | { kind: 'booth'; id: string }
  | { kind: 'at'; id: string }
  | { kind: 'visit'; ids: string[] }
  | { kind: 'sheet'; sheet: Sheet };

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

/** A passport code: base64url, as passport.ts writes it; bounded so a link cannot carry a novel. */
const PASSPORT_CODE = /^[A-Za-z0-9_-]{4,600}$/;

function parseSheet(hash: string): Route | null {
  const m = /^#\/(programme|contest|passport|stage|classes)(?:\/([^/?#]+))?\/?$/.exec(hash);
  if (!m) return null;
  const kind = m[1] as Sheet['kind'];
  const arg = m[2] === undefined ? undefined : decoded(m[2]);
  if (arg === null) return { kind: 'hall' };
  const sheet = (s: Sheet): Route => ({ kind: 'sheet', sheet: s });
  switch (kind) {
    case 'programme':
      return arg === undefined ? sheet({ kind }) : { kind: 'hall' };
    case 'contest':
      return arg !== undefined && BOOTH_ID.test(arg) ? sheet({ kind, id: arg }) : { kind: 'hall' };
    case 'passport':
      if (arg === undefined) return sheet({ kind });
      return PASSPORT_CODE.test(arg) ? sheet({ kind, code: arg }) : sheet({ kind });
    case 'stage':
    case 'classes':
      if (arg === undefined) return sheet({ kind });
      return BOOTH_ID.test(arg) ? sheet({ kind, id: arg }) : sheet({ kind });
  }
}

export function parseRoute(hash: string): Route {
  if (hash.startsWith('#/visit/')) return parseVisit(hash);
  const sheet = parseSheet(hash);
  if (sheet) return sheet;
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
    case 'sheet': {
      const s = route.sheet;
      const arg = s.kind === 'passport' ? s.code : s.kind === 'programme' ? undefined : s.id;
      return arg === undefined ? `#/${s.kind}` : `#/${s.kind}/${arg}`;
    }
    default:
      return `#/${route.kind}/${route.id}`;
  }
}
