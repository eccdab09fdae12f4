import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../../scripts/bundle/makeBundle';
import { BUNDLE_FORMAT, bundleUrlBeside, canonicalJson } from '../../../src/manifest/bundle';
import { HallLoadError, loadHall } from './loadHallSupport';
import { APP, validBooth, validHall } from './fixtures';

const BUNDLE_URL = `${APP}/scenes/test/hall.bundle.json`;
const at = (p: string) => new URL(p, BUNDLE_URL).href;

/** A fetch that serves fixed files and records every URL asked for. */
function recordingFetch(files: Record<string, string>) {
  const asked: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    const body = files[String(input)];
    return body === undefined ? new Response('nope', { status: 404, statusText: 'Not Found' }) : new Response(body);
  }) as typeof fetch;
  return { asked, fetchImpl };
}

const bundleOf = (hall: unknown, booths: Record<string, unknown>) =>
  JSON.stringify({ format: BUNDLE_FORMAT, version: 1, hall, booths });

describe('hall bundles', () => {
  it('open a whole hall with one request, and fetch alone only the booths left out', async () => {
    const hall = validHall();
    hall.booths = ['booths/a.json', 'booths/b.json', 'booths/c.json'];
    hall.zones[0]!.booths = ['a', 'b', 'c'];
    const { asked, fetchImpl } = recordingFetch({
      [BUNDLE_URL]: bundleOf(hall, {
        'booths/a.json': { ...validBooth(), id: 'a' },
        'booths/b.json': { ...validBooth(), id: 'b' },
      }),
      [at('booths/c.json')]: JSON.stringify({ ...validBooth(), id: 'c' }),
    });
    const loaded = await loadHall(BUNDLE_URL, { appOrigin: APP, fetch: fetchImpl });
    expect(loaded.booths.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    expect(asked).toEqual([BUNDLE_URL, at('booths/c.json')]);
    // Relative references resolve against the booth's own place, as if fetched alone.
    expect(loaded.booths[0]!.exhibitor.logo).toBe(at('booths/' + validBooth().exhibitor.logo));
  });

  it('check each bundled booth as its own file: a broken one fails alone, named by its file', async () => {
    const hall = validHall();
    hall.booths = ['booths/a.json', 'booths/bad.json', 'booths/proto.json'];
    const bad = { ...validBooth(), id: 'bad', booth: { size: 'XXL', colors: { primary: '#000000', accent: '#ffffff' } } };
    const proto = JSON.parse(`{"id":"p","__proto__":{"polluted":true}}`) as unknown;
    const { fetchImpl } = recordingFetch({
      [BUNDLE_URL]: bundleOf(hall, {
        'booths/a.json': { ...validBooth(), id: 'a' },
        'booths/bad.json': bad,
        'booths/proto.json': proto,
      }),
    });
    const loaded = await loadHall(BUNDLE_URL, { appOrigin: APP, fetch: fetchImpl });
    expect(loaded.booths.map((b) => b.id)).toEqual(['a']);
    const lines = loaded.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    expect(lines).toContain('booths/bad.json: booth.size: expected "S" or "M" or "L", got "XXL"');
    expect(lines).toContain(
      'booths/proto.json: __proto__: expected an ordinary key, got "__proto__", which is not allowed in a manifest',
    );
  });

  it('refuse a broken envelope with the file, the path and what was expected', async () => {
    const cases: [string, string][] = [
      ['{"format":"zip","version":1,"hall":{},"booths":{}}', 'format: expected "cloud-expo-hall-bundle", got "zip"'],
      [`{"format":"${BUNDLE_FORMAT}","version":2,"hall":{},"booths":{}}`, 'version: expected 1'],
      [`{"format":"${BUNDLE_FORMAT}","version":1,"hall":{},"booths":[]}`, 'booths: expected an object of booth manifests'],
      ['{"format":', 'expected valid JSON'],
    ];
    for (const [text, expected] of cases) {
      const { fetchImpl } = recordingFetch({ [BUNDLE_URL]: text });
      const err = await loadHall(BUNDLE_URL, { appOrigin: APP, fetch: fetchImpl }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HallLoadError);
      expect((err as HallLoadError).message).toContain('/scenes/test/hall.bundle.json');
      expect((err as HallLoadError).message).toContain(expected);
    }
  });

  it('load the sample expo exactly as its separate files do', async () => {
    const dir = path.resolve('scenes/sample');
    const { bundle, left } = makeBundle(path.join(dir, 'hall.json'));
    expect(left).toEqual([]);
    const bundleUrl = `${APP}/scenes/sample/hall.bundle.json`;
    const hallUrl = `${APP}/scenes/sample/hall.json`;
    const hall = JSON.parse(readFileSync(path.join(dir, 'hall.json'), 'utf8')) as { booths: string[] };
    const separate: Record<string, string> = { [hallUrl]: readFileSync(path.join(dir, 'hall.json'), 'utf8') };
    for (const ref of hall.booths) separate[new URL(ref, hallUrl).href] = readFileSync(path.join(dir, ref), 'utf8');
    const all = { ...separate, [bundleUrl]: JSON.stringify(bundle) };
    const one = recordingFetch(all);
    const beside = recordingFetch(all);
    const many = recordingFetch(separate);
    const a = await loadHall(bundleUrl, { appOrigin: APP, fetch: one.fetchImpl });
    const b = await loadHall(hallUrl, { appOrigin: APP, fetch: many.fetchImpl });
    const c = await loadHall(hallUrl, { appOrigin: APP, fetch: beside.fetchImpl });
    expect(one.asked).toHaveLength(1);
    // Without a bundle: the bundle asked for in vain, then each booth.
    expect(many.asked).toHaveLength(hall.booths.length + 2);
    expect([...beside.asked].sort()).toEqual([bundleUrl, hallUrl]);
    for (const other of [a, c]) {
      expect(other.booths).toEqual(b.booths);
      expect(other.problems).toEqual(b.problems);
      expect(other.hall.zones).toEqual(b.hall.zones);
    }
  });
});

describe('the bundle beside a hall', () => {
  it('stands beside the hall manifest, with the same base name and query', () => {
    expect(bundleUrlBeside(`${APP}/scenes/test/hall.json`)).toBe(BUNDLE_URL);
    expect(bundleUrlBeside(`${APP}/halls/expo.JSON?v=3#top`)).toBe(`${APP}/halls/expo.bundle.json?v=3`);
    expect(bundleUrlBeside(BUNDLE_URL)).toBeNull();
    expect(bundleUrlBeside(`${APP}/api/hall`)).toBeNull();
    expect(bundleUrlBeside('not a url')).toBeNull();
  });

  it('is the same document whatever the order of its keys, but not of its arrays', () => {
    expect(canonicalJson({ b: [1, { y: 2, x: null }], a: 'é' })).toBe(canonicalJson({ a: 'é', b: [1, { x: null, y: 2 }] }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});
