import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openBrowser } from './chromium';
import { openPavilion } from './helpers';
import { emulatedHeadsetScript } from './xrDevice';

const base = inject('baseUrl');

/** The HUD's controls a visitor can see: their names and boxes. */
function shownControls(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.hud-actions button')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.getAttribute('aria-label') ?? el.textContent!.trim(),
          top: r.top,
          left: r.left,
          right: r.right,
          bottom: r.bottom,
        };
      }),
  );
}

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// With a headset offered the HUD has ten controls: more than one row of a phone holds.
describe("the hall's controls", () => {
  it('on a phone: one row, the less-used ones behind "more", which opens, closes by Escape and by use', async () => {
    const session = await openBrowser({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await session.context.newPage();
    await page.addInitScript({ content: await emulatedHeadsetScript() });
    const errors = await openPavilion(page, `${base}/`);
    await expect.poll(() => page.evaluate(() => document.body.dataset.headset)).toBe('ready');

    const shown = await shownControls(page);
    expect(shown.map((c) => c.name)).not.toContain('进入 VR');
    expect(shown).toHaveLength(8);
    expect(new Set(shown.map((c) => Math.round(c.top))).size).toBe(1);
    for (const c of shown) expect(c.right).toBeLessThanOrEqual(390);
    // The day's line and the map's button, under the row, keep clear of each other.
    const boxes = await page.evaluate(() =>
      ['.hud-title', '.minimap-toggle', '.hud-actions'].map(
        (s) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect,
      ),
    );
    expect(overlap(boxes[0]!, boxes[1]!)).toBe(false);
    expect(overlap(boxes[0]!, boxes[2]!)).toBe(false);

    const more = page.getByRole('button', { name: '更多操作' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const vr = page.getByRole('button', { name: '进入 VR' });
    await vr.waitFor();
    expect(await page.locator('.hud-actions .view-switch').isVisible()).toBe(true);
    // Nothing lies over the open list: the map's button below the HUD comes later in the page.
    const onTop = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.hud-more-items button')].every((b) => {
        const r = b.getBoundingClientRect();
        return [r.left + 4, r.left + r.width / 2, r.right - 4].every((x) =>
          b.contains(document.elementFromPoint(x, r.top + r.height / 2)),
        );
      }),
    );
    expect(onTop).toBe(true);
    await expectNoSeriousViolations(page, 'the HUD with "more" open on a phone');

    await page.keyboard.press('Escape');
    await vr.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('hud-more-btn'))).toBe(true);

    // A control used from the list does its work, and the list folds away.
    await more.click();
    const motion = page.getByRole('button', { name: /减少动态|reduce motion/i });
    expect(await motion.getAttribute('aria-pressed')).toBe('false');
    await motion.click();
    // Hidden again once used: read it by its class (role queries skip hidden elements).
    expect(await page.locator('.hud-actions .motion-toggle').getAttribute('aria-pressed')).toBe('true');
    await vr.waitFor({ state: 'hidden' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');

    // A touch elsewhere closes it too.
    await more.click();
    await vr.waitFor();
    await page.touchscreen.tap(195, 600);
    await vr.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await session.close();
  }, 90_000);

  it('on a wide screen: every control in the row, no "more"', async () => {
    const session = await openBrowser({ viewport: { width: 1440, height: 900 } });
    const page = await session.context.newPage();
    await page.addInitScript({ content: await emulatedHeadsetScript() });
    const errors = await openPavilion(page, `${base}/`);
    await expect.poll(() => page.evaluate(() => document.body.dataset.headset)).toBe('ready');
    const shown = await shownControls(page);
    expect(shown).toHaveLength(10);
    expect(shown.map((c) => c.name)).toContain('进入 VR');
    expect(await page.getByRole('button', { name: '更多操作' }).isVisible()).toBe(false);
    expect(new Set(shown.map((c) => Math.round(c.top))).size).toBe(1);
    expect(errors).toEqual([]);
    await session.close();
  }, 60_000);

  it('on a tablet, in English: the controls inside the window on their own row, the title whole under them', async () => {
    const session = await openBrowser({ viewport: { width: 768, height: 1024 }, hasTouch: true });
    const page = await session.context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Directory' }).waitFor();
    const shown = await shownControls(page);
    expect(shown.length).toBeGreaterThanOrEqual(8);
    for (const c of shown) {
      expect(c.left).toBeGreaterThanOrEqual(0);
      expect(c.right).toBeLessThanOrEqual(768);
    }
    expect(new Set(shown.map((c) => Math.round(c.top))).size).toBe(1);
    const title = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.hud-title span')!;
      return { text: el.textContent, clipped: el.scrollWidth > el.clientWidth, top: el.getBoundingClientRect().top };
    });
    expect(title.text).toContain('Cloud Expo');
    expect(title.clipped).toBe(false);
    expect(title.top).toBeGreaterThan(Math.max(...shown.map((c) => c.bottom)));
    await expectNoSeriousViolations(page, 'the hall on a tablet in English');

    // By keyboard: Enter opens "more", Tab walks into its list, Escape folds it and returns.
    const more = page.getByRole('button', { name: 'More controls' });
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.hud-more-items') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('view-switch'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('hud-more-btn'))).toBe(true);
    expect(errors).toEqual([]);
    await session.close();
  }, 60_000);
});
