/**
 * The hash route: `#/booth/<id>` (at a booth, its panel open), `#/at/<id>` (standing at a
 * booth), anything else is the hall. Pure, so parsing untrusted URLs is unit-tested.
 */
export type Route = { kind: 'hall' } | { kind: 'booth'; id: string } | { kind: 'at'; id: string };

const ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function parseRoute(hash: string): Route {
  const m = /^#\/(booth|at)\/([^/?#]+)\/?$/.exec(hash);
  if (!m) return { kind: 'hall' };
  let id: string;
  try {
    id = decodeURIComponent(m[2]!);
  } catch {
    return { kind: 'hall' };
  }
  if (!ID.test(id)) return { kind: 'hall' };
  return { kind: m[1] as 'booth' | 'at', id };
}

export function routeHash(route: Route): string {
  return route.kind === 'hall' ? '#/' : `#/${route.kind}/${route.id}`;
}
