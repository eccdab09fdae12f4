/**
 * Reference screenshots for the README: `npx tsx scripts/docs-screenshots.ts [baseUrl]`
 * against a running build (`npm run build && npm run preview`).
 */
import { openBrowser } from '../tests/browser/chromium';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';

async function shoot(path: string, out: string, opts: { mobile?: boolean; prepare?: string; wait?: number } = {}) {
  const s = await openBrowser(
    opts.mobile
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
      : { viewport: { width: 1440, height: 900 } },
  );
  const page = await s.context.newPage();
  // Pinned at the device's own ratio (our cap is 1.75): these show the design as a visitor with
  // a real GPU sees it, not the software renderer's lowered resolution.
  const [route, hash] = path.split('#');
  await page.goto(`${base}${route}${route!.includes('?') ? '&' : '?'}dpr=${opts.mobile ? 1.75 : 1}${hash ? `#${hash}` : ''}`);
  await page.waitForSelector('body[data-first-frame="true"]', { timeout: 60_000 });
  await page.waitForSelector('.curtain', { state: 'detached', timeout: 30_000 });
  if (opts.prepare) await page.evaluate(opts.prepare);
  await page.waitForTimeout(opts.wait ?? 4000);
  await page.screenshot({ path: out });
  await s.close();
  console.log('wrote', out);
}

await shoot('/', 'docs/entrance.png');
// From the spine, looking west down the Campus Day street.
await shoot('/', 'docs/aisle.png', {
  prepare:
    'Object.assign(window.__pavilion.visitor.pos, { x: 1.5, z: -6.5 }); window.__pavilion.visitor.yaw = Math.PI / 2 - 0.12',
});
await shoot('/#/booth/heting-bank-antifraud', 'docs/booth-panel.png');
await shoot('/#/at/firefly-youth-safety', 'docs/mobile.png', { mobile: true });
