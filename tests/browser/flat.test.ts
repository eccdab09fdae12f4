import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openBrowser } from './chromium';
import { sharedBrowser } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
// A booth with every kind of media.
const RICH = 'anxin-campus-antifraud';

interface BundleBooth {
  id: string;
  exhibitor: { name: { zh?: string; en?: string }; tagline?: { zh?: string } };
}
/** The sample's booths, as the build bundled them. */
const booths = Object.values(
  (
    JSON.parse(readFileSync(new URL('../../dist/scenes/sample/hall.bundle.json', import.meta.url), 'utf8')) as {
      booths: Record<string, BundleBooth>;
    }
  ).booths,
);
const zhName = (b: BundleBooth) => b.exhibitor.name.zh ?? b.exhibitor.name.en ?? '';

async function open2d(page: Page, url: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('body[data-hall-status="ready"]', { timeout: 60_000 });
  await page.locator('.flat #flat-main').waitFor({ timeout: 30_000 });
  return errors;
}

/** Presses Tab until `pred` holds for the focused element (bounded: a page is not endless). */
async function tabUntil(page: Page, pred: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(pred)) return;
  }
  throw new Error(`Tab never reached: ${pred}`);
}

describe('the 2D pavilion', () => {
  it('is what a browser without WebGL gets: every booth by name, in zones, with no canvas', async () => {
    const page = await browser().context.newPage();
    const errors = await open2d(page, `${base}/?nowebgl`);
    expect(await page.locator('canvas').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.body.dataset.view)).toBe('2d');
    const text = await page.locator('#flat-main').innerText();
    for (const b of booths) expect(text, b.id).toContain(zhName(b));
    expect(await page.locator('[data-booth-link]').count()).toBe(booths.length);
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
    await expectNoSeriousViolations(page, 'the 2D hall without WebGL');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens with ?view=2d, searches, and switches to 3D and back (remembered)', async () => {
    const page = await browser().context.newPage();
    const errors = await open2d(page, `${base}/?view=2d`);
    await page.getByRole('searchbox').fill('校园');
    await expect.poll(() => page.locator('.flat-search [data-booth-link]').count()).toBeGreaterThan(0);
    await page.getByRole('searchbox').fill('');
    await page.getByRole('button', { name: /^3D 展馆/ }).click();
    await page.waitForSelector('.stage canvas', { timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.body.dataset.view)).toBe('3d');
    await page
      .locator('.hud-actions')
      .getByRole('button', { name: /^2D 视图/ })
      .click();
    await page.locator('#flat-main').waitFor();
    expect(await page.locator('.stage canvas').count()).toBe(0);
    // The choice is the visitor's: a plain visit opens the 2D view again.
    await page.goto(`${base}/`);
    await page.locator('#flat-main').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^3D 展馆/ }).click();
    await page.waitForSelector('.stage canvas', { timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has the week's programme at once, and its contests: 2D draws no frame to wait for", async () => {
    const page = await browser().context.newPage();
    const errors = await open2d(page, `${base}/?view=2d`);
    await page
      .getByRole('button', { name: /活动日程/ })
      .last()
      .click();
    const programme = page.getByRole('dialog');
    await programme.getByRole('tab', { name: /校园日/ }).click();
    // The 3D view loads the programme after its first frame (or 4 s without one); the 2D view has none to wait for.
    await programme.getByRole('button', { name: '参加竞赛' }).click({ timeout: 2500 });
    await expect.poll(() => page.getByRole('dialog').innerText()).toContain('校园日知识竞赛');
    await expectNoSeriousViolations(page, 'a contest in the 2D view');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('by keyboard alone: skip link, a booth from the start of the page, its media, and back', async () => {
    const page = await browser().context.newPage();
    const errors = await open2d(page, `${base}/?view=2d`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('flat-main');
    await tabUntil(page, `document.activeElement?.getAttribute('data-booth-link') === '${RICH}'`);
    await page.keyboard.press('Enter');
    // A new page: focus on its heading, the URL the 3D hall uses too.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('flat-booth-title');
    expect(new URL(page.url()).hash).toBe(`#/booth/${RICH}`);
    // Every kind of media is on the page, under its heading.
    for (const h of ['视频', '互动', '案例', '图片', '语音导览', '关于展商'])
      await page.getByRole('heading', { level: 2, name: h }).waitFor();
    await page.locator('.flat video').waitFor();
    await page.locator('.flat .case-study .markdown').waitFor({ timeout: 15_000 });
    await expectNoSeriousViolations(page, 'a 2D booth page');
    // The video's controls, then a gallery picture opened and closed, then the audio guide played.
    await tabUntil(page, `document.activeElement?.tagName === 'VIDEO'`);
    await tabUntil(page, `!!document.activeElement?.closest('.gallery')`);
    await page.keyboard.press('Enter');
    await page.locator('.gallery-large').waitFor();
    await page.keyboard.press('Tab');
    await page.locator('.gallery-large button').focus();
    await page.keyboard.press('Enter');
    await page.locator('.gallery').waitFor();
    await tabUntil(page, `document.activeElement?.matches('.audio-guide .play')`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.audio-guide .play').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    // Back to the hall: focus returns to the booth's link.
    await page.goBack();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-booth-link'))).toBe(RICH);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('pre-rendered pages', () => {
  it('hold a booth title, description, share card and content in the HTML, before any script', async () => {
    const booth = booths.find((b) => b.id === RICH)!;
    const html = await (await fetch(`${base}/booth/${RICH}/`)).text();
    const meta = (p: string) => new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)"`).exec(html)?.[1];
    expect(html).toMatch(new RegExp(`<title>${zhName(booth)} · [^<]+</title>`));
    expect(meta('description')).toBe(booth.exhibitor.tagline?.zh);
    expect(meta('og:title')).toContain(zhName(booth));
    expect(meta('og:description')).toBe(booth.exhibitor.tagline?.zh);
    expect(meta('og:image')).toMatch(/^\/scenes\/sample\/.+\.(svg|png|jpe?g|webp)$/);
    expect(html).toContain(`<h1 id="flat-booth-title" tabindex="-1">${zhName(booth)}</h1>`);
    // The hall's page lists every booth, as links to their own pages.
    const hall = await (await fetch(`${base}/`)).text();
    for (const b of booths) expect(hall).toContain(`href="/booth/${b.id}/"`);

    // Read with scripts off: the booth's page is there, with its sections.
    const s = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await s.context.newPage();
      await page.goto(`${base}/booth/${RICH}/`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(zhName(booth));
      expect(await page.getByRole('heading', { level: 2, name: '视频' }).count()).toBe(1);
      // (axe runs as a script: the same markup is checked in the running 2D page above.)
    } finally {
      await s.close();
    }
  });

  it('is taken over by the app: the booth opens in the hall at #/booth/<id>', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${base}/booth/${RICH}/?view=3d`);
    await page.waitForSelector('body[data-hall-status="ready"]', { timeout: 60_000 });
    await page.getByRole('dialog').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).hash).toBe(`#/booth/${RICH}`);
    await page.close();
  });
});
