import type { Page } from 'playwright-core';
import { closeWithEsc } from './visit';

/** The kiosk's state as `<body data-kiosk>` says it, or null where the page has no kiosk shell (yet). */
export async function kioskState(page: Page): Promise<string | null> {
  return page.evaluate(() => document.body.dataset.kiosk ?? null);
}

/**
 * A touch on the hall where nothing is (high on the canvas: the ceiling), as a passer-by's; a
 * tap that happens to open a booth's panel is closed again.
 */
export async function touchHall(page: Page): Promise<void> {
  const box = await page.locator('.stage canvas').first().boundingBox();
  if (!box) return;
  await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.12);
  await closeWithEsc(page);
}

/**
 * Leaves the kiosk untouched until its attract loop runs (bounded by `maxMs`), lets it run a
 * moment, then touches it back to active. Whether attract was reached.
 */
export async function runIntoAttract(page: Page, maxMs: number, attractMs: number): Promise<boolean> {
  const reached = await page
    .locator('body[data-kiosk="attract"]')
    .first()
    .waitFor({ state: 'attached', timeout: maxMs })
    .then(() => true)
    .catch(() => false);
  if (!reached) return false;
  await page.waitForTimeout(attractMs);
  await touchHall(page);
  await page
    .locator('body[data-kiosk="active"]')
    .first()
    .waitFor({ state: 'attached', timeout: 10_000 })
    .catch(() => undefined);
  return true;
}
