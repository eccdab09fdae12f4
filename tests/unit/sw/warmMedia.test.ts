import { describe, expect, it } from 'vitest';
import { BYTES_HEADER } from '../../../src/sw/protocol';
import { warmMedia, type MediaCache } from '../../../src/sw/warmMedia';

const U = (name: string) => `https://media.example.cn/${name}`;

const key = (req: RequestInfo | URL) => (typeof req === 'string' ? req : req instanceof URL ? req.href : req.url);

/** An in-memory Cache with what the warmer uses. */
function memoryCache(initial: Record<string, number> = {}) {
  const store = new Map<string, Response>();
  for (const [name, size] of Object.entries(initial))
    store.set(U(name), new Response(new Uint8Array(size), { headers: { [BYTES_HEADER]: String(size) } }));
  const cache: MediaCache = {
    match: async (req) => store.get(key(req))?.clone(),
    put: async (req, res) => void store.set(key(req), res),
    delete: async (req) => store.delete(key(req)),
    keys: async () => [...store.keys()].map((u) => new Request(u)),
  } as MediaCache;
  return { cache, store };
}

/** A server of files by name → size; `down` makes every fetch fail as a lost network does. */
function server(files: Record<string, number | 'missing'>, opts: { down?: boolean; noLength?: boolean } = {}) {
  const asked: string[] = [];
  const fetch = async (url: string) => {
    asked.push(url.replace(U(''), ''));
    if (opts.down) throw new TypeError('Failed to fetch');
    const size = files[url.replace(U(''), '')];
    if (size === undefined || size === 'missing') return new Response('no', { status: 404 });
    const headers: Record<string, string> = { 'content-type': 'video/mp4' };
    if (!opts.noLength) headers['content-length'] = String(size);
    return new Response(new Uint8Array(size), { status: 200, headers });
  };
  return { fetch, asked };
}

describe('warmMedia', () => {
  it('caches in order until the budget, skipping what does not fit and taking smaller files after it', async () => {
    const { cache, store } = memoryCache();
    const s = server({ a: 400, big: 1000, b: 300, c: 200 });
    const r = await warmMedia([U('a'), U('big'), U('b'), U('c')], 1000, false, { cache, fetch: s.fetch, concurrency: 1 });
    expect(r).toMatchObject({ state: 'done', cachedFiles: 3, cachedBytes: 900, skipped: 1, done: 4, total: 4 });
    expect([...store.keys()]).toEqual([U('a'), U('b'), U('c')]);
    expect(store.get(U('b'))!.headers.get(BYTES_HEADER)).toBe('300');
    expect(store.get(U('b'))!.headers.get('content-type')).toBe('video/mp4');
  });

  it('never passes the budget with two downloads at once, even when sizes are only known at the end', async () => {
    for (const noLength of [false, true]) {
      const { cache } = memoryCache();
      const files = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, 50 + ((i * 37) % 90)]));
      const s = server(files, { noLength });
      const r = await warmMedia(Object.keys(files).map(U), 600, false, { cache, fetch: s.fetch, concurrency: 2 });
      expect(r.cachedBytes).toBeLessThanOrEqual(600);
      expect(r.cachedBytes).toBeGreaterThan(450);
      expect(r.cachedFiles + r.skipped).toBe(20);
    }
  });

  it('counts what is cached already without fetching it again, and prunes what the list no longer names', async () => {
    const { cache, store } = memoryCache({ a: 100, old: 500 });
    const s = server({ a: 100, b: 100 });
    const r = await warmMedia([U('a'), U('b')], 10_000, true, { cache, fetch: s.fetch });
    expect(s.asked).toEqual(['b']);
    expect(r).toMatchObject({ state: 'done', cachedFiles: 2, cachedBytes: 200 });
    expect(store.has(U('old'))).toBe(false);
  });

  it('keeps the shown hall\u2019s files while an update is cached beside them (no prune)', async () => {
    const { cache, store } = memoryCache({ old: 500 });
    await warmMedia([U('new')], 10_000, false, { cache, fetch: server({ new: 10 }).fetch });
    expect(store.has(U('old'))).toBe(true);
    expect(store.has(U('new'))).toBe(true);
  });

  it('skips error statuses, and stops as stalled when the network keeps failing', async () => {
    const { cache } = memoryCache();
    const missing = await warmMedia([U('x'), U('a')], 1000, false, { cache, fetch: server({ x: 'missing', a: 10 }).fetch });
    expect(missing).toMatchObject({ state: 'done', cachedFiles: 1, skipped: 1 });
    const s = server({ a: 1, b: 1, c: 1, d: 1, e: 1 }, { down: true });
    const down = await warmMedia(['a', 'b', 'c', 'd', 'e'].map(U), 1000, false, {
      cache: memoryCache().cache,
      fetch: s.fetch,
      concurrency: 1,
    });
    expect(down.state).toBe('stalled');
    expect(s.asked).toEqual(['a', 'b', 'c']);
  });

  it('gives way to a newer run between files', async () => {
    const { cache } = memoryCache();
    let live = true;
    const s = server({ a: 1, b: 1, c: 1 });
    const r = await warmMedia([U('a'), U('b'), U('c')], 1000, false, {
      cache,
      fetch: async (url) => {
        live = false; // a newer run arrives while the first file downloads
        return s.fetch(url);
      },
      current: () => live,
      concurrency: 1,
    });
    expect(r.state).toBe('superseded');
    expect(s.asked).toEqual(['a']);
  });

  it('caches nothing with a zero budget', async () => {
    const { cache, store } = memoryCache();
    const s = server({ a: 1 });
    const r = await warmMedia([U('a')], 0, true, { cache, fetch: s.fetch });
    expect(r).toMatchObject({ state: 'done', cachedFiles: 0, skipped: 1 });
    expect(s.asked).toEqual([]);
    expect(store.size).toBe(0);
  });
});
