import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support';

/** A stand-in build: the pages and the kiosk's worker script, as `vite build` lays them out. */
const dist = mkdtempSync(path.join(tmpdir(), 'pavilion-dist-'));
const PAGE = '<!doctype html><html><head><meta charset="UTF-8" /><title>t</title></head><body></body></html>';
mkdirSync(path.join(dist, 'kiosk'));
writeFileSync(path.join(dist, 'index.html'), PAGE);
writeFileSync(path.join(dist, 'kiosk/index.html'), PAGE);
writeFileSync(path.join(dist, 'kioskSw.js'), 'self.addEventListener("fetch", () => {});');

let s: TestServer;
beforeAll(async () => {
  s = await startServer({ distDir: dist });
});
afterAll(async () => {
  await s.stop();
  rmSync(dist, { recursive: true, force: true });
});

describe('a kiosk\u2019s offline cache, as the service serves it', () => {
  it('serves the worker script at the root (its scope covers / and /kiosk/ without extra headers), always revalidated', async () => {
    const res = await fetch(`${s.url}/kioskSw.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/no-cache|max-age=0\b/);
    expect(res.headers.get('service-worker-allowed')).toBeNull();
  });

  it('lets the pages a kiosk opens register it (CSP worker-src)', async () => {
    for (const route of ['/', '/kiosk/']) {
      const csp = (await fetch(`${s.url}${route}`)).headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/worker-src 'self'/);
    }
  });

  it('answers a hall check with 304 while the hall is unchanged, and with the new hall once it is', async () => {
    const url = `${s.url}/live/hall.bundle.json`;
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await fetch(url, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // A publish rewrites the file whole.
    const text = await first.text();
    writeFileSync(path.join(s.dataDir, 'live/hall.bundle.json'), text.replace('"version":1', '"version":1 '));
    const changed = await fetch(url, { headers: { 'If-None-Match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('serves media on the content origin with CORS a kiosk\u2019s worker can cache and range', async () => {
    const bundle = (await (await fetch(`${s.url}/live/hall.bundle.json`)).json()) as { booths: Record<string, unknown> };
    const file = Object.keys(bundle.booths)[0]!;
    expect(new URL(file).origin).toBe(s.contentOrigin);
    const full = await fetch(file, { headers: { Origin: s.url } });
    expect(full.status).toBe(200);
    expect(full.headers.get('access-control-allow-origin')).toBe('*');
    expect(full.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
    const part = await fetch(file, { headers: { Origin: s.url, Range: 'bytes=0-9' } });
    expect(part.status).toBe(206);
    expect((await part.arrayBuffer()).byteLength).toBe(10);
    const preflight = await fetch(file, {
      method: 'OPTIONS',
      headers: { Origin: s.url, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'range' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Range/);
  });
});
