import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { KioskHeartbeat } from '../../src/api/types';
import { loseAndRestore } from './contextCycle';
import { openPavilion, sharedBrowser } from './helpers';

const base = inject('baseUrl');
const KIOSK = `${base}/kiosk/?kiosk=hall-a-3`;
const browser = sharedBrowser();

/** Marks this document, so a reload (a new document) shows as the mark gone. */
const mark = (page: Page) => page.evaluate(() => ((window as { __mark?: number }).__mark = 1));
const reloaded = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => (window as { __mark?: number }).__mark === undefined).catch(() => false), {
      timeout: 30_000,
      interval: 500,
    })
    .toBe(true);
const reloadLog = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('pavilion.watchdog.reloads') ?? '[]') as number[]);

describe('the kiosk watchdog', () => {
  it('posts a heartbeat at start, in the agreed shape', async () => {
    const page = await browser().context.newPage();
    const beats: KioskHeartbeat[] = [];
    await page.route('**/api/kiosks/heartbeat', async (route) => {
      beats.push(route.request().postDataJSON() as KioskHeartbeat);
      await route.fulfill({ status: 204 });
    });
    await openPavilion(page, KIOSK);
    await expect.poll(() => beats.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const beat = beats[0]!;
    expect(beat.id).toBe('hall-a-3');
    expect(beat.version).toMatch(/^\d+\.\d+\.\d+(\+[0-9a-f]+)?$/);
    expect(beat).toMatchObject({ errors: 0 });
    expect(Object.keys(beat).sort()).toEqual(['errors', 'fps', 'id', 'uptimeS', 'version']);
    await page.close();
  });

  it('draws again within 3 s after a lost context, in kiosk mode too', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, KIOSK);
    for (let i = 0; i < 2; i++) expect((await loseAndRestore(page)).msToFirstFrame).toBeLessThan(3000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reloads a page whose frames stopped for 10 s, and one with 5 errors in a minute', async () => {
    const page = await browser().context.newPage();
    const logs: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    await openPavilion(page, KIOSK);
    await mark(page);
    // A stuck frame loop, as the watchdog sees it: the counter stops moving.
    await page.evaluate(() => Object.defineProperty(window.__pavilion!, 'frames', { get: () => 7, set: () => {} }));
    await reloaded(page);
    expect(logs.some((l) => /^\[watchdog\] reloading: no frame for 1\d s$/.test(l))).toBe(true);
    expect(await reloadLog(page)).toHaveLength(1);

    await page.waitForSelector('body[data-first-frame="true"]', { timeout: 60_000 });
    await mark(page);
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) setTimeout(() => void Promise.reject(new Error(`broken ${i}`)));
    });
    await reloaded(page);
    expect(logs).toContain('[watchdog] reloading: 5 errors in 60 s');
    expect(await reloadLog(page)).toHaveLength(2);
    await page.close();
  });

  it('holds off after 3 reloads in 10 minutes instead of reloading in a loop', async () => {
    const page = await browser().context.newPage();
    await openPavilion(page, KIOSK);
    await page.evaluate(() => {
      const now = Date.now();
      sessionStorage.setItem('pavilion.watchdog.reloads', JSON.stringify([now - 60_000, now - 30_000, now - 10_000]));
    });
    await mark(page);
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) setTimeout(() => void Promise.reject(new Error(`broken ${i}`)));
    });
    await page.waitForSelector('body[data-watchdog="hold"]', { timeout: 10_000 });
    await page.waitForTimeout(2000);
    expect(await page.evaluate(() => (window as { __mark?: number }).__mark)).toBe(1);
    await page.close();
  });
});
