import { describe, expect, inject, it } from 'vitest';
import { openPavilion, sharedBrowser } from './helpers';
import { colourCentroid } from './pixels';

const base = inject('baseUrl');

const browser = sharedBrowser();

describe('pictures in the hall', () => {
  // The booth's screen shows a picture through the poster atlas: red top-left, green top-right,
  // blue bottom-left, yellow bottom-right. An upload or uv-rect mistake flips or mirrors it,
  // and every sign and poster in the hall with it.
  it('are upright and not mirrored', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/?hall=/test-halls/orientation/hall.json#/booth/quadrants`);
    await page.keyboard.press('Escape'); // close the panel: the visitor faces the booth
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    let shot: Buffer = Buffer.alloc(0);
    let red = { count: 0, x: NaN, y: NaN };
    // The slot is painted and uploaded within a few frames of arriving; SwiftShader frames vary.
    for (let i = 0; i < 40 && red.count < 200; i++) {
      await page.waitForTimeout(250);
      shot = await page.locator('.stage canvas').screenshot();
      red = colourCentroid(shot, [255, 0, 0]);
    }
    const green = colourCentroid(shot, [0, 255, 0]);
    const blue = colourCentroid(shot, [0, 0, 255]);
    const yellow = colourCentroid(shot, [255, 255, 0]);
    for (const c of [red, green, blue, yellow]) expect(c.count).toBeGreaterThan(200);
    expect(red.y).toBeLessThan(blue.y);
    expect(green.y).toBeLessThan(yellow.y);
    expect(red.x).toBeLessThan(green.x);
    expect(blue.x).toBeLessThan(yellow.x);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
