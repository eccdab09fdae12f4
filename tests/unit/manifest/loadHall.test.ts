import { describe, expect, it } from 'vitest';
import { HallLoadError, loadHall, MANIFEST_LIMITS_FOR_TESTS } from './loadHallSupport';
import { APP, HALL_URL, validBooth, validHall } from './fixtures';

function fakeFetch(files: Record<string, string | number>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    const body = files[url];
    if (body === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (typeof body === 'number') return new Response('x', { status: body });
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
