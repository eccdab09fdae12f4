import { boothIdFromPath } from '../state/boothPath';

/**
 * A booth's pre-rendered page (`/booth/<id>/`, what a shared link opens) becomes the app's own
 * address for that booth (`/#/booth/<id>`) when the app takes over: one page, one routing scheme,
 * and Back from the booth leads to the hall. Called before the app first renders.
 */
export function adoptBoothPath(): void {
  const id = boothIdFromPath(location.pathname);
  if (id === null) return;
  history.replaceState(history.state, '', `/${location.search}${location.hash.length > 2 ? location.hash : `#/booth/${id}`}`);
}
