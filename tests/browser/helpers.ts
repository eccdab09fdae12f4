import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openBrowser, type Session } from './chromium';
import { pixelStats, type PixelStats } from './pixels';

/** Opens the pavilion and waits for the hall and its first frame, failing on page errors. */
export async function openPavilion(page: Page, url: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('body[data-hall-status="ready"]', { timeout: 60_000 });
  await page.waitForSelector('body[data-first-frame="true"]', { timeout: 60_000 });
  await page.waitForSelector('.curtain', { state: 'detached', timeout: 30_000 });
  return errors;
}

export async function canvasStats(page: Page): Promise<PixelStats> {
  return pixelStats(await page.locator('.stage canvas').first().screenshot());
}

/** The canvas must show a scene: many colours, no single colour covering most of it. */
export function expectRendered(s: PixelStats): void {
  if (s.distinctColors < 64 || s.dominantShare > 0.6) throw new Error(`canvas looks blank or flat: ${JSON.stringify(s)}`);
}

export async function visitorPos(page: Page): Promise<{ x: number; z: number; yaw: number }> {
  return page.evaluate(() => {
    const v = window.__pavilion!.visitor;
    return { x: v.pos.x, z: v.pos.z, yaw: v.yaw };
  });
}

/** One Chromium for a test file: opened before its tests, closed after them. */
export function sharedBrowser(): () => Session {
  let s: Session | undefined;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });
  return () => {
    if (!s) throw new Error('the browser is not open yet');
    return s;
  };
}
