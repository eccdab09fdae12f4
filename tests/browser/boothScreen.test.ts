import { describe, expect, inject, it } from 'vitest';
import { openPavilion, sharedBrowser } from './helpers';
import { diffShare } from './pixels';

const base = inject('baseUrl');

const browser = sharedBrowser();

describe("a booth's screen in the 3D view", () => {
  // Headless Chromium renders with SwiftShader, so this runs the path that copies each frame's
  // YUV planes out of the decoder (VideoScreen). Moving pixels that stop when the videos are paused are the
  // video's frames on the screen, not something else changing in the view.
  it('shows the booth video playing, and a still picture once it is paused', async () => {
    const page = await browser().context.newPage();
    // Test-side only: remember every video the page starts, to pause them later.
    await page.addInitScript(() => {
      const played: HTMLMediaElement[] = [];
      (window as unknown as { __played: HTMLMediaElement[] }).__played = played;
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        played.push(this);
        return play.call(this);
      };
    });
    const errors = await openPavilion(page, `${base}/#/at/heting-bank-antifraud`);
    const time = () => page.evaluate(() => window.__pavilion!.videoTime('heting-bank-antifraud') ?? 0);
    const t0 = await time();
    // Generous waits: on two busy cores (CI beside another build) the decoder and SwiftShader share
    // the machine; the run here took 34 s under full CPU load against 15 s idle.
    await expect.poll(async () => (await time()) > t0 + 1, { timeout: 45_000 }).toBe(true);

    const canvas = page.locator('.stage canvas');
    const moving = async () => {
      const a = await canvas.screenshot();
      await page.waitForTimeout(700);
      return diffShare(a, await canvas.screenshot());
    };
    await expect.poll(moving, { timeout: 30_000 }).toBeGreaterThan(0.003);

    // Under SwiftShader the frames come as YUV planes, converted to RGB by the screen's shader.
    const feeds = await page.evaluate(() =>
      (window as unknown as { __played: HTMLMediaElement[] }).__played.map((v) => v.dataset.screenFeed),
    );
    expect(feeds.length).toBeGreaterThan(0);
    expect(new Set(feeds)).toEqual(new Set(['planes']));

    await page.evaluate(() => {
      for (const v of (window as unknown as { __played: HTMLMediaElement[] }).__played) v.pause();
    });
    await page.waitForTimeout(500);
    expect(await moving()).toBeLessThan(0.0005);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
