import { describe, expect, inject, it } from 'vitest';
import { openBrowser } from './chromium';
import { canvasStats, expectRendered, openPavilion, sharedBrowser, visitorPos } from './helpers';

const base = inject('baseUrl');
const HOSTILE = `${base}/?hall=/test-halls/hostile/hall.json`;

const browser = sharedBrowser();

describe('bad input and failure', () => {
  it('renders a hall whose other booths are broken or missing, and says why in the console', async () => {
    const page = await browser().context.newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    await openPavilion(page, HOSTILE);
    expectRendered(await canvasStats(page));
    await page.getByRole('button', { name: '展位目录' }).click();
    expect(await page.locator('.directory-list strong').allTextContents()).toEqual(['阿尔法安全', '贝塔网安', '恶意内容测试']);
    await expect.poll(() => page.locator('.directory .unavailable').textContent()).toContain('2');
    const manifestLines = console.filter((l) => l.startsWith('[manifest]'));
    expect(manifestLines).toEqual(
      expect.arrayContaining([
        '[manifest] booths/broken.json: booth.size: expected "S" or "M" or "L", got "XXL"',
        '[manifest] booths/missing.json: could not be fetched: HTTP 404 Not Found',
        '[manifest] booths/hostile-media.json: media[2].src: origin https://evil.example is not on the hall\'s allowedOrigins list, got "https://evil.example/steal.html"',
      ]),
    );
    await page.close();
  });

  it('runs nothing from a case study full of script payloads', async () => {
    const page = await browser().context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openPavilion(page, `${HOSTILE}#/booth/hostile-media`);
    await page.getByRole('tab', { name: '案例' }).click();
    await page.locator('.markdown').waitFor();
    await page.waitForTimeout(800);
    expect(await page.locator('.markdown strong').textContent()).toBe('end');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(
      await page.locator('.markdown script, .markdown iframe, .markdown svg, .markdown [onerror], .markdown [onclick]').count(),
    ).toBe(0);
    const hrefs = await page.locator('.markdown a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => h === null || /^https?:/.test(h))).toBe(true);
    // The schema dropped the javascript: link; the good one opens safely.
    await page.getByRole('tab', { name: '关于' }).click();
    const links = page.locator('.about .links a');
    expect(await links.count()).toBe(1);
    expect(await links.first().getAttribute('rel')).toBe('noopener noreferrer');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('refuses ?hall= from another site with a clear message', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${base}/?hall=https://evil.example/hall.json`);
    await page.waitForSelector('body[data-hall-status="error"]');
    expect(await page.getByRole('alert').textContent()).toContain('halls from https://evil.example are not allowed');
    await page.close();
  });

  it("opens another site's hall once the site's config file allows it, without a rebuild", async () => {
    const page = await browser().context.newPage();
    // The same server under another name is another origin; the config lists it.
    const other = base.replace('127.0.0.1', 'localhost');
    await page.route('**/pavilion.config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ hallOrigins: [other] }) }),
    );
    await page.goto(`${base}/?hall=${encodeURIComponent(`${other}/test-halls/orientation/hall.json`)}`);
    await page.waitForSelector('body[data-hall-status="ready"]', { timeout: 60_000 });
    await page.close();
  });

  it('shows the hall error with file and path when the hall manifest is broken', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${base}/?hall=/test-halls/hostile/booths/good-alpha.json`);
    await page.waitForSelector('body[data-hall-status="error"]');
    expect(await page.getByRole('alert').textContent()).toContain('/test-halls/hostile/booths/good-alpha.json');
    await page.close();
  });

  it('without WebGL, says so and shows the 2D pavilion, searchable, every booth a page', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${base}/?nowebgl`);
    await page.waitForSelector('body[data-hall-status="ready"]');
    expect(await page.locator('.stage canvas').count()).toBe(0);
    await page.getByText('WebGL').first().waitFor();
    // No hall to walk: no walking help, no "back to entrance", no 3D switch.
    expect(await page.getByRole('button', { name: '回到入口' }).count()).toBe(0);
    expect(await page.locator('.hud-bottom .help').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^3D 展馆/ }).count()).toBe(0);
    await page.getByRole('searchbox').fill('鹤汀');
    await page.locator('.flat-search [data-booth-link]').first().click();
    await page.getByRole('heading', { level: 1, name: '鹤汀银行反诈中心' }).waitFor();
    await page.close();
  });

  it('when the GPU refuses a WebGL context, falls back the same way and says why in the console', async () => {
    const page = await browser().context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // What a blocklisted GPU or a kiosk without drivers does: getContext('webgl…') gives null.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/i.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto(`${base}/`);
    await page.getByText('WebGL').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.stage canvas').count()).toBe(0);
    expect(errors.some((e) => e.includes('[webgl]'))).toBe(true);
    await page.getByRole('searchbox').fill('鹤汀');
    await page.locator('.flat-search [data-booth-link]').first().click();
    await page.getByRole('heading', { level: 1, name: '鹤汀银行反诈中心' }).waitFor();
    await page.close();
  });
});

describe('phones', () => {
  it('walks with the on-screen joystick in mobile emulation', async () => {
    const m = await openBrowser({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    try {
      const page = await m.context.newPage();
      await openPavilion(page, `${base}/`);
      expectRendered(await canvasStats(page));
      const stick = page.getByRole('application', { name: '移动摇杆' });
      const box = (await stick.boundingBox())!;
      const p0 = await visitorPos(page);
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      // Touch-drag the knob upwards and hold it.
      const cdp = await m.context.newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx, y: cy }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx, y: cy - 45 }] });
      // Hold the stick until the walker has gone a metre (frame rates vary under SwiftShader).
      await expect.poll(async () => (await visitorPos(page)).z, { timeout: 20_000 }).toBeLessThan(p0.z - 1);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      const p1 = await visitorPos(page);
      expect(Math.abs(p1.x - p0.x)).toBeLessThan(0.5);
      await page.close();
    } finally {
      await m.close();
    }
  });
});
