import { useState } from 'react';
import '../../ui/kiosk/kiosk.css';
import { useStore } from 'zustand';
import { pageFlags } from '../../boot/flags';
import { KioskContext, type KioskRuntime } from '../../context/KioskContext';
import { createKioskStore } from '../../state/kioskStore';
import { parseKiosk } from '../../state/kioskSettings';
import { KioskAttract } from '../../ui/kiosk/KioskAttract';
import { KioskBar } from '../../ui/kiosk/KioskBar';
import { KioskPrompt } from '../../ui/kiosk/KioskPrompt';
import { PhoneQrDialog } from '../../ui/PhoneQrDialog';
import { useKioskLinkGuard } from '../../ui/useKioskLinkGuard';
import { VisitHandoff } from '../../ui/VisitHandoff';
import { TourMode } from '../tour/TourMode';
import { useKioskGuards } from './useKioskGuards';
import { useKioskInput } from './useKioskInput';
import { useHeartbeat } from './useHeartbeat';
import { useKioskOffline } from './useKioskOffline';
import { useKioskSession } from './useKioskSession';
import { useWakeLock } from './useWakeLock';
import { useWatchdog } from './useWatchdog';

function createRuntime(): KioskRuntime {
  const settings = pageFlags.kiosk ?? parseKiosk(new URLSearchParams());
  const times = { idleMs: settings.idleSeconds * 1000, promptMs: settings.promptSeconds * 1000 };
  return { settings, store: createKioskStore(times, performance.now()) };
}

/**
 * A kiosk screen (`?mode=kiosk`, `/kiosk/`): the tour's pavilion run unattended by touch, with an
 * attract loop, a "Still there?" prompt and a reset between visitors.
 */
export function KioskMode() {
  const [runtime] = useState(createRuntime);
  const session = useStore(runtime.store, (s) => s.resets);
  useKioskGuards();
  // Never leaves the pavilion: a page outside it becomes a QR code for the visitor's phone.
  useKioskLinkGuard();
  useWakeLock();
  useKioskInput(runtime.store);
  useKioskSession(runtime);
  // The nightly reload waits for the attract loop: nobody is using the screen then.
  useWatchdog({ canReloadNow: () => runtime.store.getState().phase === 'attract', reloadHour: runtime.settings.reloadHour });
  useHeartbeat({ id: runtime.settings.id });
  useKioskOffline();
  return (
    <KioskContext.Provider value={runtime}>
      <TourMode touch session={session}>
        <KioskBar>
          <VisitHandoff />
        </KioskBar>
        <PhoneQrDialog />
        <KioskAttract />
        <KioskPrompt />
      </TourMode>
    </KioskContext.Provider>
  );
}
