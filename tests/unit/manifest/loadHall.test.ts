import { describe, expect, it } from 'vitest';
import { HallLoadError, loadHall, MANIFEST_LIMITS_FOR_TESTS } from './loadHallSupport';
import { BUNDLE_FORMAT } from '../../../src/manifest/bundle';
import { APP, HALL_URL, validBooth, validHall } from './fixtures';

type Served = string | number | (() => Response | Promise<Response>);

/** Serves fixed files (a number is an HTTP status, a function answers itself), recording each URL asked for. */
function fakeFetch(files: Record<string, Served>, asked: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const body = files[url];
    if (body === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (typeof body === 'number') return new Response('x', { status: body });
    if (typeof body === 'function') return body();
    return new Response(body, { status: 200 });
  }) as typeof fetch;
}

const boothAt = (id: string) => ({ ...validBooth(), id });
const url = (p: string) => new URL(p, HALL_URL).href;

describe('loadHall', () => {
  it('loads every valid booth in order and reports each broken one without stopping', async () => {
    const hall = validHall();
    hall.booths = [
      'booths/a.json',
      'booths/missing.json',
      'booths/broken.json',
      'booths/b.json',
      'booths/not-json.json',
      'booths/dup.json',
    ];
    hall.zones[0]!.booths = ['a', 'b', 'ghost'];
    const progress: number[] = [];
    const loaded = await loadHall(HALL_URL, {
      appOrigin: APP,
      onProgress: (p) => progress.push(p.loaded),
      fetch: fakeFetch({
        [HALL_URL]: JSON.stringify(hall),
        [url('booths/a.json')]: JSON.stringify(boothAt('a')),
        [url('booths/b.json')]: JSON.stringify(boothAt('b')),
        [url('booths/broken.json')]: JSON.stringify({
          ...boothAt('c'),
          booth: { size: 'XXL', colors: { primary: '#000000', accent: '#ffffff' } },
        }),
        [url('booths/not-json.json')]: '<html>oops</html>',
        [url('booths/dup.json')]: JSON.stringify(boothAt('a')),
      }),
    });
    expect(loaded.booths.map((b) => b.id)).toEqual(['a', 'b']);
    expect(loaded.failedBooths.map((f) => f.file)).toEqual([
      'booths/missing.json',
      'booths/broken.json',
      'booths/not-json.json',
      'booths/dup.json',
    ]);
    const lines = loaded.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'booths/missing.json: : could not be fetched: HTTP 404 Not Found',
        'booths/broken.json: booth.size: expected "S" or "M" or "L", got "XXL"',
        'booths/dup.json: id: duplicate booth id "a", already used by booths/a.json',
        '/scenes/test/hall.json: zones[0].booths[2]: no loaded booth has id "ghost"',
      ]),
    );
    expect(lines.some((l) => l.startsWith('booths/not-json.json: : expected valid JSON, got a syntax error'))).toBe(true);
    expect(progress.at(-1)).toBe(6);
  });

  it('throws a HallLoadError naming the hall file when the hall itself is broken', async () => {
    const hall = validHall();
    hall.zones = [];
    const err = await loadHall(HALL_URL, { appOrigin: APP, fetch: fakeFetch({ [HALL_URL]: JSON.stringify(hall) }) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(HallLoadError);
    expect((err as HallLoadError).message).toBe('/scenes/test/hall.json: zones: expected at least 1 items, got 0');
  });

  it('refuses a booth whose media come from an origin not on the allowlist, per item', async () => {
    const hall = validHall();
    const b = boothAt('acme-security');
    b.media = [
      { type: 'video', title: 'ok', src: 'https://cdn.example.net/v.mp4' },
      { type: 'h5', title: 'no', src: 'https://evil.example/page.html' },
    ];
    const loaded = await loadHall(HALL_URL, {
      appOrigin: APP,
      fetch: fakeFetch({ [HALL_URL]: JSON.stringify(hall), [url('booths/acme.json')]: JSON.stringify(b) }),
    });
    expect(loaded.booths[0]!.media.map((m) => m.type)).toEqual(['video']);
    expect(loaded.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([
      'booths/acme.json: media[1].src: origin https://evil.example is not on the hall\'s allowedOrigins list, got "https://evil.example/page.html"',
    ]);
  });

  it('stops reading a manifest that is larger than the limit', async () => {
    const hall = validHall();
    const huge = 'x'.repeat(MANIFEST_LIMITS_FOR_TESTS.maxBytes + 10);
    const loaded = await loadHall(HALL_URL, {
      appOrigin: APP,
      fetch: fakeFetch({ [HALL_URL]: JSON.stringify(hall), [url('booths/acme.json')]: huge }),
    });
    expect(loaded.booths).toEqual([]);
    expect(loaded.problems[0]).toMatchObject({
      file: 'booths/acme.json',
      message: 'expected a manifest of at most 1,048,576 bytes (1 MiB), got more',
    });
  });
});

describe('loadHall with a bundle beside hall.json', () => {
  const BUNDLE_URL = url('hall.bundle.json');
  const STALE = {
    file: '/scenes/test/hall.bundle.json',
    path: '',
    message: 'stale bundle ignored: its hall differs from hall.json',
    severity: 'warning',
  };

  /** A hall of three booths, one of them broken, one zone reference to nothing: problems to compare. */
  function fair() {
    const hall = validHall();
    hall.booths = ['booths/a.json', 'booths/b.json', 'booths/broken.json'];
    hall.zones[0]!.booths = ['a', 'b', 'ghost'];
    const booths: Record<string, unknown> = {
      'booths/a.json': boothAt('a'),
      'booths/b.json': boothAt('b'),
      'booths/broken.json': { ...boothAt('c'), booth: { size: 'XXL', colors: { primary: '#000000', accent: '#ffffff' } } },
    };
    const files: Record<string, Served> = { [HALL_URL]: JSON.stringify(hall, null, 2) };
    for (const [ref, b] of Object.entries(booths)) files[url(ref)] = JSON.stringify(b);
    return { hall, booths, files };
  }
  const bundleOf = (hall: unknown, booths: Record<string, unknown>) =>
    JSON.stringify({ format: BUNDLE_FORMAT, version: 1, hall, booths });
  const boothUrls = ['booths/a.json', 'booths/b.json', 'booths/broken.json'].map(url);

  async function load(files: Record<string, Served>) {
    const asked: string[] = [];
    const progress: number[] = [];
    const loaded = await loadHall(HALL_URL, {
      appOrigin: APP,
      fetch: fakeFetch(files, asked),
      onProgress: (p) => progress.push(p.loaded),
    });
    return { loaded, asked, progress };
  }

  it('opens through a matching bundle with two requests and the same result as the files', async () => {
    const { hall, booths, files } = fair();
    // Keys in another order than hall.json's: the same document all the same.
    const reordered = Object.fromEntries(Object.entries(hall).reverse());
    const without = await load(files);
    const through = await load({ ...files, [BUNDLE_URL]: bundleOf(reordered, booths) });
    expect([...through.asked].sort()).toEqual([BUNDLE_URL, HALL_URL]);
    expect(through.loaded.booths.map((b) => b.id)).toEqual(['a', 'b']);
    expect(through.loaded.booths).toEqual(without.loaded.booths);
    expect(through.loaded.failedBooths).toEqual(without.loaded.failedBooths);
    expect(through.loaded.problems).toEqual(without.loaded.problems);
    // Booth problems name the booth's file, hall problems hall.json, as without a bundle.
    const named = through.loaded.problems.map((p) => p.file);
    expect(named).toContain('booths/broken.json');
    expect(named).toContain('/scenes/test/hall.json');
    expect(through.progress.at(-1)).toBe(3);
  });

  it('falls back to the booth files when there is no bundle, or it cannot be fetched', async () => {
    const { hall, booths, files } = fair();
    // A good bundle behind each failure, so only the failure can make the loader pass it by.
    const good = bundleOf(hall, booths);
    const answers: [string, Served | undefined][] = [
      ['404', undefined],
      ['500', 500],
      ['network error', () => Promise.reject(new TypeError('Failed to fetch'))],
      ['the host’s index.html', () => new Response(good, { headers: { 'content-type': 'text/html' } })],
      ['too large', () => new Response(good, { headers: { 'content-length': String(64 * 1024 * 1024) } })],
    ];
    const reference = await load(files);
    for (const [why, answer] of answers) {
      const { loaded, asked } = await load(answer === undefined ? files : { ...files, [BUNDLE_URL]: answer });
      expect([...asked].sort(), why).toEqual([...boothUrls, BUNDLE_URL, HALL_URL].sort());
      expect(loaded.booths.map((b) => b.id)).toEqual(['a', 'b']);
      expect(loaded.problems).toEqual(reference.loaded.problems);
    }
  });

  it('ignores a stale bundle, whose hall differs from hall.json, and says so', async () => {
    const { hall, booths, files } = fair();
    // The bundle was made before the organizer renamed a zone and the exhibitor of a changed booth.
    const before = { ...hall, zones: [{ ...hall.zones[0]!, name: { en: 'Old name' } }] };
    const oldA = { ...boothAt('a'), exhibitor: { ...validBooth().exhibitor, name: { en: 'Old A' } } };
    const { loaded, asked } = await load({ ...files, [BUNDLE_URL]: bundleOf(before, { ...booths, 'booths/a.json': oldA }) });
    expect([...asked].sort()).toEqual([...boothUrls, BUNDLE_URL, HALL_URL].sort());
    expect(loaded.booths[0]!.exhibitor.name).toEqual(validBooth().exhibitor.name);
    expect(loaded.hall.zones[0]!.name).toEqual(hall.zones[0]!.name);
    const reference = await load(files);
    expect(loaded.problems).toEqual([STALE, ...reference.loaded.problems]);
  });

  it('falls back silently past a bundle it cannot read', async () => {
    const { hall, booths, files } = fair();
    const broken = [
      '{"format":',
      '[]',
      JSON.stringify({ format: 'zip', version: 1, hall, booths }),
      JSON.stringify({ format: BUNDLE_FORMAT, version: 2, hall, booths }),
      JSON.stringify({ format: BUNDLE_FORMAT, version: 1, hall, booths: [] }),
    ];
    const reference = await load(files);
    for (const text of broken) {
      const { loaded, asked } = await load({ ...files, [BUNDLE_URL]: text });
      expect(asked).toHaveLength(2 + boothUrls.length);
      expect(loaded.booths.map((b) => b.id)).toEqual(['a', 'b']);
      expect(loaded.problems).toEqual(reference.loaded.problems);
    }
  });

  it('fetches alone a booth the bundle lacks', async () => {
    const { hall, booths, files } = fair();
    const { 'booths/b.json': _left, ...rest } = booths;
    const { loaded, asked } = await load({ ...files, [BUNDLE_URL]: bundleOf(hall, rest) });
    expect([...asked].sort()).toEqual([BUNDLE_URL, HALL_URL, url('booths/b.json')].sort());
    expect(loaded.booths.map((b) => b.id)).toEqual(['a', 'b']);
    expect(loaded.problems).toEqual((await load(files)).loaded.problems);
  });

  it('still names hall.json for a broken hall, and never opens the bundle without it', async () => {
    const { hall, booths, files } = fair();
    hall.zones = [];
    const withBundle = { ...files, [HALL_URL]: JSON.stringify(hall), [BUNDLE_URL]: bundleOf(hall, booths) };
    const err = await load(withBundle).catch((e: unknown) => e);
    expect((err as HallLoadError).message).toBe('/scenes/test/hall.json: zones: expected at least 1 items, got 0');
    const { [HALL_URL]: _gone, ...noHall } = withBundle;
    const missing = await load(noHall).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(HallLoadError);
    expect((missing as HallLoadError).problems).toEqual([
      { file: '/scenes/test/hall.json', path: '', message: 'could not be fetched: HTTP 404 Not Found', severity: 'error' },
    ]);
  });
});
