import { useEffect } from 'react';
import { useHallStore } from '../state/hallStore';
import { jumpToBooth, jumpToEntrance } from '../state/navigation';
import { parseRoute, routeHash, type Route } from '../state/route';
import { useTourStore } from '../state/tourStore';

function apply(route: Route, first: boolean): void {
  const tour = useTourStore.getState();
  const known = route.kind !== 'hall' && useHallStore.getState().world?.layout.byId.has(route.id);
  if (route.kind === 'hall' || !known) {
    if (first) jumpToEntrance();
    tour.openBooth(null);
    return;
  }
  // A deep link starts at the booth; Back/Forward between booths moves there too.
  if (first || tour.openBoothId !== route.id) jumpToBooth(route.id);
  tour.openBooth(route.kind === 'booth' ? route.id : null);
}

/**
 * Keeps the URL and the tour in step: opening a booth pushes `#/booth/<id>` (so Back closes
 * it), walking past booths replaces `#/at/<id>`, and Back/Forward replay either.
 */
export function useRouteSync(): void {
  const ready = useHallStore((s) => s.status === 'ready');
  useEffect(() => {
    if (!ready) return;
    let fromHistory = false;
    apply(parseRoute(location.hash), true);
    const onPop = () => {
      fromHistory = true;
      apply(parseRoute(location.hash), false);
      fromHistory = false;
    };
    window.addEventListener('popstate', onPop);
    const unsub = useTourStore.subscribe((s, prev) => {
      if (fromHistory) return;
      if (s.openBoothId !== prev.openBoothId) {
        const hash = s.openBoothId
          ? routeHash({ kind: 'booth', id: s.openBoothId })
          : s.nearestBoothId
            ? routeHash({ kind: 'at', id: s.nearestBoothId })
            : '#/';
        if (location.hash !== hash) history.pushState(null, '', hash);
      } else if (s.nearestBoothId !== prev.nearestBoothId && !s.openBoothId) {
        const hash = s.nearestBoothId ? routeHash({ kind: 'at', id: s.nearestBoothId }) : '#/';
        if (location.hash !== hash) history.replaceState(null, '', hash);
      }
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsub();
    };
  }, [ready]);
}
