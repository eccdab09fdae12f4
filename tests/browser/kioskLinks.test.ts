import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openPavilion, sharedBrowser } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
// A booth with a website and a link item in its About tab.
const LINK_BOOTH = 'mika-sim-security';
const LINK_HREF = 'https://mika-sim.example.com/guides/sim-pin';
const LINK_LABEL = '三步设置SIM卡PIN码';
// A booth with an H5 page, and a second booth to visit.
const H5_BOOTH = 'anxin-campus-antifraud';

/** With PAVILION_SHOTS=<folder>, keeps a screenshot to look at (the kiosk's screens are judged by eye too). */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.PAVILION_SHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** Counts pages the context opens (new tabs, popups): a kiosk must open none. */
function countNewPages(page: Page): () => number {
  let opened = 0;
  page.context().on('page', () => opened++);
  return () => opened;
}

async function openAboutTab(page: Page): Promise<void> {
  await page.getByRole('dialog').waitFor();
  await page.getByRole('tab', { name: '关于' }).click();
  await page.locator('.about').waitFor();
}

describe('a kiosk never leaves the pavilion', () => {
  it('shows a booth’s outside link as a QR code for the phone, and opens no page', async () => {
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    const opened = countNewPages(page);
    const errors = await openPavilion(page, `${base}/?mode=kiosk#/booth/${LINK_BOOTH}`);
    const url = page.url();
    await openAboutTab(page);
    // No link out of the page at all: the website and the link item are buttons for the phone.
    expect(await page.locator('.about a[target="_blank"]').count()).toBe(0);
    const link = page.locator('.about .links').getByRole('button', { name: LINK_LABEL });
    expect(await link.getAttribute('data-qr-href')).toBe(LINK_HREF);
    await link.click();

    // Drawn once the QR package has loaded: an <svg> named for what it is and opens.
    const qr = page.locator('.phone-qr .qr-code svg');
    await qr.waitFor();
    expect(await qr.getAttribute('role')).toBe('img');
    expect(await page.getByRole('img', { name: `二维码：用手机扫描，打开“${LINK_LABEL}”` }).count()).toBe(1);
    expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(240);
    const figure = page.locator('.phone-qr .qr-code');
    expect(await figure.getAttribute('data-qr-text')).toBe(LINK_HREF);
    expect(await figure.locator('figcaption').textContent()).toBe('mika-sim.example.com/guides/sim-pin');
    await expectNoSeriousViolations(page, 'the kiosk’s QR dialog');
    await shoot(page, 'kiosk-qr-1920');

    // Esc closes the code and leaves the booth open, where the visitor was.
    await page.keyboard.press('Escape');
    await page.locator('.phone-qr').waitFor({ state: 'hidden' });
    expect(await page.getByRole('dialog').count()).toBe(1);
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);

    // The exhibitor's website, likewise.
    await page.locator('.about dd').getByRole('button', { name: 'mika-sim.example.com' }).click();
    expect(await page.locator('.phone-qr .qr-code').getAttribute('data-qr-text')).toBe('https://mika-sim.example.com/');
    await page.keyboard.press('Escape');

    expect(opened()).toBe(0);
    expect(page.url()).toBe(url);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('catches any other link out and window.open: a QR code, no new page, no navigation', async () => {
    const page = await browser().context.newPage();
    const opened = countNewPages(page);
    const errors = await openPavilion(page, `${base}/?mode=kiosk#/booth/${H5_BOOTH}`);
    await page.getByRole('tab', { name: '互动' }).click();
    // The H5 page's "open in a new tab" is a button for the phone, with the visitor's language.
    expect(await page.locator('.h5-frame a').count()).toBe(0);
    await page.locator('.h5-frame').getByRole('button', { name: '用手机打开' }).click();
    expect(await page.locator('.phone-qr .qr-code').getAttribute('data-qr-text')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/scenes\/sample\/h5\/scam-call-quiz\/index\.html\?lang=zh$/,
    );
    await page.keyboard.press('Escape');
    await page.locator('.phone-qr').waitFor({ state: 'hidden' });
    const url = page.url();

    // A link that would open a tab (as a case study's Markdown makes them) or leave the page.
    for (const [href, target] of [
      ['https://elsewhere.example.com/a', '_blank'],
      ['https://elsewhere.example.com/b', ''],
      ['/studio/', ''],
    ] as const) {
      await page.evaluate(
        ({ href, target }) => {
          const a = document.createElement('a');
          a.href = href;
          a.target = target;
          a.textContent = 'Elsewhere';
          a.id = 'stray';
          document.querySelector('.tab-panel')!.append(a);
        },
        { href, target },
      );
      await page.locator('#stray').click();
      await page.getByRole('img', { name: '二维码：用手机扫描，打开“Elsewhere”' }).waitFor();
      expect(await page.locator('.phone-qr .qr-code').getAttribute('data-qr-text')).toBe(new URL(href, base).href);
      await page.keyboard.press('Escape');
      await page.locator('.phone-qr').waitFor({ state: 'hidden' });
      await page.locator('#stray').evaluate((a) => a.remove());
    }
    // Whatever a script asks a window for.
    expect(await page.evaluate(() => window.open('https://popup.example.com/x'))).toBeNull();
    expect(await page.locator('.phone-qr .qr-code').getAttribute('data-qr-text')).toBe('https://popup.example.com/x');
    // A phone-sized screen: the dialog fits it too.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.phone-qr .qr-code svg').waitFor();
    await shoot(page, 'kiosk-qr-phone');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 800 });

    expect(opened()).toBe(0);
    expect(page.url()).toBe(url);

    // A link within the page still works: it is how booths link to each other.
    await page.evaluate((id) => {
      const a = document.createElement('a');
      a.href = `#/booth/${id}`;
      a.textContent = 'Next booth';
      document.querySelector('.tab-panel')!.append(a);
    }, LINK_BOOTH);
    await page.getByRole('link', { name: 'Next booth' }).click();
    await page.getByRole('dialog', { name: '密卡SIM安全实验室' }).waitFor();
    expect(await page.locator('.phone-qr').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an H5 page that refuses framing as a QR code in its place', async () => {
    const page = await browser().context.newPage();
    // The page's server says: never in a frame.
    await page.route('**/h5/scam-call-quiz/index.html*', (route) =>
      route.request().method() === 'HEAD'
        ? route.fulfill({ status: 200, headers: { 'x-frame-options': 'DENY' }, body: '' })
        : route.continue(),
    );
    const opened = countNewPages(page);
    const errors = await openPavilion(page, `${base}/?mode=kiosk#/booth/${H5_BOOTH}`);
    await page.getByRole('tab', { name: '互动' }).click();
    const frame = page.locator('.h5-frame');
    await frame.getByRole('alert').filter({ hasText: '请用手机扫码打开' }).waitFor();
    expect(await frame.locator('iframe').count()).toBe(0);
    await frame.locator('.qr-code svg').waitFor();
    expect(await frame.getByRole('img', { name: /^二维码：用手机扫描，打开“反诈闯关/ }).count()).toBe(1);
    expect(await frame.locator('.qr-code').getAttribute('data-qr-text')).toMatch(/\/h5\/scam-call-quiz\/index\.html\?lang=zh$/);
    expect(await frame.locator('a').count()).toBe(0);
    expect(opened()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in the ordinary tour, the same link is still a link to a new tab', async () => {
    const page = await browser().context.newPage();
    await openPavilion(page, `${base}/#/booth/${LINK_BOOTH}`);
    await openAboutTab(page);
    const link = page.locator('.about .links').getByRole('link', { name: LINK_LABEL });
    expect(await link.getAttribute('href')).toBe(LINK_HREF);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.locator('.phone-link').count()).toBe(0);
    await page.close();
  });
});

describe('the visit, handed to the phone', () => {
  it('a kiosk’s hand-off carries the booths opened, in order', async () => {
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    const errors = await openPavilion(page, `${base}/?mode=kiosk`);
    const handoff = page.getByRole('button', { name: /带走参观记录/ });
    // Nothing opened yet, nothing to take.
    expect(await handoff.count()).toBe(0);
    for (const id of [LINK_BOOTH, H5_BOOTH]) {
      await page.evaluate((id) => (location.hash = `#/booth/${id}`), id);
      await page.locator('.booth-panel').getByRole('heading').first().waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.booth-panel').waitFor({ state: 'hidden' });
    }
    await handoff.click();
    const figure = page.locator('.visit-handoff .qr-code');
    await page.locator('.visit-handoff .qr-code svg').waitFor();
    expect(await page.getByRole('img', { name: '二维码：用手机扫描，打开“我的参观记录”' }).count()).toBe(1);
    expect(await figure.getAttribute('data-qr-text')).toBe(`${base}/#/visit/${LINK_BOOTH},${H5_BOOTH}`);
    expect(await page.locator('.visit-handoff .visit-list strong').allTextContents()).toEqual([
      '密卡SIM安全实验室',
      expect.any(String),
    ]);
    await expectNoSeriousViolations(page, 'the visit hand-off dialog');
    await shoot(page, 'kiosk-handoff-1920');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a phone opening the visit link lists those booths, and goes to one', async () => {
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = await openPavilion(page, `${base}/#/visit/${LINK_BOOTH},not-in-this-hall,${H5_BOOTH}`);
    const dialog = page.getByRole('dialog', { name: '您在展馆触摸屏上的参观记录' });
    await dialog.waitFor();
    const buttons = dialog.locator('.visit-list button');
    expect(await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-booth-id')))).toEqual([LINK_BOOTH, H5_BOOTH]);
    await expectNoSeriousViolations(page, 'the visit list on a phone');
    await shoot(page, 'phone-visit-list');
    await buttons.first().click();
    // It walks there and opens the booth.
    await page.getByRole('dialog', { name: '密卡SIM安全实验室' }).waitFor({ timeout: 40_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
