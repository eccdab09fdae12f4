import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loseAndRestore } from './contextCycle';
import { canvasStats, expectRendered, openPavilion, sharedBrowser } from './helpers';
import { diffShare, newlyDarkShare } from './pixels';

const base = inject('baseUrl');
const browser = sharedBrowser();

/** The bound: a lost context draws again within this, restored or on a new canvas. */
const DRAWN_WITHIN_MS = 3000;
/** A screenshot's round trip, on top of the bound, when waiting for the picture to settle. */
const SHOT_SLACK_MS = 700;
/** The target: under 0.3 % of the pixels differ after a cycle. */
const MAX_DIFF = 0.003;

const shot = (page: Page) => page.locator('.stage canvas').first().screenshot();

/**
 * Screenshots until the picture matches `before` or the bound has passed (counted from
 * `since`, when the context was lost); returns the last one's differences.
 */
async function settle(page: Page, before: Buffer, since: number): Promise<{ diff: number; dark: number }> {
  for (;;) {
    const after = await shot(page);
    const result = { diff: diffShare(before, after), dark: newlyDarkShare(before, after) };
    if (result.diff < MAX_DIFF || Date.now() - since > DRAWN_WITHIN_MS + SHOT_SLACK_MS) return result;
  }
}

/** A screenshot once every nearby sign and poster is on the GPU: two identical pictures in a row. */
async function settled(page: Page): Promise<Buffer> {
  let before = await shot(page);
  await expect.poll(async () => diffShare(before, (before = await shot(page))), { timeout: 20_000, interval: 500 }).toBe(0);
  return before;
}

// The tour's opening view, standing still: no video screen plays there, so the picture is stable.
describe('a lost WebGL context', () => {
  it('draws the same picture again within 3 s, cycle after cycle (loss, restore after 100 ms)', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    const before = await settled(page);
    for (let i = 0; i < 5; i++) {
      const since = Date.now();
      const { msToFirstFrame } = await loseAndRestore(page);
      expect(msToFirstFrame, `cycle ${i}`).toBeLessThan(DRAWN_WITHIN_MS);
      const { diff, dark } = await settle(page, before, since);
      expect(diff, `cycle ${i}: share of pixels changed`).toBeLessThan(MAX_DIFF);
      expect(dark, `cycle ${i}: share of pixels gone black`).toBeLessThan(0.0005);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws on a new canvas within 3 s when the context never comes back', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    await settled(page);
    const lostCanvas = await page.locator('.stage canvas').first().elementHandle();
    const { msToFirstFrame } = await loseAndRestore(page, { restoreAfterMs: null });
    expect(msToFirstFrame).toBeLessThan(DRAWN_WITHIN_MS);
    // A new element, with a working context of its own, showing the hall.
    expect(await lostCanvas!.evaluate((c) => c.isConnected)).toBe(false);
    const canvas = page.locator('.stage canvas').first();
    expect(await canvas.evaluate((c) => (c as HTMLCanvasElement).getContext('webgl2')?.isContextLost())).toBe(false);
    expectRendered(await canvasStats(page));
    expect(errors).toEqual([]);
    await page.close();
  });
});
