import type { StoreApi } from 'zustand/vanilla';
import type { LoadedHall } from '../../manifest';
import { loadHallOffThread } from '../../manifest/loadHallOffThread';
import type { HallState } from '../../state/hallStore';
import type { ProgrammeState } from '../../state/programmeStore';
import { clearUpdate, kioskUpdate, markUpdateReady } from '../../state/kioskUpdate';
import { offlineStatus } from '../../state/offlineStatus';
import type { StatusMessage } from '../../sw/protocol';
import { hallFingerprint } from './hallFingerprint';
import { registerKioskSw, type KioskServiceWorker } from './kioskServiceWorker';
import { hallDocuments, offlineMediaList } from './offlineMediaList';

export interface KioskOfflineOptions {
  hall: StoreApi<HallState>;
  /** The hall's programme: its replays and classes are cached too once it has loaded. */
  programme: StoreApi<ProgrammeState>;
  /** The kiosk's media budget (`?cache=`, megabytes). */
  cacheMb: number;
  /** How often the hall and the app are checked for a newer version. */
  checkEveryMs: number;
}

/** While a run fills the cache, a message this often keeps the worker from being stopped mid-run. */
const KEEP_ALIVE_MS = 20_000;

function show(state: typeof offlineStatus.state): void {
  offlineStatus.state = state;
  document.body.dataset.offlineCache = state;
}

/**
 * Runs a kiosk's offline cache: registers the worker, asks it to keep the shown hall's media
 * within the budget, and every few minutes looks for a newer hall (cached whole before the
 * kiosk is told) and a newer build. Updates are only announced (state/kioskUpdate): the kiosk
 * shell applies them at an idle reset. Returns the clean-up.
 */
export function startKioskOffline(opts: KioskOfflineOptions): () => void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !window.isSecureContext) {
    show('off');
    return () => {};
  }
  show('filling');
  const budgetBytes = opts.cacheMb * 1024 * 1024;
  let disposed = false;
  let sw: KioskServiceWorker | null = null;
  /** The run for the hall on show, and how it last stood. */
  let shownRun: { id: string; state: StatusMessage['state'] } | null = null;
  /** A newer hall being cached, with the fingerprint it will become. */
  let updateRun: { id: string; fingerprint: string } | null = null;
  let shown: { url: string; loaded: LoadedHall; fingerprint: string | null } | null = null;
  let seq = 0;
  const runId = () => `${Date.now().toString(36)}-${++seq}`;

  const refresh = () => {
    offlineStatus.controlled = navigator.serviceWorker.controller !== null;
    show(offlineStatus.controlled && shownRun?.state === 'done' ? 'ready' : 'filling');
  };
  const applyAndReload = () => (sw ? sw.applyAndReload() : location.reload());

  const warm = (id: string, url: string, loaded: LoadedHall, prune: boolean) =>
    sw?.post({
      type: 'warm',
      runId: id,
      hallDocs: hallDocuments(url, loaded),
      // The shown hall's programme (an update's is fetched with its documents, its media at the next run).
      urls: offlineMediaList(loaded, loaded === shown?.loaded ? opts.programme.getState().programme : null),
      budgetBytes,
      prune,
    });

  const onStatus = (s: StatusMessage) => {
    if (shownRun && s.runId === shownRun.id) {
      shownRun.state = s.state;
      offlineStatus.cachedBytes = s.cachedBytes;
      offlineStatus.cachedFiles = s.cachedFiles;
      refresh();
    } else if (updateRun && s.runId === updateRun.id && (s.state === 'done' || s.state === 'stalled')) {
      if (s.state === 'done' && shown) {
        shown.fingerprint = updateRun.fingerprint;
        markUpdateReady('hall', applyAndReload);
      }
      updateRun = null; // stalled: the next check starts it again
    }
  };

  const showHall = async (url: string, loaded: LoadedHall) => {
    shown = { url, loaded, fingerprint: null };
    shownRun = { id: runId(), state: 'filling' };
    warm(shownRun.id, url, loaded, true);
    shown.fingerprint = await hallFingerprint(url, 'force-cache');
  };

  const check = async () => {
    sw?.checkForUpdate();
    if (!shown) return;
    // A run cut short by the network resumes where it stopped (cached files are kept).
    if (shownRun?.state === 'stalled' || shownRun?.state === 'idle') {
      shownRun = { id: runId(), state: 'filling' };
      warm(shownRun.id, shown.url, shown.loaded, true);
    }
    // The hall on show is cached whole before a newer one is fetched beside it.
    if (updateRun || !shown.fingerprint || shownRun?.state !== 'done') return;
    const fp = await hallFingerprint(shown.url, 'no-cache');
    if (!fp || fp === shown.fingerprint || disposed) return;
    let next: LoadedHall;
    try {
      next = await loadHallOffThread(shown.url, { appOrigin: location.origin });
    } catch {
      return; // a broken publish: the hall on show stays, the next check looks again
    }
    if (disposed || updateRun) return;
    updateRun = { id: runId(), fingerprint: fp };
    warm(updateRun.id, shown.url, next, false);
  };

  const onHall = (s: HallState) => {
    if (!shown && s.status === 'ready' && s.loaded && s.hallUrl) void showHall(s.hallUrl, s.loaded);
  };
  const unsubscribe = opts.hall.subscribe(onHall);
  // The programme loads after the hall: once it is in, the shown hall is warmed again with its
  // media (files already cached are kept, so this costs only what is new).
  const unsubscribeProgramme = opts.programme.subscribe((p, prev) => {
    if (!shown || p.programme === prev.programme || !p.programme) return;
    shownRun = { id: runId(), state: 'filling' };
    warm(shownRun.id, shown.url, shown.loaded, true);
  });
  const unsubscribeUpdate = kioskUpdate.subscribe((u) => {
    offlineStatus.pendingUpdate = u.pendingUpdate;
  });
  const timer = setInterval(() => void check(), opts.checkEveryMs);
  const keepAlive = setInterval(() => {
    if (offlineStatus.state === 'filling' || updateRun) sw?.post({ type: 'status' });
  }, KEEP_ALIVE_MS);
  // Back online: resume a stalled run and look for a newer hall at once.
  const onOnline = () => void check();
  window.addEventListener('online', onOnline);

  void registerKioskSw({ onStatus, onControlled: refresh, onWaiting: () => markUpdateReady('app', applyAndReload) }).then((r) => {
    if (disposed) return r?.dispose();
    if (!r) return show('off');
    sw = r;
    onHall(opts.hall.getState());
    refresh();
  });

  return () => {
    disposed = true;
    unsubscribe();
    unsubscribeProgramme();
    unsubscribeUpdate();
    clearInterval(timer);
    clearInterval(keepAlive);
    window.removeEventListener('online', onOnline);
    sw?.dispose();
    clearUpdate();
    show('off');
    delete document.body.dataset.offlineCache;
  };
}
