import { useEffect } from 'react';
import { langStore } from '../../context/pageStores';
import { usePavilion } from '../../context/usePavilion';
import type { KioskRuntime } from '../../context/KioskContext';
import { kioskUpdate } from '../../state/kioskUpdate';
import { startGuide } from '../../state/startGuide';
import { resetVisitor } from './resetVisitor';

/**
 * Runs a kiosk's sessions: `<body data-kiosk>` says the phase; the attract loop is the guided
 * tour on repeat, silent, until a touch; each reset forgets the last visitor. The screen starts
 * in the kiosk's own language, whatever a past visitor chose. A waiting update is applied at a reset.
 */
export function useKioskSession({ store, settings }: KioskRuntime): void {
  const pavilion = usePavilion();
  useEffect(() => {
    const { guide, hall } = pavilion;
    // Whenever the kiosk is in its attract loop with a hall and no tour running, start one: at
    // boot once the hall is in, after a reset, and if a tour ever ends by itself (no stop reachable).
    const attract = () => {
      if (store.getState().phase !== 'attract' || guide.getState().status !== 'off') return;
      startGuide(pavilion, { loop: true, voice: false });
    };
    langStore.getState().setLang(settings.lang);
    document.body.dataset.kiosk = store.getState().phase;
    attract();
    const unsubKiosk = store.subscribe((s, prev) => {
      if (s.phase !== prev.phase) document.body.dataset.kiosk = s.phase;
      if (s.resets !== prev.resets) {
        guide.getState().stop();
        resetVisitor(pavilion, settings);
        // A newly published hall (or build), cached in the background, is applied now, between
        // visitors, and never in the middle of someone's visit.
        kioskUpdate.getState().applyUpdate();
      }
      // The touch that ends the attract loop leaves the visitor where the tour had brought them.
      if (prev.phase === 'attract' && s.phase !== 'attract') guide.getState().stop();
      attract();
    });
    const unsubHall = hall.subscribe((s, prev) => s.status !== prev.status && attract());
    const unsubGuide = guide.subscribe((s, prev) => s.status !== prev.status && attract());
    return () => {
      unsubKiosk();
      unsubHall();
      unsubGuide();
      guide.getState().stop();
      delete document.body.dataset.kiosk;
    };
  }, [store, settings, pavilion]);
}
