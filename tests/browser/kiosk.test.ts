import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openPavilion, sharedBrowser, visitorPos } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
// A booth whose panel opens on its video.
const VIDEO_BOOTH = 'anxin-campus-antifraud';
const IDLE_S = 5;
const PROMPT_S = 5;

const distance = (a: { x: number; z: number }, b: { x: number; z: number }) => Math.hypot(a.x - b.x, a.z - b.z);
const phase = (page: Page) => page.evaluate(() => document.body.dataset.kiosk);

async function openKiosk(idle = IDLE_S): Promise<Page> {
  const page = await browser().context.newPage();
  await page.setViewportSize({ width: 1600, height: 900 });
  await openPavilion(page, `${base}/kiosk/?idle=${idle}&prompt=${PROMPT_S}&lang=zh`);
  return page;
}

/** Opens a booth's panel as a hash change does (Back/Forward, a link), with no input of its own. */
async function openBoothByRoute(page: Page, id: string): Promise<void> {
  await page.evaluate((boothId) => {
    history.pushState(null, '', `#/booth/${boothId}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, id);
  await page.locator('.panel-inner').waitFor({ timeout: 20_000 });
}

describe('kiosk: attract loop, idle prompt and reset', () => {
  it('starts in the attract loop; a touch takes over; idle asks "Still there?" then resets everything', async () => {
    const page = await openKiosk();
    expect(await phase(page)).toBe('attract');
    // The attract loop is the guided tour on repeat: the view moves by itself.
    const start = await visitorPos(page);
    await expect.poll(async () => distance(start, await visitorPos(page)), { timeout: 20_000 }).toBeGreaterThan(1);
    expect(await page.evaluate(() => window.__pavilion!.guide.status)).not.toBe('off');
    await expectNoSeriousViolations(page, 'the kiosk attract loop');
    const call = page.getByRole('button', { name: /触摸屏幕，开始参观/ });
    await call.click();
    expect(await phase(page)).toBe('active');
    expect(await page.evaluate(() => window.__pavilion!.guide.status)).toBe('off');
    expect(await call.count()).toBe(0);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await openBoothByRoute(page, VIDEO_BOOTH);
    await page.waitForSelector('body[data-kiosk="prompt"]', { timeout: (IDLE_S + 5) * 1000 });
    const prompt = page.getByRole('alertdialog', { name: 'Still there?' });
    await prompt.waitFor();
    await expectNoSeriousViolations(page, 'the "Still there?" prompt');
    await page.waitForSelector('body[data-kiosk="attract"]', { timeout: (PROMPT_S + 5) * 1000 });
    // Reset: the panel closed, the hash back at the hall, the visit forgotten, the kiosk's language.
    expect(await page.locator('.panel-inner').count()).toBe(0);
    expect(await page.evaluate(() => location.hash)).toBe('#/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // …and the tour runs again.
    await expect.poll(() => page.evaluate(() => window.__pavilion!.guide.status), { timeout: 10_000 }).not.toBe('off');
    await page.close();
  });

  it('a touch during the countdown answers it: the visitor keeps their panel', async () => {
    const page = await openKiosk();
    await page.getByRole('button', { name: /触摸屏幕/ }).click();
    await openBoothByRoute(page, VIDEO_BOOTH);
    await page.waitForSelector('body[data-kiosk="prompt"]', { timeout: (IDLE_S + 5) * 1000 });
    await page.getByRole('button', { name: '继续参观' }).click();
    expect(await phase(page)).toBe('active');
    expect(await page.locator('.panel-inner').count()).toBe(1);
    await page.close();
  });

  it('does not count idle time while a video plays, and counts it again once it stops', async () => {
    const page = await openKiosk();
    await page.getByRole('button', { name: /触摸屏幕/ }).click();
    await openBoothByRoute(page, VIDEO_BOOTH);
    const video = page.locator('.panel-inner video');
    await video.waitFor();
    // Looped, so a short sample clip keeps playing for as long as the test watches.
    await video.evaluate(async (v: HTMLVideoElement) => {
      v.loop = true;
      v.muted = true;
      await v.play();
    });
    const until = Date.now() + (IDLE_S + PROMPT_S + 2) * 1000;
    while (Date.now() < until) {
      expect(await phase(page)).toBe('active');
      await page.waitForTimeout(1000);
    }
    await video.evaluate((v: HTMLVideoElement) => v.pause());
    await page.waitForSelector('body[data-kiosk="prompt"]', { timeout: (IDLE_S + 5) * 1000 });
    await page.close();
  });

  it('finds a booth by the pinyin initials of its name, typed on the on-screen keyboard', async () => {
    const page = await openKiosk(600);
    await page.locator('.kiosk-attract-touch').click();
    await page.getByRole('button', { name: '展位目录' }).click();
    const keyboard = page.getByRole('group', { name: '屏幕键盘' });
    await keyboard.waitFor();
    // 鹤汀银行反诈中心: he ting yin hang
    for (const key of 'htyh') await keyboard.getByRole('button', { name: key, exact: true }).click();
    expect(await page.locator('#directory-search').inputValue()).toBe('htyh');
    // The pinyin dictionary arrives in its own chunk: the list follows once it has.
    await expect
      .poll(() => page.locator('.directory-list button').first().getAttribute('data-booth-id'))
      .toBe('heting-bank-antifraud');
    await expectNoSeriousViolations(page, 'the kiosk directory with its keyboard', { scroll: page.locator('.directory-list') });
    await keyboard.getByRole('button', { name: '删除' }).click();
    expect(await page.locator('#directory-search').inputValue()).toBe('hty');
    await page.locator('.directory-list button').first().click();
    await expect.poll(() => page.getByTestId('nearest-booth').textContent(), { timeout: 45_000 }).toBe('鹤汀银行反诈中心');
    await page.close();
  });
});
