import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importBoothFiles, normalizePath, relativePath, unzipFiles } from '../../../src/state/boothImport';
import { zipBooth } from '../../../src/state/boothZip';

const booth = JSON.stringify({ schemaVersion: 1, exhibitor: {}, id: 'x' });
const file = (path: string, text: string) => ({ path, data: new Blob([text]) });

describe('importing a booth', () => {
  it('finds the booth JSON in a folder and keys files relative to it', async () => {
    const r = await importBoothFiles([
      file('pick/other.json', '{"a": 1}'),
      file('pick/booths/x.json', booth),
      file('pick/booths/media/a.mp4', 'v'),
      file('pick/logos/x.svg', '<svg/>'),
      file('pick/.DS_Store', ''),
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.manifestPath).toBe('pick/booths/x.json');
    expect([...r.files.keys()].sort()).toEqual(['../logos/x.svg', '../other.json', 'media/a.mp4']);
  });
  it('says when there is no booth JSON', async () => {
    expect(await importBoothFiles([file('a.json', '{}'), file('b.json', 'not json')])).toEqual({
      ok: false,
      reason: 'noManifest',
    });
  });
  it('reads a zip', async () => {
    const zip = zipSync({ 'my/booth.json': strToU8(booth), 'my/logo.svg': strToU8('<svg/>'), 'my/': new Uint8Array() });
    const picked = unzipFiles(zip)!;
    const r = await importBoothFiles(picked);
    expect(r.ok && [...r.files.keys()]).toEqual(['logo.svg']);
    expect(unzipFiles(new Uint8Array([1, 2, 3]))).toBeNull();
  });
  it('exports a zip that imports back', async () => {
    const zip = await zipBooth({ schemaVersion: 1, exhibitor: {} }, new Map([['media/a.txt', new Blob(['hi'])]]));
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['booth.json', 'media/a.txt']);
  });
  it('normalizes and relates paths', () => {
    expect(normalizePath('a/./b/../c\\d')).toBe('a/c/d');
    expect(relativePath('a/b', 'a/c/x.png')).toBe('../c/x.png');
    expect(relativePath('', 'x/y')).toBe('x/y');
  });
});
