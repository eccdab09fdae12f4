import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapBoothRefs, type BoothRef } from '../../../src/manifest/boothRefs';

const yunfan: unknown = JSON.parse(readFileSync('scenes/sample/booths/yunfan-telecom.json', 'utf8'));

describe('mapBoothRefs', () => {
  it('visits every file a booth uses, with its JSON path and kind, and no link', () => {
    const seen: BoothRef[] = [];
    mapBoothRefs(yunfan, (r) => (seen.push(r), r.ref));
    expect(seen.map((r) => [r.path, r.kind])).toEqual([
      ['exhibitor.logo', 'image'],
      ['media[0].src', 'video'],
      ['media[0].poster', 'image'],
      ['media[0].captions[0].src', 'captions'],
      ['media[0].captions[1].src', 'captions'],
      ['media[1].src', 'page'],
      ['media[2].src', 'image'],
      ['media[3].src.zh', 'audio'],
      ['media[3].src.en', 'audio'],
    ]);
    expect(seen.some((r) => r.ref.startsWith('http'))).toBe(false);
  });

  it('rewrites in a copy and leaves the input alone', () => {
    const before = JSON.stringify(yunfan);
    const out = mapBoothRefs(yunfan, (r) => r.ref.replace(/^\.\.\//, '')) as { exhibitor: { logo: string } };
    expect(out.exhibitor.logo).toBe('logos/yunfan-telecom.svg');
    expect(JSON.stringify(yunfan)).toBe(before);
  });

  it('skips what is not shaped as the schema says, without throwing', () => {
    for (const odd of [null, 42, 'x', [], { media: 'no' }, { media: [null, 1, { type: 'video', captions: 'x' }] }])
      expect(() => mapBoothRefs(odd, (r) => r.ref)).not.toThrow();
  });
});
