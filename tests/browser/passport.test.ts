import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openBrowser } from './chromium';
import { openPavilion, sharedBrowser } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
const HALL_ID = 'cybersecurity-week-2026';
// Each test stamps its own booth: the pages of this file share one browser profile (and storage).
const DWELL_BOOTH = 'mika-sim-security';
const VIDEO_BOOTH = 'lingjing-iot-security';
// Booths whose H5 page is the sample privacy checklist, which has the "collect the stamp" button.
const H5_BOOTH = 'jinghe-data-compliance';
const FORGED_BOOTH = 'yuanzhou-privacy-lab';

/** The stamps kept for the sample hall, as the page stored them. */
async function storedStamps(page: Page): Promise<string[]> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { stamps: string[] }).stamps : [];
  }, `pavilion.passport.${HALL_ID}`);
}

/**
 * Opens the hall, then the booth's panel (by its route): the panel opens when this returns, not
 * while the hall was still loading, so its 10 s are counted from here.
 */
async function openBooth(page: Page, id: string): Promise<string[]> {
  const errors = await openPavilion(page, `${base}/`);
  await page.evaluate((hash) => (location.hash = hash), `#/booth/${id}`);
  await page.locator('.booth-panel .panel-inner').waitFor();
  return errors;
}

/**
 * Says the page is hidden, so a panel's time open stops counting (a rule of its own): a stamp
 * that comes then came from somewhere else. A frame's page loads slowly on a busy machine, and
 * the panel's 10 s would otherwise race the bridge.
 */
async function hidePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

const mark = (page: Page) => page.locator('.booth-panel .panel-stamp');

/** The open booth's H5 page, once its stamp button is there. */
async function h5Frame(page: Page): Promise<Frame> {
  await page.getByRole('tab', { name: '互动' }).click();
  const el = await page.waitForSelector('.h5-frame iframe');
  const frame = await el.contentFrame();
  if (!frame) throw new Error('the H5 page has no frame');
  await frame.waitForSelector('#collect-stamp');
  return frame;
}

describe('the booth passport', () => {
  it('stamps a booth whose panel stays open 10 s, and keeps the stamp', async () => {
    const page = await browser().context.newPage();
    await openBooth(page, DWELL_BOOTH);
    const opened = Date.now();
    expect(await mark(page).getAttribute('data-stamped')).toBe('false');
    await page.waitForSelector('.booth-panel .panel-stamp[data-stamped="true"]', { timeout: 20_000 });
    expect(Date.now() - opened).toBeGreaterThanOrEqual(9_500);
    expect(await mark(page).getAttribute('data-stamp-how')).toBe('dwell');
    expect(await storedStamps(page)).toContain(DWELL_BOOTH);
    // A new visit on this device still has it.
    await openBooth(page, DWELL_BOOTH);
    expect(await mark(page).getAttribute('data-stamped')).toBe('true');
    await page.close();
  }, 90_000);

  it('stamps a booth whose video is played', async () => {
    const page = await browser().context.newPage();
    await openBooth(page, VIDEO_BOOTH);
    const video = page.locator('.booth-panel video');
    await video.waitFor();
    await video.evaluate(async (v: HTMLVideoElement) => {
      v.muted = true;
      await v.play();
    });
    await page.waitForSelector('.booth-panel .panel-stamp[data-stamped="true"]', { timeout: 5_000 });
    expect(await mark(page).getAttribute('data-stamp-how')).toBe('media');
    expect(await storedStamps(page)).toContain(VIDEO_BOOTH);
    await page.close();
  }, 60_000);

  it('stamps the booth whose own H5 page asks, through the bridge', async () => {
    const page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    await hidePage(page);
    await page.evaluate((hash) => (location.hash = hash), `#/booth/${H5_BOOTH}`);
    const frame = await h5Frame(page);
    // The time open does not count while hidden: the panel has not stamped it.
    await page.waitForTimeout(11_000);
    expect(await mark(page).getAttribute('data-stamped')).toBe('false');
    await frame.click('#collect-stamp');
    await page.waitForSelector('.booth-panel .panel-stamp[data-stamped="true"]', { timeout: 5_000 });
    expect(await mark(page).getAttribute('data-stamp-how')).toBe('bridge');
    expect(await storedStamps(page)).toContain(H5_BOOTH);
    await page.close();
  }, 60_000);

  it('ignores forged messages: from the top window, another frame, or the right frame in the wrong shape', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    await hidePage(page);
    await page.evaluate((hash) => (location.hash = hash), `#/booth/${FORGED_BOOTH}`);
    const frame = await h5Frame(page);
    const stamp = { type: 'pavilion:stamp', version: 1 };
    // The pavilion's own window, as any script on the page could.
    await page.evaluate((msg) => window.postMessage(msg, '*'), stamp);
    // Another sandboxed frame, whose origin is "null" too: only its window tells it apart.
    await page.evaluate((msg) => {
      const f = document.createElement('iframe');
      f.sandbox.add('allow-scripts');
      f.srcdoc = `<script>parent.postMessage(${JSON.stringify(msg)}, '*')</script>`;
      // Seen arriving here, so the check below is not vacuous.
      addEventListener('message', (e) => {
        if (e.source === f.contentWindow && e.origin === 'null') document.body.dataset.forgedArrived = 'true';
      });
      document.querySelector('.h5-frame')!.append(f);
    }, stamp);
    await page.waitForSelector('body[data-forged-arrived="true"]', { timeout: 5_000 });
    // The booth's own frame, with a booth named (the bridge never takes one) or a string.
    await frame.evaluate(() => {
      parent.postMessage({ type: 'pavilion:stamp', version: 1, booth: 'jinghe-data-compliance' }, '*');
      parent.postMessage(JSON.stringify({ type: 'pavilion:stamp', version: 1 }), '*');
    });
    await page.waitForTimeout(1500);
    expect(await mark(page).getAttribute('data-stamped')).toBe('false');
    expect(await storedStamps(page)).not.toContain(FORGED_BOOTH);
    // The bridge was listening all along: the genuine message from that frame stamps.
    await frame.click('#collect-stamp');
    await page.waitForSelector('.booth-panel .panel-stamp[data-stamped="true"]', { timeout: 5_000 });
    expect(await mark(page).getAttribute('data-stamp-how')).toBe('bridge');
    expect(await storedStamps(page)).toContain(FORGED_BOOTH);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  // Enabled when the lead mounts PassportDialog for the `passport` sheet (`#/passport`) and
  // PassportImport for a `#/passport/<code>` one.
  it('shows the stamps by zone in an accessible dialog, and carries them to another device', async () => {
    const page = await browser().context.newPage();
    await openPavilion(page, `${base}/`);
    await page.evaluate(() => (location.hash = '#/passport'));
    const dialog = page.locator('dialog.passport-dialog');
    await dialog.waitFor();
    // Stamps from the tests above (this file's pages share their storage).
    for (const id of [DWELL_BOOTH, VIDEO_BOOTH, H5_BOOTH, FORGED_BOOTH])
      expect(await dialog.locator(`li[data-booth-id="${id}"]`).getAttribute('data-stamped')).toBe('true');
    expect(await dialog.locator('.passport-summary').getAttribute('data-stamped')).toBe('4');
    // The way to the phone: a link of this hall's passport, and its QR code.
    const link = await dialog.locator('.passport-link input').inputValue();
    expect(link).toMatch(new RegExp(`^${base.replace(/[.]/g, '\\.')}/#/passport/[A-Za-z0-9_-]+$`));
    await dialog.locator('.qr-code svg').waitFor();
    await expectNoSeriousViolations(page, 'the passport dialog');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSeriousViolations(page, 'the passport dialog on a phone');
    await page.close();

    // Another device (a fresh profile) with a stamp of its own: the link adds, never removes.
    const other = await openBrowser();
    try {
      const phone = await other.context.newPage();
      await openBooth(phone, 'clearreport-sms');
      await phone.waitForSelector('.booth-panel .panel-stamp[data-stamped="true"]', { timeout: 20_000 });
      await phone.goto(link);
      await phone.reload(); // the route is read when the page opens
      await phone.locator('dialog.passport-import').waitFor();
      await expectNoSeriousViolations(phone, 'the passport import');
      await phone.getByRole('button', { name: '加入我的护照' }).click();
      expect(await phone.locator('.passport-import [role="status"]').getAttribute('data-added')).toBe('4');
      expect((await storedStamps(phone)).sort()).toEqual(
        [DWELL_BOOTH, VIDEO_BOOTH, H5_BOOTH, FORGED_BOOTH, 'clearreport-sms'].sort(),
      );
      // A code from elsewhere, or damaged, is refused and adds nothing.
      await phone.goto(`${base}/#/passport/AQAAAAAAAA`);
      await phone.reload();
      expect(await phone.locator('.passport-import [role="alert"]').getAttribute('data-refused')).toBe('corrupt');
    } finally {
      await other.close();
    }
  }, 120_000);
});
