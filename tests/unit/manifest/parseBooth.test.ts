import { describe, expect, it } from 'vitest';
import { booth, BOOTH_URL, FILE, messages, validBooth } from './fixtures';

describe('parseBooth: valid', () => {
  it('accepts every media type and resolves paths against the manifest', () => {
    const r = booth(validBooth());
    expect(r.problems).toEqual([]);
    const b = r.value!;
    expect(b.url).toBe(BOOTH_URL);
    expect(b.exhibitor.logo).toBe('https://expo.example.cn/scenes/test/logos/acme.svg');
    expect(b.template).toBe('classic');
    expect(b.tags).toEqual([]);
    expect(b.media.map((m) => m.type)).toEqual(['video', 'h5', 'caseStudy', 'image', 'audio', 'link']);
    const [video, h5, cs, image, audio, link] = b.media;
    expect(video).toMatchObject({
      src: { zh: 'https://expo.example.cn/scenes/test/media/a.mp4', en: 'https://expo.example.cn/scenes/test/media/a.mp4' },
      poster: 'https://expo.example.cn/scenes/test/media/a.jpg',
      captions: [{ lang: 'zh', src: 'https://expo.example.cn/scenes/test/media/a.zh.vtt' }],
      title: { zh: '视频', en: '视频' },
    });
    expect(h5).toMatchObject({ orientation: 'any', title: { en: 'Quiz' } });
    expect(cs).toMatchObject({
      bodySrc: {
        zh: 'https://expo.example.cn/scenes/test/cases/a.zh.md',
        en: 'https://expo.example.cn/scenes/test/cases/a.en.md',
      },
      images: [{ src: 'https://expo.example.cn/scenes/test/img/a.png' }],
    });
    expect(image).toMatchObject({ src: 'https://expo.example.cn/scenes/test/img/b.webp', alt: { zh: '图' } });
    expect(audio).toMatchObject({
      src: { zh: 'https://expo.example.cn/scenes/test/media/g.mp3', en: 'https://expo.example.cn/scenes/test/media/g.mp3' },
    });
    expect(link).toMatchObject({ href: 'https://acme.example.org/' });
  });

  it('resolves a cut per language and a sign-language version; a bad sign-language file is located', () => {
    const b = validBooth();
    b.media = [
      { type: 'video', title: 'V', src: { zh: 'v/a.zh.mp4', en: 'v/a.en.mp4' }, signLanguage: 'v/a.sign.mp4' },
      { type: 'video', title: 'W', src: { en: 'v/b.en.mp4' }, signLanguage: 'javascript:alert(1)' },
    ];
    const r = booth(b);
    expect(r.value!.media[0]).toMatchObject({
      src: {
        zh: 'https://expo.example.cn/scenes/test/booths/v/a.zh.mp4',
        en: 'https://expo.example.cn/scenes/test/booths/v/a.en.mp4',
      },
      signLanguage: 'https://expo.example.cn/scenes/test/booths/v/a.sign.mp4',
    });
    expect(r.value!.media).toHaveLength(1);
    expect(messages(r)).toEqual([
      `${FILE}: media[1].signLanguage: expected an http(s) URL or a relative path, got "javascript:alert(1)"`,
    ]);
  });

  it('accepts an HLS stream, an inline Markdown body and a single bodySrc for both languages', () => {
    const b = validBooth();
    b.media = [
      { type: 'video', title: 'Live', src: 'media/live.m3u8' },
      { type: 'caseStudy', title: 'T', date: '2024-02-29', summary: 'S', body: { en: '# Hi' } },
      { type: 'caseStudy', title: 'T', date: '2024-03-01', summary: 'S', bodySrc: 'cases/one.md' },
      { type: 'audio', title: 'Guide', src: { zh: 'a/guide.zh.mp3', en: 'a/guide.en.mp3' } },
    ];
    const r = booth(b);
    expect(r.problems).toEqual([]);
    expect(r.value!.media[3]).toMatchObject({
      src: {
        zh: 'https://expo.example.cn/scenes/test/booths/a/guide.zh.mp3',
        en: 'https://expo.example.cn/scenes/test/booths/a/guide.en.mp3',
      },
    });
    expect(r.value!.media[2]).toMatchObject({
      bodySrc: {
        zh: 'https://expo.example.cn/scenes/test/booths/cases/one.md',
        en: 'https://expo.example.cn/scenes/test/booths/cases/one.md',
      },
    });
  });
});

describe('parseBooth: invalid media items are dropped, with their exact location', () => {
  const cases: [string, unknown, string][] = [
    [
      'video without src',
      { type: 'video', title: 'V' },
      'media[0].src: expected a video file path, or {"zh": "…", "en": "…"} with one per language, got nothing',
    ],
    [
      'video with a per-language cut of the wrong kind',
      { type: 'video', title: 'V', src: { zh: 'v.zh.mp4', en: 'v.en.mov' } },
      'media[0].src.en: expected a video file (.mp4, .webm, .m3u8), got "v.en.mov"',
    ],
    [
      'video with an empty per-language object',
      { type: 'video', title: 'V', src: {} },
      'media[0].src: expected at least one of "zh" and "en", got an object',
    ],
    [
      'video whose sign-language version is not a video',
      { type: 'video', title: 'V', src: 'v.mp4', signLanguage: 'v.sign.gif' },
      'media[0].signLanguage: expected a video file (.mp4, .webm, .m3u8), got "v.sign.gif"',
    ],
    [
      'video of the wrong kind',
      { type: 'video', title: 'V', src: 'a.avi' },
      'media[0].src: expected a video file (.mp4, .webm, .m3u8), got "a.avi"',
    ],
    [
      'video with javascript: src',
      { type: 'video', title: 'V', src: 'javascript:alert(1)' },
      'media[0].src: expected an http(s) URL or a relative path, got "javascript:alert(1)"',
    ],
    [
      'captions that are not WebVTT',
      { type: 'video', title: 'V', src: 'a.mp4', captions: [{ lang: 'zh', src: 'a.srt' }] },
      'media[0].captions[0].src: expected a captions file (.vtt), got "a.srt"',
    ],
    [
      'captions in an unknown language',
      { type: 'video', title: 'V', src: 'a.mp4', captions: [{ lang: 'fr', src: 'a.vtt' }] },
      'media[0].captions[0].lang: expected "zh" or "en", got "fr"',
    ],
    [
      'h5 with data: URL',
      { type: 'h5', title: 'H', src: 'data:text/html,<script>1</script>' },
      'media[0].src: expected an http(s) URL or a relative path, got "data:text/html,<script>1</script>"',
    ],
    [
      'h5 with a bad orientation',
      { type: 'h5', title: 'H', src: 'a.html', orientation: 'diagonal' },
      'media[0].orientation: expected "portrait" or "landscape" or "any", got "diagonal"',
    ],
    [
      'case study with both body and bodySrc',
      { type: 'caseStudy', title: 'C', date: '2025-01-01', summary: 'S', body: 'x', bodySrc: 'a.md' },
      'media[0]: expected exactly one of "body" (Markdown text) and "bodySrc" (Markdown file), got an object',
    ],
    [
      'case study with an impossible date',
      { type: 'caseStudy', title: 'C', date: '2025-02-30', summary: 'S', body: 'x' },
      'media[0].date: expected a real calendar date, got "2025-02-30"',
    ],
    [
      'image without alt',
      { type: 'image', src: 'a.png' },
      'media[0].alt: expected a text, or an object {"zh": "…", "en": "…"} with at least one of them, got nothing',
    ],
    [
      'image with empty alt object',
      { type: 'image', src: 'a.png', alt: {} },
      'media[0].alt: expected at least one of "zh" and "en", got an object',
    ],
    [
      'alt in an unknown language',
      { type: 'image', src: 'a.png', alt: { zh: '图', fr: 'image' } },
      'media[0].alt: unknown key "fr" (check the spelling)',
    ],
    [
      'audio that is a video',
      { type: 'audio', title: 'A', src: 'a.mp4' },
      'media[0].src: expected an audio file (.mp3, .ogg, .oga, .m4a, .aac, .wav, .webm, .opus), got "a.mp4"',
    ],
    [
      'audio with a per-language file of the wrong kind',
      { type: 'audio', title: 'A', src: { zh: 'a.zh.mp3', en: 'a.en.txt' } },
      'media[0].src.en: expected an audio file (.mp3, .ogg, .oga, .m4a, .aac, .wav, .webm, .opus), got "a.en.txt"',
    ],
    [
      'link to a relative path',
      { type: 'link', label: 'L', href: '/about' },
      'media[0].href: expected an absolute http(s) URL, got "/about"',
    ],
    [
      'link with javascript:',
      { type: 'link', label: 'L', href: 'javascript:alert(1)' },
      'media[0].href: expected an absolute http(s) URL, got "javascript:alert(1)"',
    ],
    [
      'link with credentials',
      { type: 'link', label: 'L', href: 'https://user:pw@evil.example/' },
      'media[0].href: expected an absolute http(s) URL, got "https://user:pw@evil.example/"',
    ],
    [
      'unknown media type',
      { type: 'hologram', src: 'a' },
      'media[0].type: expected one of "video", "h5", "caseStudy", "image", "audio", "link", "panorama", "model", got "hologram"',
    ],
    [
      'misspelt key',
      { type: 'image', src: 'a.png', alt: 'A', captoin: 'x' },
      'media[0]: unknown key "captoin" (check the spelling)',
    ],
  ];
  it.each(cases)('%s', (_name, item, expected) => {
    const b = validBooth();
    b.media = [item as never, { type: 'link', label: 'ok', href: 'https://ok.example/' }];
    const r = booth(b);
    expect(r.value).not.toBeNull();
    expect(r.value!.media.map((m) => m.type)).toEqual(['link']);
    expect(messages(r)).toContain(`${FILE}: ${expected}`);
  });
});

describe('parseBooth: invalid core fields refuse the booth', () => {
  it('names the path of a bad id, colour and size', () => {
    const b = validBooth();
    b.id = 'Acme Security!';
    b.booth = { size: 'XL', colors: { primary: 'blue', accent: '#ffaa00' } } as never;
    const r = booth(b);
    expect(r.value).toBeNull();
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        `${FILE}: id: expected a slug: lowercase letters, digits and "-", e.g. "qingyun-security", got "Acme Security!"`,
        `${FILE}: booth.size: expected "S" or "M" or "L", got "XL"`,
        `${FILE}: booth.colors.primary: expected a colour such as "#1d4ed8", got "blue"`,
      ]),
    );
  });

  it('refuses a missing exhibitor name and a wrong schemaVersion', () => {
    const b = validBooth();
    delete (b.exhibitor as Record<string, unknown>).name;
    b.schemaVersion = 2 as never;
    const r = booth(b);
    expect(r.value).toBeNull();
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        `${FILE}: exhibitor.name: expected a text, or an object {"zh": "…", "en": "…"} with at least one of them, got nothing`,
        `${FILE}: schemaVersion: expected 1, got number 2`,
      ]),
    );
  });

  it('refuses a javascript: logo and a non-http website', () => {
    const b = validBooth();
    b.exhibitor.logo = 'javascript:alert(1)';
    b.exhibitor.website = 'ftp://files.example/';
    const r = booth(b);
    expect(r.value).toBeNull();
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        `${FILE}: exhibitor.logo: expected an http(s) URL or a relative path, got "javascript:alert(1)"`,
        `${FILE}: exhibitor.website: expected an absolute http(s) URL, got "ftp://files.example/"`,
      ]),
    );
  });

  it('says when the file is not JSON, or not an object', () => {
    expect(messages(booth('just a string'))[0]).toBe(`${FILE}: : expected object, got "just a string"`);
  });
});
