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
    const opened = Date.now();
    const errors = await openPavilion(page, at('2026-09-14T09:40:00'));
    await expect.poll(() => page.evaluate(() => document.body.dataset.stage), { timeout: 20_000 }).toBe('live');
    await expect.poll(() => page.evaluate(stage).then((s) => s?.playing), { timeout: 30_000 }).toBe(true);
    const first = (await page.evaluate(stage))!;
    expect(first).toMatchObject({ sessionId: 'opening-keynote', engine: 'hls.js', error: null });
    // Its time advances: frames are playing, not a still.
    await expect.poll(async () => (await page.evaluate(stage))!.currentTime, { timeout: 15_000 }).not.toBe(first.currentTime);
    // Everyone sees the same moment: ten minutes into the talk (09:30), plus the time since the page
    // opened, around the 160 s recording that stands in for it.
    const { currentTime } = (await page.evaluate(stage))!;
    const expected = (600 + (Date.now() - opened) / 1000) % 160;
    const off = Math.abs(currentTime - expected);
    expect(Math.min(off, 160 - off)).toBeLessThan(10);

    await page.evaluate(() => (location.hash = '#/stage/opening-keynote'));
    const dialog = page.getByRole('dialog', { name: /开幕式暨主旨演讲/ });
    await dialog.waitFor();
    await dialog.locator('video').waitFor();
    await dialog.getByRole('heading', { name: /日程/ }).waitFor();
    // The player has its own hls.js (a MediaSource behind a blob: URL), joined where the talk is,
    // and plays on; the screen's muted copy waits meanwhile, not fetching the talk twice.
    const player = dialog.locator('video');
    await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.currentSrc), { timeout: 20_000 }).toMatch(/^blob:/);
    await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(60);
    const joined = await player.evaluate((v: HTMLVideoElement) => v.currentTime);
    await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 }).toBeGreaterThan(joined);
    expect(await page.evaluate(stage)).toMatchObject({ held: true, playing: false });
    await expectNoSeriousViolations(page, 'the stage player');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Closed, the screen plays again.
    await expect.poll(() => page.evaluate(stage).then((s) => s && s.playing && !s.held), { timeout: 20_000 }).toBe(true);
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
    // And when the stream comes back, a later retry finds it: the screen plays the talk.
    await page.unroute('**/media/live/**');
    await page.evaluate(() => (location.hash = ''));
    await page.locator('.booth-panel').waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.evaluate(stage).then((s) => s && { playing: s.playing, error: s.error }), { timeout: 60_000 })
      .toEqual({ playing: true, error: null });
    await page.close();
  }, 120_000);

  it('counts down before a talk, and shows the replay after it', async () => {
    const page = await browser().context.newPage();
    await openPavilion(page, at('2026-09-14T09:20:00'));
    await expect.poll(() => page.evaluate(() => document.body.dataset.stage), { timeout: 20_000 }).toBe('countdown');
    expect((await page.evaluate(stage))!.sessionId).toBe('opening-keynote');
    // Its player counts down too: a ticking clock, and words that change once a minute.
    await page.evaluate(() => (location.hash = '#/stage/opening-keynote'));
    const waiting = page.getByRole('dialog', { name: /开幕式暨主旨演讲/ });
    await expect.poll(() => waiting.getByRole('status').textContent()).toMatch(/^还有 (10|9) 分开始$/);
    expect(await waiting.locator('.stage-clock').textContent()).toMatch(/^距开始 00:(10:00|09:\d\d)$/);
    await expectNoSeriousViolations(page, 'the stage player before its talk');
    await page.goto(at('2026-09-14T11:00:00'));
    await expect.poll(() => page.evaluate(() => document.body.dataset.stage), { timeout: 20_000 }).toBe('replay');
    await page.evaluate(() => (location.hash = '#/stage/opening-keynote'));
    const dialog = page.getByRole('dialog', { name: /开幕式暨主旨演讲/ });
    // After the talk its player has the replay, with captions.
    await expect.poll(() => dialog.locator('video track').count()).toBeGreaterThan(0);
    expect(await dialog.locator('video').getAttribute('aria-label')).toMatch(/开幕式/);
    await page.close();
  }, 120_000);

  it('says the stream is interrupted while its segments fail, and joins the talk where it is when they return', async () => {
    const page = await browser().context.newPage();
    let failing = true;
    await page.route('**/media/live/**/*.ts', (route) =>
      failing ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
    );
    const opened = Date.now();
    await openPavilion(page, at('2026-09-14T09:40:00'));
    // hls.js retries a segment itself for a while; the screen says so rather than wait in silence.
    await expect
      .poll(() => page.evaluate(stage).then((s) => s && { playing: s.playing, error: s.error }), { timeout: 30_000 })
      .toEqual({ playing: false, error: expect.stringMatching(/fragLoad/) });
    failing = false;
    await expect.poll(() => page.evaluate(stage).then((s) => s?.playing), { timeout: 60_000 }).toBe(true);
    const { currentTime, error } = (await page.evaluate(stage))!;
    expect(error).toBeNull();
    const expected = (600 + (Date.now() - opened) / 1000) % 160;
    const off = Math.abs(currentTime - expected);
    expect(Math.min(off, 160 - off)).toBeLessThan(10);
    await page.close();
  }, 120_000);
});
