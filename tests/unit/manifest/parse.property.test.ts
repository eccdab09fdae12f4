import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boothAssetUrls } from '../../../src/manifest/assetUrls';
import { parseBooth, parseHall } from '../../../src/manifest/parse';
import { APP, BOOTH_URL, HALL_URL, validBooth } from './fixtures';

const policy = { appOrigin: APP, allowedOrigins: ['https://cdn.example.net'] };

// Strings an attacker would try in URL fields, mixed with arbitrary ones.
const nastyUrl = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'javascript:alert(1)',
    ' javascript:x',
    'java\tscript:x',
    'data:,x',
    '//evil.example/a.mp4',
    'vbscript:x',
    'https://evil.example/a.mp4',
    'file:///x',
  ),
  fc
    .tuple(fc.constantFrom('', ' ', '\t', '\n', '\u0000'), fc.webUrl(), fc.constantFrom('', '.mp4', '.png', '.vtt'))
    .map(([a, b, c]) => a + b + c),
);

function mutatedBooth() {
  return fc
    .record({ field: fc.constantFrom('src', 'poster', 'logo', 'href', 'bodySrc', 'captions'), url: nastyUrl, idx: fc.nat(5) })
    .map(({ field, url, idx }) => {
      const b = validBooth();
      const media = b.media as Record<string, unknown>[];
      const item = media[idx % media.length]!;
      if (field === 'logo') b.exhibitor.logo = url;
      else if (field === 'captions') item.captions = [{ lang: 'zh', src: url }];
      else item[field] = url;
      return b;
    });
}

describe('parsers under arbitrary input', () => {
  it('never throw on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        parseBooth({ text, file: 'x.json', url: BOOTH_URL }, policy);
        parseHall({ text, file: 'x.json', url: HALL_URL }, policy);
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = parseBooth({ text, file: 'x.json', url: BOOTH_URL }, policy);
        // Arbitrary text is never a valid booth, and is always explained.
        expect(r.value).toBeNull();
        expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never yield a URL that is not http(s) on an allowed origin', () => {
    fc.assert(
      fc.property(mutatedBooth(), (b) => {
        const r = parseBooth({ text: JSON.stringify(b), file: 'x.json', url: BOOTH_URL }, policy);
        if (!r.value) return;
        const loaded = boothAssetUrls(r.value).map((u) => new URL(u.url));
        // Links are followed in a new tab, not loaded: http(s) is all they need.
        const links = r.value.media.flatMap((m) => (m.type === 'link' ? [new URL(m.href)] : []));
        for (const u of [...loaded, ...links]) {
          expect(['http:', 'https:']).toContain(u.protocol);
          expect(u.username + u.password).toBe('');
        }
        for (const u of loaded) expect([APP, 'https://cdn.example.net']).toContain(u.origin);
      }),
      { numRuns: 1000 },
    );
  });
});
