import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, boothManifest, defaultFiles, post, startServer, submission, type TestServer } from '../server/support';
import { expectNoSeriousViolations } from './axe';
import { canvasStats, expectRendered, openPavilion, sharedBrowser } from './helpers';

const browser = sharedBrowser();
let s: TestServer;
beforeAll(async () => {
  // The service serves the build the browser project's global set-up has just made.
  s = await startServer({ distDir: fileURLToPath(new URL('../../dist', import.meta.url)) });
}, 60_000);
afterAll(async () => {
  await s.stop();
});

// A hostile H5 page: it reports what it could reach, the way the page found from outside did.
const PROBE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>probe</title></head><body><main><h1 id="out">probe</h1></main>
<script>
  const out = [];
  try { out.push('origin=' + self.origin); } catch (e) { out.push('origin-threw'); }
  try { localStorage.setItem('x', '1'); out.push('storage=open'); } catch (e) { out.push('storage=blocked'); }
  try { out.push('cookie=' + document.cookie); } catch (e) { out.push('cookie=blocked'); }
  document.getElementById('out').textContent = out.join(' ');
</script></body></html>`;

describe('the pavilion on the service', () => {
  it('opens the live hall; an approved booth stands in it with its media from the second origin', async () => {
    const token = s.exhibitor('probe-co', 'telecom');
    const m = boothManifest('probe-co', {
      media: [
        { type: 'image', src: 'images/poster.png', alt: { zh: '海报', en: 'Poster' } },
        { type: 'h5', title: { zh: '互动', en: 'Interactive' }, src: 'h5/probe/index.html' },
      ],
    });
    const r = await post(
      `${s.url}/api/booths/probe-co/submissions`,
      token,
      submission(m, [...defaultFiles(), { path: 'h5/probe/index.html', body: PROBE }]),
    );
    expect(r.status).toBe(201);
    expect((await post(`${s.url}/api/submissions/${r.json.submission}/approve`, ADMIN, {})).status).toBe(200);

    const page = await browser().context.newPage();
    const refused: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) refused.push(msg.text());
    });
    const res = await page.goto(`${s.url}/`);
    expect(res?.headers()['content-security-policy']).toContain(`frame-src 'self' blob: ${s.contentOrigin}`);
    const errors = await openPavilion(page, `${s.url}/`);
    expectRendered(await canvasStats(page));
    expect(await page.evaluate(() => window.__pavilion!.renderInfo().calls)).toBeGreaterThan(0);
    await page.evaluate(() => (location.hash = '#/booth/probe-co'));
    await page.getByRole('dialog').getByText('展商 probe-co').first().waitFor({ timeout: 30_000 });
    // Its H5 page runs in the frame from the content origin.
    await page.getByRole('tab', { name: /互动|Interactive/ }).click();
    const frameUrl = await page.locator('iframe').first().getAttribute('src');
    expect(new URL(frameUrl!).origin).toBe(s.contentOrigin);
    await expectNoSeriousViolations(page, 'pavilion on the service');
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);

    // Opened at top level ("open in a new tab"), the same page runs in an opaque origin.
    const tab = await browser().context.newPage();
    await tab.goto(frameUrl!);
    await expect.poll(() => tab.locator('#out').textContent()).toMatch(/origin=null/);
    expect(await tab.locator('#out').textContent()).toMatch(/storage=blocked/);
    await tab.close();
    await page.close();
  }, 120_000);

  it('renders a booth published after the build as its own page, card and content, and follows its next version', async () => {
    const token = s.exhibitor('late-co', 'finance');
    const publish = async (extra: Record<string, unknown>) => {
      const r = await post(`${s.url}/api/booths/late-co/submissions`, token, submission(boothManifest('late-co', extra)));
      expect(r.status).toBe(201);
      expect((await post(`${s.url}/api/submissions/${r.json.submission}/approve`, ADMIN, {})).status).toBe(200);
    };
    const raw = async () => {
      const res = await fetch(`${s.url}/booth/late-co/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      return res.text();
    };
    await publish({});
    let html = await raw();
    expect(html).toMatch(/<title>展商 late-co · [^<]+<\/title>/);
    expect(html).toContain('<meta property="og:description" content="我们的展台。" />');
    // Its picture is its raster poster on the exhibitors' origin (the logo is an SVG no card shows).
    expect(html).toMatch(
      new RegExp(`<meta property="og:image" content="${s.contentOrigin}/live/s/[0-9a-f]+/images/poster.png" />`),
    );
    expect(html).toMatch(/<h1[^>]*>展商 late-co<\/h1>/);
    expect(html).toContain('<meta name="pavilion-hall" content="/live/hall.bundle.json" />');

    // The exhibitor renames the booth and gives it a tagline: the page follows once it is approved.
    await publish({
      exhibitor: {
        name: { zh: '晚到银行' },
        tagline: { zh: '反诈从我做起' },
        description: { zh: '新的介绍。' },
        logo: 'logo.svg',
      },
    });
    html = await raw();
    expect(html).toMatch(/<title>晚到银行 · [^<]+<\/title>/);
    expect(html).toContain('<meta property="og:description" content="反诈从我做起" />');
    expect(html).not.toContain('展商 late-co');

    // The hall's page lists it; a booth that is not there gets the hall's page, not a stale one.
    const hallPage = await (await fetch(`${s.url}/`)).text();
    expect(hallPage).toContain('晚到银行');
    const gone = await (await fetch(`${s.url}/booth/no-such-booth/`)).text();
    expect(gone).toContain('晚到银行');
    expect(gone).not.toContain('og:image');
  }, 60_000);
});
