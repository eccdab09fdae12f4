import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openPavilion, sharedBrowser } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
// A booth whose panel opens on its video.
const VIDEO_BOOTH = 'anxin-campus-antifraud';
const IDLE_S = 5;
const PROMPT_S = 5;

const phase = (page: Page) => page.evaluate(() => document.body.dataset.kiosk);

async function openKiosk(): Promise<Page> {
  const page = await browser().context.newPage();
  await page.setViewportSize({ width: 1600, height: 900 });
  await openPavilion(page, `${base}/kiosk/?idle=${IDLE_S}&prompt=${PROMPT_S}&lang=zh`);
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
    await expectNoSeriousViolations(page, 'the kiosk attract loop');
    const call = page.getByRole('button', { name: /触摸屏幕，开始参观/ });
    await call.click();
    expect(await phase(page)).toBe('active');
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
});
