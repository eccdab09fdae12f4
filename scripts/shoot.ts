/**
 * Screenshot helper for looking at the pavilion as a visitor would:
 *   npx tsx scripts/shoot.ts <url> <out.png> [--mobile] [--size=1920x1080] [--wait=ms] [--eval=js]
 */
import { openBrowser } from '../tests/browser/chromium';

const [url, out] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flag = (name: string) =>
  process.argv
    .find((a) => a.startsWith(`--${name}`))
    ?.split('=')
    .slice(1)
    .join('=');
if (!url || !out) {
  console.error('usage: shoot <url> <out.png> [--mobile] [--wait=ms] [--eval=js]');
  process.exit(2);
}
const mobile = process.argv.includes('--mobile');
const size = /^(\d{3,4})x(\d{3,4})$/.exec(flag('size') ?? '');
const s = await openBrowser(
  mobile
    ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
    : size
      ? { viewport: { width: Number(size[1]), height: Number(size[2]) }, hasTouch: true }
      : {},
);
const page = await s.context.newPage();
page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.waitForSelector('body[data-hall-status="ready"], body[data-hall-status="error"]', { timeout: 60_000 }).catch(() => {});
const script = flag('eval');
if (script) await page.evaluate(script);
await page.waitForTimeout(Number(flag('wait') ?? 3000));
await page.screenshot({ path: out });
await s.close();
