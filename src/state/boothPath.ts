/**
 * A booth's own page, as the build pre-renders it (`dist/booth/<id>/index.html`): the address a
 * share card and a search engine read. Booth ids are slugs (route.ts BOOTH_ID), safe in a path.
 */
export function boothPath(id: string): string {
  return `/booth/${id}/`;
}

/** The booth a pre-rendered page's path names, or null (`/booth/<id>/` or `/booth/<id>/index.html`). */
export function boothIdFromPath(pathname: string): string | null {
  const m = /^\/booth\/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)\/(?:index\.html)?$/.exec(pathname);
  return m ? m[1]! : null;
}
