import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasStats, expectRendered, openPavilion, sharedBrowser } from './helpers';

const base = inject('baseUrl');

const browser = sharedBrowser();

/** The canvas's drawing buffer width, and the ratio the app says it chose. */
const bufferWidth = (page: Page) =>
  page.evaluate(() => ({
    width: document.querySelector<HTMLCanvasElement>('.stage canvas')!.width,
    dpr: Number(document.body.dataset.dpr),
  }));

describe('resolution on a weak GPU', () => {
  // These tests force software rendering (SwiftShader): at 1280×800 the sample hall takes
  // 100–250 ms a frame, the budget-phone case the governor is for.
  it('lowers the pixel ratio while frames are slow, and the hall still renders', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    expect((await bufferWidth(page)).width).toBeGreaterThan(0);
    await page.waitForFunction(() => Number(document.body.dataset.dpr) < 1, null, { timeout: 30_000 });
    // Let the resize reach the drawing buffer and a frame be drawn at the new size.
    await page.waitForTimeout(500);
    const { width, dpr } = await bufferWidth(page);
    expect(dpr).toBeGreaterThanOrEqual(0.5);
    expect(width).toBe(Math.round(1280 * dpr));
    expectRendered(await canvasStats(page));
    // Re-rendering the canvas (here, a language switch) must not put full resolution back.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Directory' }).waitFor();
    await page.waitForTimeout(1000);
    const after = await bufferWidth(page);
    expect(after.dpr).toBeLessThanOrEqual(dpr);
    expect(after.width).toBe(Math.round(1280 * after.dpr));
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('keeps a pinned ?dpr= whatever the frame times', async () => {
    const page = await browser().context.newPage();
    await openPavilion(page, `${base}/?dpr=1`);
    await page.waitForTimeout(4000);
    expect(await bufferWidth(page)).toEqual({ width: 1280, dpr: 1 });
    await page.close();
  }, 90_000);
});
