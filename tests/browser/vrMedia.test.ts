import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openPavilion, sharedBrowser } from './helpers';
import { pixelStats } from './pixels';

const base = inject('baseUrl');
const browser = sharedBrowser();
// A security firm's booth: a panorama of its operations centre, and two models (meshopt, Draco).
const IOT = 'lingjing-iot-security';
// A school supplier's booth: a 360° video of a classroom with captions.
const SCHOOL = 'shuguang-edutech';

/** Every request that leaves the site: decoders, fonts and media must all be the project's own. */
function outsideRequests(page: Page): string[] {
  const out: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(base) && !/^(data|blob):/.test(url)) out.push(url);
  });
  return out;
}

const look = async (page: Page) =>
  (await page.locator('.pano-view').getAttribute('data-look'))!.split(' ').map(Number) as [number, number, number];

async function openTab(page: Page, booth: string, tab: string): Promise<void> {
  await page.evaluate((id) => (location.hash = `#/booth/${id}`), booth);
  await page.getByRole('dialog').waitFor();
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

describe('VR content in a booth', () => {
  it('opens a panorama that turns by drag and keys, and whose hotspot opens the booth’s model', async () => {
    const page = await browser().context.newPage();
    const outside = outsideRequests(page);
    const errors = await openPavilion(page, `${base}/`);
    await openTab(page, IOT, '全景');
    const view = page.locator('.pano-view');
    await view.locator('canvas').waitFor({ timeout: 20_000 });
    await expect.poll(() => view.getAttribute('data-look')).not.toBeNull();
    const before = await view.screenshot();
    const s = pixelStats(before);
    expect(s.distinctColors).toBeGreaterThan(32);
    expect(s.dominantShare).toBeLessThan(0.7);

    // Dragging left turns the view right; the picture changes with it.
    const box = (await view.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 160, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await look(page))[0]).toBeGreaterThan(10);
    await expect.poll(async () => Buffer.compare(await view.screenshot(), before)).not.toBe(0);

    // By keyboard: the view takes focus, arrows look, + zooms, Home goes back.
    await view.focus();
    const [yaw] = await look(page);
    await page.keyboard.press('ArrowRight');
    expect((await look(page))[0]).toBeGreaterThan(yaw);
    await page.keyboard.press('+');
    expect((await look(page))[2]).toBeLessThan(75);
    await page.keyboard.press('Home');
    expect(await look(page)).toEqual([0, 0, 75]);
    await expectNoSeriousViolations(page, 'the panorama viewer', { scroll: page.getByRole('tabpanel') });

    // A hotspot that names another item opens it: the router, in the 3D tab.
    await page
      .getByRole('group', { name: '画面中的位置' })
      .getByRole('button', { name: /看看守护的路由器/ })
      .click();
    await expect.poll(() => page.getByRole('tab', { name: '3D 模型' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByRole('button', { name: '家用 Wi-Fi 路由器' }).getAttribute('aria-pressed')).toBe('true');
    await page.waitForSelector('.model-viewer[data-model-state="ready"]', { timeout: 30_000 });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows a model’s poster while it loads, then the model (meshopt and Draco decoded here), which orbits and stops turning when touched', async () => {
    const page = await browser().context.newPage();
    const outside = outsideRequests(page);
    const draco: string[] = [];
    page.on('request', (r) => r.url().includes('/decoders/draco/') && draco.push(r.url()));
    // Hold the router back a moment, so its poster is what the visitor sees meanwhile.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/router.glb', async (route) => {
      await held;
      await route.continue();
    });
    const errors = await openPavilion(page, `${base}/`);
    await openTab(page, IOT, '3D 模型');
    const viewer = page.locator('.model-viewer');
    await expect.poll(() => viewer.getAttribute('data-model-state')).toBe('loading');
    await expect.poll(() => viewer.locator('.model-poster').isVisible()).toBe(true);
    release();
    await expect.poll(() => viewer.getAttribute('data-model-state'), { timeout: 30_000 }).toBe('ready');
    expect(await viewer.locator('.model-poster').count()).toBe(0);
    const canvas = viewer.locator('canvas');
    const s = pixelStats(await canvas.screenshot());
    expect(s.distinctColors).toBeGreaterThan(16);
    // It turns by itself until the visitor takes hold of it.
    const rotate = page.getByRole('button', { name: '自动旋转' });
    expect(await rotate.getAttribute('aria-pressed')).toBe('true');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 20, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => rotate.getAttribute('aria-pressed')).toBe('false');
    const still = await canvas.screenshot();
    await page.waitForTimeout(600);
    expect(Buffer.compare(await canvas.screenshot(), still)).toBe(0);
    // The Draco model, its decoder from this site.
    await page.getByRole('button', { name: '智能摄像头' }).click();
    await expect.poll(() => viewer.getAttribute('data-model-state'), { timeout: 30_000 }).toBe('ready');
    expect(draco.length).toBeGreaterThan(0);
    await expectNoSeriousViolations(page, 'the model viewer', { scroll: page.getByRole('tabpanel') });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('keeps a model still under reduced motion', async () => {
    const page = await browser().context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPavilion(page, `${base}/`);
    await openTab(page, IOT, '3D 模型');
    const viewer = page.locator('.model-viewer');
    await expect.poll(() => viewer.getAttribute('data-model-state'), { timeout: 30_000 }).toBe('ready');
    expect(await page.getByRole('button', { name: '自动旋转' }).count()).toBe(0);
    const canvas = viewer.locator('canvas');
    await page.waitForTimeout(300);
    const a = await canvas.screenshot();
    await page.waitForTimeout(800);
    expect(Buffer.compare(await canvas.screenshot(), a)).toBe(0);
    await page.close();
  }, 60_000);

  it('plays a 360° video with its captions over the view', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    await openTab(page, SCHOOL, '全景');
    const view = page.locator('.pano-view');
    await view.locator('canvas').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '播放' }).click();
    await expect.poll(() => view.locator('.pano-caption').textContent(), { timeout: 10_000 }).toContain('验证码');
    expect(await page.getByRole('button', { name: '暂停' }).count()).toBe(1);
    const a = await view.screenshot();
    await expect.poll(async () => Buffer.compare(await view.screenshot(), a), { timeout: 5000 }).not.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('stands a booth’s model in the hall while the visitor is near; far, leaves a stand-in of its size and colour', async () => {
    const page = await browser().context.newPage();
    // Walks cut to their end: the test moves between far booths at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const errors = await openPavilion(page, `${base}/`);
    const shown = () => page.evaluate(() => window.__pavilion!.hallModelIds());
    await page.evaluate(() => (location.hash = '#/at/xinglan-court'));
    const standIns = () => page.evaluate(() => window.__pavilion!.hallStandInIds());
    await expect.poll(shown, { timeout: 20_000 }).toEqual([]);
    expect(await standIns()).toEqual([]); // never seen: only its plinth, if it has one
    await page.evaluate((id) => (location.hash = `#/at/${id}`), IOT);
    await expect.poll(shown, { timeout: 20_000 }).toEqual([IOT]);
    expect(await standIns()).toEqual([]); // the model itself stands there
    await page.evaluate(() => (location.hash = '#/at/xinglan-court'));
    await expect.poll(shown, { timeout: 20_000 }).toEqual([]);
    await expect.poll(standIns).toEqual([IOT]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
