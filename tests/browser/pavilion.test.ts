import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasStats, expectRendered, openPavilion, sharedBrowser, visitorPos } from './helpers';
import { diffShare } from './pixels';

const base = inject('baseUrl');
const sampleNames = readdirSync('scenes/sample/booths').map((f) => {
  const b = JSON.parse(readFileSync(`scenes/sample/booths/${f}`, 'utf8')) as {
    id: string;
    exhibitor: { name: { zh: string; en: string } };
  };
  return { id: b.id, zh: b.exhibitor.name.zh, en: b.exhibitor.name.en };
});

const browser = sharedBrowser();
let page: Page;

describe('the sample expo', () => {
  it('renders the hall (real pixels), lists every booth by name, fetches nothing from outside', async () => {
    page = await browser().context.newPage();
    const foreign: string[] = [];
    const manifests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
      if (/\/scenes\/sample\/.*\.json$/.test(r.url())) manifests.push(r.url().slice(base.length));
    });
    const errors = await openPavilion(page, `${base}/`);
    expectRendered(await canvasStats(page));
    expect(sampleNames.length).toBeGreaterThanOrEqual(36);
    await page.getByRole('button', { name: '展位目录' }).click();
    const listed = await page.locator('.directory-list strong').allTextContents();
    expect(listed.sort()).toEqual(sampleNames.map((n) => n.zh).sort());
    // The CJK font is the project's own, not a system one.
    const fontFaces = await page.evaluate(
      () => [...document.fonts].filter((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded').length,
    );
    expect(fontFaces).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    // The whole hall in one request (its bundle), not one per booth; the week's programme after it.
    expect(manifests).toEqual(['/scenes/sample/hall.bundle.json', '/scenes/sample/programme.json']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('walks with the keyboard: the position and the view change', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    const before = await page.locator('.stage canvas').screenshot();
    const p0 = await visitorPos(page);
    await page.locator('.stage canvas').click({ position: { x: 640, y: 700 } }); // focus, and a gesture
    // Hold keys until the walker responds: frame rates under SwiftShader vary a lot.
    await page.keyboard.down('KeyW');
    await expect.poll(async () => (await visitorPos(page)).z, { timeout: 20_000 }).toBeLessThan(p0.z - 2);
    await page.keyboard.up('KeyW');
    await page.keyboard.down('ArrowLeft');
    await expect.poll(async () => (await visitorPos(page)).yaw, { timeout: 20_000 }).toBeGreaterThan(p0.yaw + 0.3);
    await page.keyboard.up('ArrowLeft');
    await page.waitForTimeout(300);
    expect(diffShare(before, await page.locator('.stage canvas').screenshot())).toBeGreaterThan(0.1);
    await page.close();
  });

  it('searches the directory, goes to a booth and opens its panel named by the exhibitor', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    await page.getByRole('button', { name: '展位目录' }).click();
    await page.getByRole('searchbox').fill('Heting');
    const items = page.locator('.directory-list button');
    await expect.poll(() => items.count()).toBe(1);
    await items.first().click();
    const dialog = page.getByRole('dialog', { name: '鹤汀银行反诈中心' });
    // It walks there first: at SwiftShader's few frames a second under CI load that can take a while.
    await dialog.waitFor({ timeout: 45_000 });
    expect(page.url()).toContain('#/booth/heting-bank-antifraud');
    const at = await visitorPos(page);
    const front = await page.evaluate(() => window.__pavilion!.visitor.pos);
    expect(Math.hypot(at.x - front.x, at.z - front.z)).toBeLessThan(0.01);
    // Esc returns to the hall where the visitor was.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const after = await visitorPos(page);
    expect(Math.hypot(after.x - at.x, after.z - at.z)).toBeLessThan(0.5);
    // Back reopens it, Forward closes it again.
    await page.goBack();
    await dialog.waitFor();
    await page.goForward();
    await dialog.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('names what is under the pointer on the minimap, and walks to the booth clicked there', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    const map = page.getByRole('img', { name: /展馆地图/ });
    // Sweep the map in the page (one round trip) for a spot whose tooltip names a booth far from the entrance.
    const spot = await map.evaluate(
      (c: HTMLCanvasElement, names: string[]) => {
        const r = c.getBoundingClientRect();
        for (let y = r.top + 4; y < r.top + r.height * 0.4; y += 3)
          for (let x = r.left + 4; x < r.right - 4; x += 3) {
            c.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
            if (names.includes(c.title)) return { x, y, name: c.title };
          }
        return null;
      },
      sampleNames.map((n) => n.zh),
    );
    expect(spot).not.toBeNull();
    await page.mouse.click(spot!.x, spot!.y);
    await expect.poll(() => page.getByTestId('nearest-booth').textContent(), { timeout: 45_000 }).toBe(spot!.name);
    await page.close();
  });

  it('opens the right booth from a deep link, with its panel open', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/#/booth/yuanzhou-privacy-lab`);
    const name = sampleNames.find((n) => n.id === 'yuanzhou-privacy-lab')!;
    await page.getByRole('dialog', { name: name.zh }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.getByTestId('nearest-booth').textContent()).toBe(name.zh);
    await page.close();
  });

  it('wakes a booth video near (currentTime advances) and frees it far away', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/#/at/heting-bank-antifraud`);
    await expect
      .poll(() => page.evaluate(() => window.__pavilion!.liveVideoIds()), { timeout: 10_000 })
      .toContain('heting-bank-antifraud');
    expect(await page.evaluate(() => window.__pavilion!.liveVideoCount())).toBeLessThanOrEqual(3);
    const ct = () => page.evaluate(() => window.__pavilion!.videoTime('heting-bank-antifraud'));
    // Playing, not just created: under CI load the first frames can take a few seconds to decode.
    const a = (await ct()) ?? 0;
    await expect.poll(async () => ((await ct()) ?? 0) > a, { timeout: 20_000 }).toBe(true);
    // Walk far away: to the entrance.
    await page.getByRole('button', { name: '回到入口' }).click();
    await expect
      .poll(() => page.evaluate(() => window.__pavilion!.liveVideoIds()), { timeout: 20_000 })
      .not.toContain('heting-bank-antifraud');
    await page.close();
  });

  it('frames H5 pages with scripts but never scripts plus same-origin', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/#/booth/xingqiao-univ-cyberlab`);
    await page.getByRole('tab', { name: '互动' }).click();
    const frame = page.locator('.h5-frame iframe');
    await frame.waitFor();
    const sandbox = (await frame.getAttribute('sandbox'))!.split(/\s+/);
    expect(sandbox).toContain('allow-scripts');
    expect(sandbox).not.toContain('allow-same-origin');
    expect(sandbox).not.toContain('allow-top-navigation');
    expect(await frame.getAttribute('src')).toMatch(/\?lang=zh$/);
    const link = page.locator('.h5-frame a.new-tab');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    // The page inside really runs (scripts allowed) and shows its content.
    const inner = page.frameLocator('.h5-frame iframe');
    await inner.locator('button').first().waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('switches language: interface, panel and manifest texts at once', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    const before = await page.locator('.stage canvas').screenshot();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Directory' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.waitForTimeout(1500);
    // Signs are redrawn in English.
    expect(diffShare(before, await page.locator('.stage canvas').screenshot())).toBeGreaterThan(0.01);
    await page.reload();
    await page.waitForSelector('body[data-hall-status="ready"]');
    await page.getByRole('button', { name: 'Directory' }).waitFor();
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.close();
  });

  it('plays no sound before the first gesture, remembers mute', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__pavilion!.audio().ambient)).toBe(false);
    await page.locator('.stage canvas').click({ position: { x: 640, y: 700 } });
    await expect.poll(() => page.evaluate(() => window.__pavilion!.audio().ambient)).toBe(true);
    await page.getByRole('button', { name: '静音' }).click();
    expect(await page.evaluate(() => window.__pavilion!.audio().muted)).toBe(true);
    await page.reload();
    await page.waitForSelector('body[data-hall-status="ready"]');
    await page.getByRole('button', { name: '打开声音' }).waitFor();
    await page.getByRole('button', { name: '打开声音' }).click();
    await page.close();
  });

  it('plays a booth audio guide (decoded and sounding), pauses it, and leaves it sounding at the booth after the panel', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/#/booth/anxin-campus-antifraud`);
    const audio = () => page.evaluate(() => window.__pavilion!.audio());
    await page.getByRole('tab', { name: '语音导览' }).click();
    await page.getByRole('button', { name: '播放' }).click();
    // Playing means howler decoded the file: a load error clears the guide and says so.
    await expect.poll(async () => (await audio()).guidePlaying, { timeout: 15_000 }).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: '暂停' }).click();
    await expect.poll(async () => (await audio()).guidePlaying).toBe(false);
    await page.getByRole('button', { name: '播放' }).click();
    await expect.poll(async () => (await audio()).guidePlaying).toBe(true);
    // Positional: it stays at its booth, fading as the visitor walks away.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect((await audio()).guidePlaying).toBe(true);
    await page.close();
  });
});
