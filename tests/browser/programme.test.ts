import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openPavilion, sharedBrowser } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
/** The sample week in Beijing time, URL-encoded for `?now=`. */
const at = (local: string) => `${base}/?now=${encodeURIComponent(`${local}+08:00`)}`;

/** Pixels of the minimap near a colour: today's zone is tinted and outlined in its own. */
async function minimapPixelsNear(page: Page, rgb: [number, number, number]): Promise<number> {
  return page.evaluate((c) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.minimap canvas');
    if (!canvas) return -1;
    const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4)
      if (Math.abs(d[i]! - c[0]) + Math.abs(d[i + 1]! - c[1]) + Math.abs(d[i + 2]! - c[2]) < 60) n++;
    return n;
  }, rgb);
}

const TELECOM: [number, number, number] = [0x08, 0x91, 0xb2];

describe("the week's programme in the hall", () => {
  it('knows the day: on Telecom Day its zone is marked, named in the HUD and stands out on the map', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, at('2026-09-16T09:50:00'));
    await expect.poll(() => page.evaluate(() => document.body.dataset.themeDay)).toBe('telecom');
    await expect.poll(() => page.locator('.today-label').textContent()).toMatch(/^今天：电信日/);
    await page.locator('.minimap canvas').waitFor();
    const marked = await minimapPixelsNear(page, TELECOM);

    await page.goto(at('2026-09-01T12:00:00'));
    await page.locator('body[data-hall-status="ready"]').waitFor({ state: 'attached' });
    await expect.poll(() => page.evaluate(() => document.body.dataset.week)).toBe('before');
    expect(await page.evaluate(() => document.body.dataset.themeDay)).toBe('');
    await expect.poll(() => page.locator('.today-label').textContent()).toBe('宣传周 9月14日 开幕（还有 13 天）');
    await page.locator('.minimap canvas').waitFor();
    // The telecom aisles are still on the map, only faint and without the outline.
    expect(marked).toBeGreaterThan(2 * (await minimapPixelsNear(page, TELECOM)) + 40);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('after the week says so, and the programme opens from the HUD with today’s talks marked live and soon', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, at('2026-12-04T12:00:00'));
    await expect.poll(() => page.locator('.today-label').textContent()).toMatch(/已于 9月20日 闭幕/);
    await page.goto(at('2026-09-16T09:50:00'));
    await page.locator('body[data-hall-status="ready"]').waitFor({ state: 'attached' });
    await page
      .getByRole('button', { name: /活动日程/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: '活动日程' });
    await dialog.waitFor();
    expect(page.url()).toMatch(/#\/programme$/);
    // Today's tab is the one open, and the keynote on now is marked live.
    await expect.poll(() => dialog.getByRole('tab', { selected: true }).textContent()).toMatch(/9月16日.*今天/);
    const keynote = dialog.locator('li.session', { hasText: '电信日主题演讲' });
    await expect.poll(() => keynote.getAttribute('data-status')).toBe('live');
    expect(await keynote.locator('.mark.live').textContent()).toContain('直播中');
    await keynote.getByRole('button', { name: /观看直播/ }).waitFor();
    // The day's contest is offered beside its talks.
    await dialog.getByRole('button', { name: '参加竞赛' }).waitFor();
    await expectNoSeriousViolations(page, 'the programme dialog');

    // By keyboard, the next day's tab; its talks are in the future, none marked.
    await dialog.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => dialog.getByRole('tab', { selected: true }).textContent()).toMatch(/9月17日/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    expect(await dialog.locator('.mark').count()).toBe(0);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).not.toMatch(/#\/programme/);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('marks a talk that starts within the hour, in minutes', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${at('2026-09-16T13:48:00')}#/programme`);
    const row = page.locator('li.session', { hasText: 'SIM' });
    await expect.poll(() => row.locator('.mark.soon').textContent()).toBe('12 分钟后开始');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('plays the cloud classes in order and remembers how far the visitor got', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/#/classes`);
    const dialog = page.getByRole('dialog', { name: '云课堂' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.playlists li').count()).toBe(3);
    await expectNoSeriousViolations(page, 'the cloud classes');
    await dialog.locator('.playlists button').nth(2).click(); // the campus playlist starts with articles
    expect(page.url()).toMatch(/#\/classes\/campus$/);
    await dialog.getByRole('button', { name: '学完了' }).click();
    // Done: the next lesson is shown, and the list says one of six is done.
    await expect.poll(() => dialog.locator('.class-list [aria-current="true"]').textContent()).not.toContain('✓');
    await expect.poll(() => dialog.locator('.playlist-head p').textContent()).toContain('已学 1/6');
    await expectNoSeriousViolations(page, 'a cloud class');

    await page.reload();
    await page.locator('body[data-hall-status="ready"]').waitFor({ state: 'attached' });
    const again = page.getByRole('dialog', { name: '云课堂' });
    await expect.poll(() => again.locator('.playlist-head p').textContent()).toContain('已学 1/6');
    // Resumed at the second lesson, not the first.
    expect(await again.locator('#class-now-title').textContent()).toMatch(/^2\. /);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
