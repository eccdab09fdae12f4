import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server/support';
import { expectNoSeriousViolations } from './axe';
import { canvasStats, expectRendered, openPavilion, sharedBrowser } from './helpers';

/**
 * The kiosk's offline cache, end to end. This file serves dist/ itself (not the shared preview
 * server) so that it can take the network away by stopping its server, as a pulled cable would.
 */
let server: PreviewServer | undefined;
let base = '';

async function stopServer(): Promise<void> {
  const s = server;
  server = undefined;
  await s?.close();
}

beforeAll(async () => {
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(stopServer);

const browser = sharedBrowser();

/** Rejects after `ms`: every wait in this file is bounded. */
const within = <T>(ms: number, what: string, p: Promise<T>): Promise<T> =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms))]);

describe('a kiosk offline', () => {
  it('ordinary visitors get no service worker', { timeout: 180_000 }, async () => {
    const page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    const sw = await page.evaluate(async () => ({
      registrations: (await navigator.serviceWorker.getRegistrations()).length,
      controlled: navigator.serviceWorker.controller !== null,
      attr: document.body.dataset.offlineCache ?? null,
      state: window.__pavilion?.offline.state,
    }));
    expect(sw).toEqual({ registrations: 0, controlled: false, attr: null, state: 'off' });
    await page.close();
  });

  it('after a first visit, an offline reload draws the hall and a cached video seeks', { timeout: 300_000 }, async () => {
    await offlineRoundTrip(`${base}/?mode=kiosk&idle=600`, base, stopServer);
  });

  it(
    'on the service, caches the live hall and its media from the content origin (CORS), and seeks them offline',
    { timeout: 300_000 },
    async () => {
      const service = await startServer({
        distDir: fileURLToPath(new URL('../../dist', import.meta.url)),
        sampleHall: fileURLToPath(new URL('../../scenes/sample/hall.json', import.meta.url)),
      });
      try {
        await offlineRoundTrip(`${service.url}/kiosk/?idle=600`, service.contentOrigin, () => service.stop());
      } finally {
        await service.stop().catch(() => {});
      }
    },
  );

  it(
    'caches a newly published hall in the background and announces it, without applying it mid-visit',
    { timeout: 300_000 },
    async () => {
      const service = await startServer({
        distDir: fileURLToPath(new URL('../../dist', import.meta.url)),
        sampleHall: fileURLToPath(new URL('../../scenes/sample/hall.json', import.meta.url)),
      });
      try {
        const page = await browser().context.newPage();
        await openPavilion(page, `${service.url}/kiosk/?idle=600`);
        await page.waitForSelector('body[data-offline-cache="ready"]', { timeout: 120_000 });
        expect(await page.evaluate(() => window.__pavilion!.offline.pendingUpdate)).toBe(false);
        const title = await page.locator('.hud-title').textContent();
        expect(title).toContain('云展馆');

        // A publish rewrites the live bundle whole; the kiosk's next check (here: the network
        // coming back, which checks at once instead of in a few minutes) finds it.
        const file = path.join(service.dataDir, 'live/hall.bundle.json');
        const bundle = JSON.parse(readFileSync(file, 'utf8')) as { hall: { title: { zh: string } } };
        bundle.hall.title.zh = '更新后的展馆';
        writeFileSync(file, JSON.stringify(bundle));
        await page.evaluate(() => window.dispatchEvent(new Event('online')));
        await expect.poll(() => page.evaluate(() => window.__pavilion!.offline.pendingUpdate), { timeout: 60_000 }).toBe(true);
        // Announced, not applied: the visitor still sees the hall they came to.
        expect(await page.locator('.hud-title').textContent()).toBe(title);
        // The kiosk shell applies it at an idle reset (a reload): the new hall, already cached.
        await page.reload();
        await page.locator('.hud-title', { hasText: '更新后的展馆' }).waitFor({ state: 'attached', timeout: 60_000 });
        await page.close();
      } finally {
        await service.stop();
      }
    },
  );
});

/**
 * Opens a kiosk, waits until its cache is ready, takes the network away (`stop`), reloads, and
 * checks the hall draws and a cached video (from `mediaOrigin`) is served in ranges and seeks.
 */
async function offlineRoundTrip(url: string, mediaOrigin: string, stop: () => Promise<void>): Promise<void> {
  const page: Page = await browser().context.newPage();
  const errors = await openPavilion(page, url);
  await page.waitForSelector('body[data-offline-cache="ready"]', { timeout: 120_000 });
  const before = await page.evaluate(async () => ({
    controlled: navigator.serviceWorker.controller !== null,
    scope: (await navigator.serviceWorker.getRegistration())?.scope,
    offline: { ...window.__pavilion!.offline },
  }));
  const origin = new URL(url).origin;
  expect(before.controlled).toBe(true);
  expect(before.scope).toBe(`${origin}/`);
  expect(before.offline.state).toBe('ready');
  expect(before.offline.cachedFiles).toBeGreaterThan(20);
  expect(before.offline.cachedBytes).toBeGreaterThan(1_000_000);
  const video = await page.evaluate(async () => {
    const keys = await (await caches.open('pavilion-media-v1')).keys();
    return keys.map((k) => k.url).find((u) => /\.mp4$/.test(u)) ?? null;
  });
  expect(video?.startsWith(`${mediaOrigin}/`)).toBe(true);

  await stop();
  // The network is really gone: nothing answers at the kiosk's address any more.
  await expect(fetch(url)).rejects.toThrow();

  await within(60_000, 'offline reload', page.reload());
  await page.waitForSelector('body[data-hall-status="ready"]', { timeout: 60_000 });
  await page.waitForSelector('body[data-first-frame="true"]', { timeout: 60_000 });
  await page.waitForSelector('.curtain', { state: 'detached', timeout: 30_000 });
  expectRendered(await canvasStats(page));

  // A Range request is answered from the cache with just those bytes.
  const ranged = await page.evaluate(async (src) => {
    const res = await fetch(src, { headers: { Range: 'bytes=100-199' }, mode: 'cors' });
    return { status: res.status, bytes: (await res.arrayBuffer()).byteLength, range: res.headers.get('content-range') };
  }, video!);
  expect(ranged.status).toBe(206);
  expect(ranged.bytes).toBe(100);
  expect(ranged.range).toMatch(/^bytes 100-199\/\d+$/);

  // And a video element seeks in it, as the app's players ask for it (CORS when cross-origin).
  const seeked = await within(
    45_000,
    'video seek',
    page.evaluate(
      (src) =>
        new Promise<number>((resolve, reject) => {
          const v = document.createElement('video');
          v.muted = true;
          v.preload = 'auto';
          if (new URL(src).origin !== location.origin) v.crossOrigin = 'anonymous';
          v.onerror = () => reject(new Error(`video error ${v.error?.code ?? '?'}`));
          v.onloadedmetadata = () => {
            v.onseeked = () => {
              const t = v.currentTime;
              v.removeAttribute('src');
              v.load();
              resolve(t);
            };
            v.currentTime = v.duration / 2;
          };
          v.src = src;
        }),
      video!,
    ),
  );
  expect(seeked).toBeGreaterThan(0);

  // A booth's panel opens (its lazy chunks come from the precache), and its H5 page, which no
  // worker can serve into a sandboxed frame, says the network is down instead of a browser error.
  await page.evaluate(() => {
    location.hash = '/booth/xingqiao-univ-cyberlab';
  });
  await page.getByRole('tab', { name: '互动' }).click({ timeout: 30_000 });
  await page.locator('.h5-offline').waitFor({ timeout: 20_000 });
  expect(await page.locator('.h5-frame iframe').count()).toBe(0);
  expect(await page.locator('.h5-offline').textContent()).toContain('网络暂时中断');
  await expectNoSeriousViolations(page, 'the offline notice of an H5 page');
  expect(errors).toEqual([]);
  await page.close();
}
