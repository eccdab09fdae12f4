import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesSource, checkType, inspectFile, inspectMp4 } from '../../../../src/manifest/files';

// The sample scene's real media: the checks must pass what the project itself ships.
const ROOT = join(__dirname, '../../../../scenes/sample');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(ROOT).map((abs) => relative(ROOT, abs).split('\\').join('/'));
const load = (path: string) => bytesSource(new Uint8Array(readFileSync(join(ROOT, path))));

describe('the sample scene', () => {
  it('has the media these tests read', () => {
    expect(files.filter((f) => f.endsWith('.mp4')).length).toBeGreaterThanOrEqual(8);
    expect(files.length).toBeGreaterThan(150);
  });

  it.each(files.filter((f) => f.startsWith('media/video/') && f.endsWith('.mp4')))('%s is H.264 + AAC', async (path) => {
    const info = await inspectMp4(load(path));
    expect(info).toMatchObject({ videoCodecs: [expect.stringMatching(/^avc1\./)], audioCodecs: ['mp4a.40.2'] });
    if ('error' in info) return;
    expect(info.width).toBeGreaterThan(0);
    expect(info.durationSec).toBeGreaterThan(1);
  });

  it('every file sniffs to a type its extension allows, with no errors', async () => {
    const failures: string[] = [];
    const types = new Set<string>();
    for (const path of files) {
      const report = await inspectFile(path, load(path));
      types.add(String(report.type));
      const mismatch = checkType(path, report.type);
      if (mismatch) failures.push(`${path}: ${mismatch}`);
      for (const p of report.problems) if (p.severity === 'error') failures.push(`${path}: ${p.message}`);
    }
    expect(failures).toEqual([]);
    expect([...types].sort()).toEqual(
      [
        'application/json',
        'audio/mpeg',
        'image/jpeg',
        'image/png',
        'image/svg+xml',
        'model/gltf-binary',
        'text/html',
        'text/plain',
        'application/vnd.apple.mpegurl',
        'text/vtt',
        'video/mp2t',
        'video/mp4',
      ].sort(),
    );
  });
});
