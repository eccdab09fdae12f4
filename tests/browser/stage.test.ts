import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openPavilion, sharedBrowser } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
const at = (local: string) => `${base}/?now=${encodeURIComponent(`${local}+08:00`)}`;
const stage = () => window.__pavilion?.stage();

describe('the main stage', () => {
  it('plays the live talk’s HLS stream through hls.js while it runs, and opens its player', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, at('2026-09-14T09:40:00'));
    await expect.poll(() => page.evaluate(() => document.body.dataset.stage), { timeout: 20_000 }).toBe('live');
    await expect.poll(() => page.evaluate(stage).then((s) => s?.playing), { timeout: 30_000 }).toBe(true);
    const first = (await page.evaluate(stage))!;
    expect(first).toMatchObject({ sessionId: 'opening-keynote', engine: 'hls.js', error: null });
    // Its time advances: frames are playing, not a still.
    await expect.poll(async () => (await page.evaluate(stage))!.currentTime, { timeout: 15_000 }).not.toBe(first.currentTime);

    await page.evaluate(() => (location.hash = '#/stage/opening-keynote'));
    const dialog = page.getByRole('dialog', { name: /开幕式暨主旨演讲/ });
    await dialog.waitFor();
    await dialog.locator('video').waitFor();
    await dialog.getByRole('heading', { name: /日程/ }).waitFor();
    await expectNoSeriousViolations(page, 'the stage player');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows its card and a message when the stream is broken, retries, and the hall keeps working', async () => {
    const page = await browser().context.newPage();
    let asked = 0;
    await page.route('**/media/live/**', (route) => {
      asked++;
      return route.fulfill({ status: 404, body: 'gone' });
    });
    await openPavilion(page, at('2026-09-16T09:45:00'));
    await expect.poll(() => page.evaluate(() => document.body.dataset.stage), { timeout: 20_000 }).toBe('live');
    await expect.poll(() => page.evaluate(stage).then((s) => s?.error ?? null), { timeout: 30_000 }).not.toBeNull();
    expect(await page.evaluate(stage)).toMatchObject({ sessionId: 'telecom-keynote', playing: false });
    // It tries again (after 2 s, then longer), not once and never more.
    const before = asked;
    await expect.poll(() => asked, { timeout: 20_000 }).toBeGreaterThan(before);
    // The hall goes on: a booth's panel opens as ever.
    await page.evaluate(() => (location.hash = '#/booth/yunfan-telecom'));
    await page.locator('.booth-panel').waitFor();
    await page.close();
  }, 120_000);

  it('counts down before a talk, and shows the replay after it', async () => {
    const page = await browser().context.newPage();
    await openPavilion(page, at('2026-09-14T09:20:00'));
    await expect.poll(() => page.evaluate(() => document.body.dataset.stage), { timeout: 20_000 }).toBe('countdown');
    expect((await page.evaluate(stage))!.sessionId).toBe('opening-keynote');
    await page.goto(at('2026-09-14T11:00:00'));
    await expect.poll(() => page.evaluate(() => document.body.dataset.stage), { timeout: 20_000 }).toBe('replay');
    await page.evaluate(() => (location.hash = '#/stage/opening-keynote'));
    const dialog = page.getByRole('dialog', { name: /开幕式暨主旨演讲/ });
    // After the talk its player has the replay, with captions.
    await expect.poll(() => dialog.locator('video track').count()).toBeGreaterThan(0);
    expect(await dialog.locator('video').getAttribute('aria-label')).toMatch(/开幕式/);
    await page.close();
  }, 120_000);
});
