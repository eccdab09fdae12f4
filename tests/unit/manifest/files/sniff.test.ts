import { describe, expect, it } from 'vitest';
import { checkExtension, checkType, EXPECTED_TYPES, TYPE_NAMES } from '../../../../src/manifest/files/expectedTypes';
import { sniffType } from '../../../../src/manifest/files/sniff';
import { textType } from '../../../../src/manifest/files/textType';
import { ascii, be32, box, concat, ftyp, gif, jpeg, mp4Boxes, png, text, webpVp8, zeros } from './support';

const bytes = (...b: number[]) => Uint8Array.from(b);
/** `n` 188-byte transport-stream packets, each opening with the sync byte. */
const tsPackets = (n: number) => Uint8Array.from({ length: 188 * n }, (_, i) => (i % 188 === 0 ? 0x47 : i % 7));

describe('sniffType', () => {
  it.each([
    ['mp4', mp4Boxes(), 'video/mp4'],
    ['m4a', concat(ftyp('M4A '), box('free')), 'audio/mp4'],
    ['avif', concat(ftyp('avif'), box('free')), 'image/avif'],
    ['heic', concat(ftyp('heic'), box('free')), 'image/heic'],
    ['mov', concat(ftyp('qt  '), box('free')), 'video/quicktime'],
    ['webm', bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86), 'video/webm'],
    ['png', png(1, 1), 'image/png'],
    ['jpeg', jpeg(1, 1), 'image/jpeg'],
    ['gif', gif(1, 1), 'image/gif'],
    ['webp', webpVp8(1, 1), 'image/webp'],
    ['wav', concat(ascii('RIFF'), zeros(4), ascii('WAVEfmt ')), 'audio/wav'],
    ['mp3 with ID3', concat(ascii('ID3'), bytes(4, 0, 0)), 'audio/mpeg'],
    ['mp3 frame', bytes(0xff, 0xfb, 0x90, 0x64), 'audio/mpeg'],
    ['aac (ADTS)', bytes(0xff, 0xf1, 0x50, 0x80), 'audio/aac'],
    ['ogg', ascii('OggS\0\u0002'), 'audio/ogg'],
    ['woff2', ascii('wOF2\0\u0001\0\0'), 'font/woff2'],
    ['woff', ascii('wOFF\0\u0001\0\0'), 'font/woff'],
    ['ttf', bytes(0, 1, 0, 0, 0, 12, 0, 128), 'font/ttf'],
    ['otf', concat(ascii('OTTO'), bytes(0, 10)), 'font/otf'],
    ['pdf', ascii('%PDF-1.7\n'), 'application/pdf'],
    ['zip', bytes(0x50, 0x4b, 3, 4, 20, 0), 'application/zip'],
    ['exe', concat(ascii('MZ'), bytes(0x90, 0, 3, 0)), 'application/x-msdownload'],
    ['elf', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1), 'application/x-elf'],
    ['mach-o', bytes(0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1), 'application/x-mach-binary'],
    ['wasm', bytes(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0), 'application/wasm'],
    ['mpeg-ts (HLS segment)', tsPackets(3), 'video/mp2t'],
  ])('recognises %s', (_name, head, type) => {
    expect(sniffType(head)).toBe(type);
  });

  it.each([
    ['Markdown', '# Title\n\nText.'],
    ['text that starts like a signature', 'MZB bank notes\n'],
    ['a text starting with "true"', 'true stories of phishing'],
    ['a text that mentions ftyp', 'abcdftypisom and more'],
    ['"ID3" in prose', 'ID3 tags explained'],
    ['"BM" in prose', 'BMW drivers, beware'],
  ])('finds no signature in %s', (_name, content) => {
    expect(sniffType(text(content))).toBeNull();
  });

  it('takes a text opening with "G" for no transport stream: every packet start must hold the sync byte', () => {
    const broken = tsPackets(3);
    broken[188] = 0x48;
    expect(sniffType(broken)).toBeNull();
    expect(sniffType(text(`Good practice ${'x'.repeat(400)}`))).toBeNull();
    expect(sniffType(tsPackets(1))).toBeNull();
  });

  it('distinguishes an audio-only MP4 brand from video', () => {
    expect(sniffType(concat(be32(20), ascii('ftypM4A '), zeros(4), ascii('isom'), box('free')))).toBe('audio/mp4');
  });
});

describe('textType', () => {
  it.each([
    ['a.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nHi', 'text/vtt'],
    ['a.vtt', '\uFEFF WEBVTT - title\n', 'text/vtt'],
    ['a.m3u8', '#EXTM3U\n#EXT-X-VERSION:3\n', 'application/vnd.apple.mpegurl'],
    ['a.md', '# 标题\n\n正文，*强调*。', 'text/plain'],
    ['a.md', 'Use `<script>` tags with care; never paste `<iframe>` codes.\n```html\n<script>x</script>\n```', 'text/plain'],
    ['a.css', '/* Pages run inside <iframe sandbox> */\nbody { color: red }', 'text/plain'],
    ['a.js', '/* builds <script> tags */ export const x = 1;', 'text/plain'],
    ['a.json', '{"a": [1, 2]}', 'application/json'],
    ['a.md', '[not json', 'text/plain'],
    [
      'a.svg',
      '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg xmlns="…"/>',
      'image/svg+xml',
    ],
    ['a.svg', '<!-- by hand -->\n<svg:svg xmlns:svg="http://www.w3.org/2000/svg"/>', 'image/svg+xml'],
    ['a.html', '<!doctype html><title>x</title>', 'text/html'],
    ['a.md', '<html><body>hi', 'text/html'],
    ['a.md', '\n\n<!-- note -->\n<div>hi</div>', 'text/html'],
    ['a.md', `${'Some text. '.repeat(20)}<script src="x.js"></script>`, 'text/html'],
    ['a.css', 'body{}\n<iframe src="https://evil.example">', 'text/html'],
    ['a.svg', '<?xml version="1.0"?><html><body><svg/></body></html>', 'text/html'],
  ])('%s %j → %s', (path, content, type) => {
    expect(textType(text(content), path)).toBe(type);
  });

  it('refuses invalid UTF-8 and binary control characters', () => {
    expect(textType(bytes(0x61, 0xc3, 0x28), 'a.md')).toBeNull();
    expect(textType(text('abc\u0000def'), 'a.md')).toBeNull();
    expect(textType(text('tab\tform\ffeed\r\n'), 'a.txt')).toBe('text/plain');
  });

  it('tolerates a character cut at the end of a head, and unparsed JSON there', () => {
    const cut = text('正文').subarray(0, 5);
    expect(textType(cut, 'a.md')).toBeNull();
    expect(textType(cut, 'a.md', false)).toBe('text/plain');
    expect(textType(text('{"a": [1, 2'), 'a.json', false)).toBe('application/json');
    expect(textType(text('{"a": [1, 2'), 'a.json')).toBe('text/plain');
  });
});

describe('expected types', () => {
  it('names every type it expects', () => {
    for (const types of Object.values(EXPECTED_TYPES)) for (const t of types) expect(TYPE_NAMES[t]).toBeDefined();
  });

  it('covers every extension the manifest schema accepts for files', () => {
    for (const ext of ['mp4', 'webm', 'm3u8', 'png', 'jpg', 'jpeg', 'webp', 'svg', 'gif', 'avif', 'mp3', 'ogg', 'oga', 'm4a'])
      expect(checkExtension(`a.${ext}`)).toBeNull();
    for (const ext of ['aac', 'wav', 'opus', 'vtt', 'md', 'json', 'html', 'css', 'js', 'ts'])
      expect(checkExtension(`a.${ext}`)).toBeNull();
  });

  it('refuses other extensions by name', () => {
    expect(checkExtension('tools/setup.exe')).toMatch(/^files of type \.exe are not accepted/);
    expect(checkExtension('a.PHP')).toMatch(/\.php are not accepted/);
    expect(checkExtension('Makefile')).toMatch(/without an extension/);
    expect(checkExtension('.htaccess')).toMatch(/without an extension/);
  });

  it('says what was expected and what was found', () => {
    expect(checkType('media/a.mp4', 'text/html')).toBe('expected an MP4 video (.mp4), got an HTML page');
    expect(checkType('a.PNG', 'image/jpeg')).toBe('expected a PNG image (.png), got a JPEG image');
    expect(checkType('a.md', 'text/html')).toBe('expected plain text (.md), got an HTML page');
    expect(checkType('a.jpg', null)).toMatch(/^expected a JPEG image \(\.jpg\), got something else/);
    expect(checkType('a.png', 'application/x-msdownload')).toBe('expected a PNG image (.png), got a Windows program (EXE/DLL)');
    expect(checkType('a.css', 'text/plain')).toBeNull();
    expect(checkType('a.md', 'application/json')).toBeNull();
  });
});
