import { describe, expect, inject, it } from 'vitest';
import { openPavilion, sharedBrowser, visitorPos } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
const BOOTH = 'heting-bank-antifraud';

describe('reduced motion', () => {
  it('keeps booth screens still, cuts walks, and the HUD switch turns it off and on', async () => {
    const page = await browser().context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const errors = await openPavilion(page, `${base}/#/at/${BOOTH}`);
    expect(await page.evaluate(() => document.body.dataset.motion)).toBe('reduce');
    // Standing at a booth with a video: nothing plays by itself, for several seconds.
    for (let i = 0; i < 6; i++) {
      expect(await page.evaluate(() => window.__pavilion!.liveVideoCount())).toBe(0);
      await page.waitForTimeout(500);
    }
    // "Back to the entrance" is a cut: the next frames find the visitor there, no glide between.
    const from = await visitorPos(page);
    await page.getByRole('button', { name: '回到入口' }).click();
    const f0 = await page.evaluate(() => window.__pavilion!.frames);
    await expect.poll(() => page.evaluate(() => window.__pavilion!.frames)).toBeGreaterThan(f0 + 1);
    const at = await visitorPos(page);
    await page.waitForTimeout(400);
    expect(await visitorPos(page)).toEqual(at);
    expect(Math.hypot(at.x - from.x, at.z - from.z)).toBeGreaterThan(3);

    // The visitor turns it off: videos play again near a booth.
    const toggle = page.getByRole('button', { name: /^减少动态/ });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.evaluate(() => document.body.dataset.motion)).toBe('full');
    await page.evaluate((id) => (location.hash = `#/at/${id}`), BOOTH);
    await expect.poll(() => page.evaluate(() => window.__pavilion!.liveVideoIds()), { timeout: 20_000 }).toContain(BOOTH);
    // Remembered over the system's setting; switched on again, the videos stop.
    await page.reload();
    await page.waitForSelector('body[data-hall-status="ready"]', { timeout: 60_000 });
    expect(await page.evaluate(() => document.body.dataset.motion)).toBe('full');
    await page.getByRole('button', { name: /^减少动态/ }).click();
    await expect.poll(() => page.evaluate(() => window.__pavilion!.liveVideoCount()), { timeout: 10_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the guided tour waits at its stop until "next" is pressed', async () => {
    const page = await browser().context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPavilion(page, `${base}/`);
    await page.getByRole('button', { name: /导览参观/ }).click();
    const caption = page.locator('.guide-bar');
    await caption.waitFor();
    // The walk to the first stop is a cut: arrived at once.
    await expect.poll(() => caption.innerText(), { timeout: 5_000 }).toContain('已到达');
    const first = await caption.innerText();
    // Well past a stop's 8 s dwell: still there.
    await page.waitForTimeout(11_000);
    expect(await caption.innerText()).toBe(first);
    await page
      .locator('.guide-bar')
      .getByRole('button', { name: /下一站/ })
      .click();
    await expect.poll(() => caption.innerText()).not.toBe(first);
    await page.close();
  });
});

describe('screen readers in the 3D hall', () => {
  it('have a text alternative with the 2D view, and hear the nearest booth once settled', async () => {
    const page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    const alt = page.locator('.canvas-alt');
    expect(await alt.innerText()).toContain('2D 视图');
    expect(await alt.getByRole('button', { name: /^2D 视图/ }).count()).toBe(1);
    const said = page.getByTestId('nearest-announcer');
    await page.evaluate((id) => (location.hash = `#/at/${id}`), BOOTH);
    await expect.poll(() => said.innerText(), { timeout: 10_000 }).toMatch(/^附近展位：.+/);
    expect(await said.getAttribute('aria-live')).toBe('polite');
    await page.close();
  });
});
