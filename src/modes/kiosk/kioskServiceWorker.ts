import { KIOSK_SW_URL, readStatusMessage, type PageMessage, type StatusMessage } from '../../sw/protocol';

export interface KioskServiceWorker {
  post: (m: PageMessage) => void;
  /** Asks the server for a newer build of the worker (and so of the app). */
  checkForUpdate: () => void;
  /** Activates a waiting build and reloads into it; a plain reload when none waits. */
  applyAndReload: () => void;
  dispose: () => void;
}

export interface KioskSwEvents {
  onStatus: (s: StatusMessage) => void;
  /** The worker controls the page now (or did already). */
  onControlled: () => void;
  /** A new build is installed and waits for `applyAndReload`. */
  onWaiting: () => void;
}

/**
 * Registers the kiosk's worker (scope `/`: both `/?mode=kiosk` and `/kiosk/`) and wires its
 * messages. Null where service workers are unavailable (no secure context, disabled by policy).
 */
export async function registerKioskSw(events: KioskSwEvents): Promise<KioskServiceWorker | null> {
  const sw = navigator.serviceWorker;
  let reg: ServiceWorkerRegistration;
  try {
    // updateViaCache 'none': the worker script is always revalidated, so a new build is seen.
    reg = await sw.register(KIOSK_SW_URL, { scope: '/', updateViaCache: 'none' });
  } catch (e) {
    console.warn('[kiosk] offline cache unavailable:', e);
    return null;
  }
  const onMessage = (e: MessageEvent) => {
    const s = readStatusMessage(e.data);
    if (s) events.onStatus(s);
  };
  const onControllerChange = () => events.onControlled();
  const watch = (w: ServiceWorker | null) =>
    w?.addEventListener('statechange', () => {
      // Installed while another controls the page: that is an update, and it waits.
      if (w.state === 'installed' && sw.controller) events.onWaiting();
    });
  const onUpdateFound = () => watch(reg.installing);
  sw.addEventListener('message', onMessage);
  sw.addEventListener('controllerchange', onControllerChange);
  reg.addEventListener('updatefound', onUpdateFound);
  watch(reg.installing);
  if (sw.controller) events.onControlled();
  if (reg.waiting && sw.controller) events.onWaiting();
  return {
    post: (m) => {
      void sw.ready.then((r) => r.active?.postMessage(m));
    },
    checkForUpdate: () => {
      reg.update().catch(() => {}); // offline: the next check tries again
    },
    applyAndReload: () => {
      const waiting = reg.waiting;
      if (!waiting) return location.reload();
      sw.addEventListener('controllerchange', () => location.reload(), { once: true });
      waiting.postMessage({ type: 'skip-waiting' } satisfies PageMessage);
      // Should the new worker never take over, the reload still happens (into the old build).
      setTimeout(() => location.reload(), 3000);
    },
    dispose: () => {
      sw.removeEventListener('message', onMessage);
      sw.removeEventListener('controllerchange', onControllerChange);
      reg.removeEventListener('updatefound', onUpdateFound);
    },
  };
}
