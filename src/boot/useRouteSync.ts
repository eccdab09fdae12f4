import { useEffect } from 'react';
import { useHall } from '../context/useHall';
import { usePavilion } from '../context/usePavilion';
import type { Pavilion } from '../state/pavilion';
import { parseRoute, routeHash, type Route } from '../state/route';

function apply({ hall, tour, nav }: Pavilion, route: Route, first: boolean): void {
  const t = tour.getState();
  if (route.kind === 'visit') {
    // A visit handed over by a kiosk: the list over the hall (its dialog drops unknown booths).
    if (first) nav.jumpToEntrance();
    t.openBooth(null);
    t.setVisitFromKiosk(route.ids);
    return;
  }
  t.setVisitFromKiosk(null);
  if (route.kind === 'sheet') {
    if (first) nav.jumpToEntrance();
    t.openSheet(route.sheet);
    return;
  }
  t.openSheet(null);
  const known = route.kind !== 'hall' && hall.getState().world?.layout.byId.has(route.id);
  if (route.kind === 'hall' || !known) {
    if (first) nav.jumpToEntrance();
    t.openBooth(null);
    return;
  }
  // A deep link starts at the booth; Back/Forward between booths moves there too.
  if (first || t.openBoothId !== route.id) nav.jumpToBooth(route.id);
  t.openBooth(route.kind === 'booth' ? route.id : null);
}

/**
 * Keeps the URL and the tour in step: opening a booth or a programme dialog pushes its hash
 * (`#/booth/<id>`, `#/programme`…, so Back closes it), walking past booths replaces `#/at/<id>`, and Back/Forward replay either. `#/visit/…`
 * (a kiosk's QR code, opened on a phone) lists the booths visited at the kiosk.
 */
export function useRouteSync(): void {
  const pavilion = usePavilion();
  const ready = useHall((s) => s.status === 'ready');
  useEffect(() => {
    if (!ready) return;
    let fromHistory = false;
    apply(pavilion, parseRoute(location.hash), true);
    const onPop = () => {
      fromHistory = true;
      apply(pavilion, parseRoute(location.hash), false);
      fromHistory = false;
    };
    window.addEventListener('popstate', onPop);
    const unsub = pavilion.tour.subscribe((s, prev) => {
      if (fromHistory) return;
      if (s.sheet !== prev.sheet && s.sheet) {
        const hash = routeHash({ kind: 'sheet', sheet: s.sheet });
        if (location.hash !== hash) history.pushState(null, '', hash);
      } else if (s.openBoothId !== prev.openBoothId || s.sheet !== prev.sheet) {
        const hash = s.openBoothId
          ? routeHash({ kind: 'booth', id: s.openBoothId })
          : s.nearestBoothId
            ? routeHash({ kind: 'at', id: s.nearestBoothId })
            : '#/';
        if (location.hash !== hash) history.pushState(null, '', hash);
      } else if (s.nearestBoothId !== prev.nearestBoothId && !s.openBoothId) {
        const hash = s.nearestBoothId ? routeHash({ kind: 'at', id: s.nearestBoothId }) : '#/';
        // Walking off from a kiosk's visit list keeps it in history: Back brings the list again.
        const leavingVisit = parseRoute(location.hash).kind === 'visit';
        if (location.hash !== hash) history[leavingVisit ? 'pushState' : 'replaceState'](null, '', hash);
      }
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsub();
    };
  }, [ready, pavilion]);
}
