import { useEffect } from 'react';
import { langStore } from '../../context/pageStores';
import { usePavilion } from '../../context/usePavilion';
import type { KioskRuntime } from '../../context/KioskContext';
import { resetVisitor } from './resetVisitor';

/**
 * Runs a kiosk's sessions: `<body data-kiosk>` says the phase, and each reset forgets the last
 * visitor. The screen starts in the kiosk's own language, whatever a past visitor chose.
 */
export function useKioskSession({ store, settings }: KioskRuntime): void {
  const pavilion = usePavilion();
  useEffect(() => {
    langStore.getState().setLang(settings.lang);
    document.body.dataset.kiosk = store.getState().phase;
    const unsub = store.subscribe((s, prev) => {
      if (s.phase !== prev.phase) document.body.dataset.kiosk = s.phase;
      if (s.resets !== prev.resets) resetVisitor(pavilion, settings);
    });
    return () => {
      unsub();
      delete document.body.dataset.kiosk;
    };
  }, [store, settings, pavilion]);
}
