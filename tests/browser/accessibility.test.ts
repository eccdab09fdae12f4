import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openPavilion, sharedBrowser } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
// A booth with every kind of media: video, H5, case studies, gallery, audio guide, about.
const RICH_BOOTH = 'heting-bank-antifraud';

describe('accessibility (axe: no critical or serious violations)', () => {
  let page: Page;

  it('the hall, and its directory open', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    await expectNoSeriousViolations(page, 'the hall');
    await page.getByRole('button', { name: '展位目录' }).click();
    await page.locator('.directory-list button').first().waitFor();
    await expectNoSeriousViolations(page, 'the directory');
    await page.close();
  });

  it('every tab of a booth panel, in both languages', async () => {
    page = await browser().context.newPage();
    await openPavilion(page, `${base}/#/booth/${RICH_BOOTH}`);
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') {
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Switch to English' }).click();
        await page.goto(`${base}/#/booth/${RICH_BOOTH}`);
        await openPavilion(page, `${base}/#/booth/${RICH_BOOTH}`);
      }
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const tabs = dialog.getByRole('tab');
      const count = await tabs.count();
      if (count < 6) throw new Error(`expected a booth with every kind of media, got ${count} tabs`);
      for (let i = 0; i < count; i++) {
        const tab = tabs.nth(i);
        await tab.click();
        await page.waitForTimeout(400); // lazy viewers (case studies) settle
        await expectNoSeriousViolations(page, `${lang} tab "${await tab.textContent()}"`);
      }
    }
    await page.close();
  });

  it('the page without WebGL, and its directory', async () => {
    page = await browser().context.newPage();
    await page.goto(`${base}/?nowebgl`);
    await page.waitForSelector('body[data-hall-status="ready"]');
    await page.locator('.no-webgl').waitFor();
    await expectNoSeriousViolations(page, 'the no-WebGL page');
    await page.locator('.no-webgl button').click();
    await page.locator('.directory-list button').first().waitFor();
    await expectNoSeriousViolations(page, 'the no-WebGL directory');
    await page.close();
  });
});
