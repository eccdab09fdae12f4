import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openBrowser } from './chromium';
import { openPavilion, sharedBrowser } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
// A booth with every kind of media, so its panel has every tab.
const RICH_BOOTH = 'anxin-campus-antifraud';

/** Waits until what a tab shows has loaded, so axe checks the content and not a placeholder. */
async function tabReady(page: Page, tab: string): Promise<void> {
  const panel = page.getByRole('tabpanel');
  if (tab === '视频') await panel.locator('video').waitFor();
  if (tab === '互动') await page.frameLocator('.h5-frame iframe').locator('button').first().waitFor({ timeout: 15_000 });
  if (tab === '案例') await panel.locator('.case-study .markdown').waitFor();
  if (tab === '图片') await panel.locator('.gallery img').first().waitFor();
  if (tab === '语音导览') await panel.getByRole('button', { name: '播放' }).waitFor();
  if (tab === '关于') await panel.locator('.about').waitFor();
}

describe('accessibility: axe-core finds no critical or serious violation', () => {
  it('in the hall after load, and in its directory', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    await expectNoSeriousViolations(page, 'the hall');
    await page.getByRole('button', { name: '展位目录' }).click();
    await page.locator('.directory-list button').first().waitFor();
    await expectNoSeriousViolations(page, 'the directory', { scroll: page.locator('.directory-list') });
    // By keyboard: Esc closes it, and focus goes back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('展位目录');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: '展位目录' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in every tab of a booth panel', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/#/booth/${RICH_BOOTH}`);
    await page.getByRole('dialog').waitFor();
    const tabs = page.getByRole('tab');
    const names = (await tabs.allTextContents()).map((n) => n.trim());
    expect(names).toEqual(['视频', '互动', '案例', '图片', '语音导览', '关于']);
    for (const name of names) {
      const tab = page.getByRole('tab', { name, exact: true });
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      await tabReady(page, name);
      await expectNoSeriousViolations(page, `the booth panel's “${name}” tab`, { scroll: page.getByRole('tabpanel') });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('by keyboard alone in 3D: the directory from the start of the page, a booth, every tab, and focus back', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    const focused = (js: string) => page.evaluate(js);
    // From the start of the page: the canvas's 2D switch first, then the HUD, to the directory.
    for (let i = 0; i < 20 && !(await focused(`document.activeElement?.textContent?.trim() === '展位目录'`)); i++)
      await page.keyboard.press('Tab');
    expect(await focused(`document.activeElement?.textContent?.trim()`)).toBe('展位目录');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(`document.activeElement?.getAttribute('type')`)).toBe('search');
    await page.keyboard.type('安心校园');
    await page.keyboard.press('Tab');
    expect(await focused(`document.activeElement?.textContent ?? ''`)).toContain('安心校园反诈联盟');
    // The walk there, then its panel opens with focus inside it.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /安心校园反诈联盟/ });
    await dialog.waitFor({ timeout: 45_000 });
    await expect.poll(() => focused(`!!document.activeElement?.closest('.booth-panel, dialog[open]')`)).toBe(true);
    // Every tab by the arrow keys, each with its media reachable by Tab.
    await page.keyboard.press('Tab');
    expect(await focused(`document.activeElement?.getAttribute('role')`)).toBe('tab');
    const reach = async (selector: string) => {
      for (let i = 0; i < 12 && !(await focused(`!!document.activeElement?.matches(${JSON.stringify(selector)})`)); i++)
        await page.keyboard.press('Tab');
      expect(await focused(`document.activeElement?.matches(${JSON.stringify(selector)})`), selector).toBe(true);
    };
    const media: Record<string, string> = {
      视频: 'video',
      互动: '.h5-frame iframe',
      // Text to read: its panel takes focus, so the arrow keys scroll it.
      案例: '[role="tabpanel"]',
      图片: '.gallery button',
      语音导览: '.audio-guide .play',
    };
    for (const [name, selector] of Object.entries(media)) {
      const tab = page.getByRole('tab', { name, exact: true });
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      await tabReady(page, name);
      await reach(selector);
      if (name === '语音导览') {
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.audio-guide .play').getAttribute('aria-pressed')).toBe('true');
        await page.keyboard.press('Enter');
      }
      // Back to the tab list (Shift+Tab), and on to the next tab.
      for (let i = 0; i < 12 && (await focused(`document.activeElement?.getAttribute('role')`)) !== 'tab'; i++)
        await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Focus is back where the visitor left it: the directory's button.
    await expect.poll(() => focused(`document.activeElement?.textContent?.trim()`)).toBe('展位目录');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('names the booth dialog, its tabs and its media in the accessibility tree', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/#/booth/${RICH_BOOTH}`);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.locator('.tab-panel video').waitFor();
    const tree = await dialog.ariaSnapshot();
    expect(tree).toMatch(/^- dialog "安心校园反诈联盟":/);
    expect(tree).toContain('- heading "安心校园反诈联盟" [level=2]');
    expect(tree).toContain('- tablist "安心校园反诈联盟":');
    for (const tab of ['视频', '互动', '案例', '图片', '语音导览', '关于']) expect(tree).toMatch(new RegExp(`- tab "${tab}"`));
    expect(tree).toContain('- tab "视频" [selected]');
    expect(tree).toMatch(/- tabpanel "视频":\n\s+- figure "挂断冒充公检法的电话"/);
    await page.getByRole('tab', { name: '语音导览' }).click();
    const audio = await page.getByRole('tabpanel').ariaSnapshot();
    expect(audio).toMatch(/- tabpanel "语音导览":/);
    expect(audio).toMatch(/- button "播放：反诈“三不”语音导览"/);
    await page.getByRole('tab', { name: '图片' }).click();
    await page.locator('.gallery img').first().waitFor();
    // Every picture named by its alt text.
    expect(await page.getByRole('tabpanel').ariaSnapshot()).toMatch(/- img "[^"]{4,}"/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('at 320 CSS px: the directory opens on its search box, Open booth stays one line, targets ≥ 24 px', async () => {
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    const errors = await openPavilion(page, `${base}/#/at/${RICH_BOOTH}`);
    const open = page.getByRole('button', { name: '进入展位' });
    await open.waitFor();
    const box = (await open.boundingBox())!;
    const text = await open.evaluate((b) => {
      const r = document.createRange();
      r.selectNodeContents(b);
      return r.getBoundingClientRect().width;
    });
    expect(box.width).toBeGreaterThanOrEqual(text);
    expect(box.height).toBeLessThan(60);
    // No page-wide horizontal scroll.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, a[href], input')]
        .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
        .map((el) => ({ el: el.getAttribute('aria-label') ?? el.textContent?.trim(), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ el }) => el),
    );
    expect(small).toEqual([]);
    await page.getByRole('button', { name: '展位目录' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('directory-search');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('展位目录');
    await expectNoSeriousViolations(page, 'the hall at 320 px');
    expect(errors).toEqual([]);
    await page.close();
  });

  // Last: the language is remembered in the profile the file's tests share.
  it('at 200 % zoom (1280 × 800 seen as 640 × 400): every control and the map inside the window, the panel scrolls', async () => {
    const session = await openBrowser({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await session.context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    const outside = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, a[href], input, .minimap-canvas')]
          .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden, dialog:not([open])'))
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5);
          })
          .map((el) => el.getAttribute('aria-label') ?? el.className),
      );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    expect(await outside()).toEqual([]);
    // A short window folds the map at first; opened, it still ends above the window's foot.
    const toggle = page.locator('.minimap-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await page.locator('.minimap-canvas').waitFor();
    expect(await outside()).toEqual([]);
    await page.evaluate((id) => (location.hash = `#/booth/${id}`), RICH_BOOTH);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await outside()).toEqual([]);
    // The panel's content is reachable by scrolling it, not cut off.
    const panel = page.getByRole('tabpanel');
    expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY)).toBe('auto');
    await expectNoSeriousViolations(page, 'a booth panel at 200 % zoom', { scroll: panel });
    expect(errors).toEqual([]);
    await session.close();
  });

  it('in English, the hall and its directory', async () => {
    const page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Directory' }).click();
    await page.locator('.directory-list button').first().waitFor();
    await expectNoSeriousViolations(page, 'the directory in English', { scroll: page.locator('.directory-list') });
    await page.keyboard.press('Escape');
    await expectNoSeriousViolations(page, 'the hall in English');
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.close();
  });
});
