/// <reference lib="webworker" />
/**
 * The kiosk's service worker (registered by kiosk pages only: modes/kiosk/useKioskOffline).
 * - The app shell (hashed assets, the two pages, the CJK font) is precached at install.
 * - `/` and `/kiosk/` navigations are answered from that precache, whatever their query.
 * - Hall and booth manifests: network first (3 s), the cached copy when the network is gone.
 * - Booth media: fetched ahead in the background when a kiosk page asks (`warm`), within its
 *   budget; served from the cache, Range requests included, so cached videos seek.
 * A new version waits until the kiosk applies it at an idle reset (`skip-waiting`).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { HALL_CACHE, MEDIA_CACHE, readPageMessage, type StatusMessage, type WarmMessage } from './protocol';
import { warmMedia } from './warmMedia';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install takes the open kiosk page at once (it runs this very build); later versions
// wait for `skip-waiting`, so a visit never mixes two builds' chunks.
clientsClaim();

registerRoute(new NavigationRoute(createHandlerBoundToURL('/kiosk/'), { allowlist: [/^\/kiosk\/?(\?.*)?$/] }));
registerRoute(new NavigationRoute(createHandlerBoundToURL('/'), { allowlist: [/^\/(index\.html)?(\?.*)?$/] }));

const isManifest = (url: URL, request: Request) =>
  request.method === 'GET' && request.destination === '' && /\.json$/i.test(url.pathname) && !url.pathname.startsWith('/api/');
const hallStrategy = new NetworkFirst({
  cacheName: HALL_CACHE,
  networkTimeoutSeconds: 3,
  // A hall of loose manifests names new booth files with each publish: the oldest go first.
  plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 5000 })],
});
registerRoute(({ url, request }) => isManifest(url, request), hallStrategy);

const MEDIA_DESTINATIONS = new Set(['image', 'video', 'audio', 'track']);
const MEDIA_EXT = /\.(mp4|webm|m4v|mov|mp3|m4a|aac|ogg|oga|opus|wav|vtt|md|markdown|png|jpe?g|webp|avif|gif|svg)$/i;
registerRoute(
  ({ url, request }) => request.method === 'GET' && (MEDIA_DESTINATIONS.has(request.destination) || MEDIA_EXT.test(url.pathname)),
  async ({ request }) => {
    const cache = await caches.open(MEDIA_CACHE);
    // The page's request may differ from the warmer's in headers (a media element asks for
    // identity encoding): the URL is what names the file.
    const hit = await cache.match(request.url, { ignoreVary: true });
    if (!hit) return fetch(request);
    return request.headers.has('range') ? createPartialResponse(request, hit) : hit;
  },
);

let status: StatusMessage = {
  type: 'offline-status',
  runId: null,
  state: 'idle',
  cachedBytes: 0,
  cachedFiles: 0,
  done: 0,
  total: 0,
  skipped: 0,
};
let lastPost = 0;

async function broadcast(s: StatusMessage, force: boolean): Promise<void> {
  status = s;
  const now = Date.now();
  if (!force && now - lastPost < 500) return;
  lastPost = now;
  for (const c of await self.clients.matchAll({ type: 'window' })) c.postMessage(s);
}

/** Puts the hall's own documents in the hall cache when they are not there yet (the first visit ran before this worker). */
async function cacheHallDocs(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(HALL_CACHE);
  for (const url of urls) {
    if (await cache.match(url)) continue;
    try {
      const res = await fetch(url, { mode: 'cors', credentials: 'omit' });
      if (res.status === 200) await cache.put(url, res);
    } catch {
      // Offline: the next run tries again.
    }
  }
}

let generation = 0;
let running: Promise<void> = Promise.resolve();

function warm(m: WarmMessage): Promise<void> {
  const mine = ++generation;
  running = running.then(async () => {
    const base = { type: 'offline-status', runId: m.runId } as const;
    const none = { cachedBytes: 0, cachedFiles: 0, done: 0, total: m.urls.length, skipped: 0 };
    if (mine !== generation) return broadcast({ ...base, ...none, state: 'stalled' }, true);
    await broadcast({ ...base, ...none, state: 'filling' }, true);
    await cacheHallDocs(m.hallDocs);
    const result = await warmMedia(m.urls, m.budgetBytes, m.prune, {
      cache: await caches.open(MEDIA_CACHE),
      fetch: (url) => fetch(url, { mode: 'cors', credentials: 'omit', priority: 'low' }),
      current: () => mine === generation,
      onProgress: (p) => void broadcast({ ...base, state: 'filling', ...p }, false),
    });
    const { state, ...counts } = result;
    // Cut short by a newer run: to its page that is a stall, which it starts again.
    await broadcast({ ...base, ...counts, state: state === 'superseded' ? 'stalled' : state }, true);
  });
  return running;
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  // Only this origin's pages: another origin cannot reach this worker, but check anyway.
  if (event.origin !== self.location.origin) return;
  const m = readPageMessage(event.data);
  if (!m) return;
  if (m.type === 'skip-waiting') void self.skipWaiting();
  else if (m.type === 'warm') event.waitUntil(warm(m));
  // A status request also keeps a long run alive: each message event extends the worker's life.
  else {
    if (event.source) event.source.postMessage(status);
    event.waitUntil(running);
  }
});
