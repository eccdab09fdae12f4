import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../../scripts/bundle/makeBundle';
import { BUNDLE_FORMAT } from '../../../src/manifest/bundle';
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
    const files: Record<string, string> = { [`${APP}/scenes/sample/hall.bundle.json`]: JSON.stringify(bundle) };
    const hall = JSON.parse(readFileSync(path.join(dir, 'hall.json'), 'utf8')) as { booths: string[] };
    files[`${APP}/scenes/sample/hall.json`] = readFileSync(path.join(dir, 'hall.json'), 'utf8');
    for (const ref of hall.booths)
      files[new URL(ref, `${APP}/scenes/sample/hall.json`).href] = readFileSync(path.join(dir, ref), 'utf8');
    const one = recordingFetch(files);
    const many = recordingFetch(files);
    const a = await loadHall(`${APP}/scenes/sample/hall.bundle.json`, { appOrigin: APP, fetch: one.fetchImpl });
    const b = await loadHall(`${APP}/scenes/sample/hall.json`, { appOrigin: APP, fetch: many.fetchImpl });
    expect(one.asked).toHaveLength(1);
    expect(many.asked).toHaveLength(hall.booths.length + 1);
    expect(a.booths).toEqual(b.booths);
    expect(a.problems).toEqual(b.problems);
    expect(a.hall.zones).toEqual(b.hall.zones);
  });
});
