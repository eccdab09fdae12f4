import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boothAdvice, totalSizeWarn } from '../../../src/manifest/advice';
import { bytesSource, type FileReport, inspectFile } from '../../../src/manifest/files';
import { FILE, validBooth } from './fixtures';

const ctx = { file: FILE, allowedOrigins: ['https://cdn.example.net'], appOrigin: 'https://expo.example.cn' };
type Media = Record<string, unknown>[];

function boothWith(media: Media) {
  return { ...validBooth(), media };
}

const at = (problems: ReturnType<typeof boothAdvice>) => problems.map((p) => p.path);

describe('boothAdvice', () => {
  it('has nothing to say about a well-made booth', () => {
    const booth = validBooth();
    // The shared fixture's alt texts are placeholders ("alt", "图"): exactly what the advice is for.
    expect(at(boothAdvice(booth, ctx))).toEqual(['media[2].images[0].alt.en', 'media[3].alt.zh']);
    const [video, h5, caseStudy, , audio, link] = booth.media ?? [];
    const media = [
      video,
      h5,
      { ...caseStudy, images: [{ src: '../img/a.png', alt: { en: 'A phone screen with a fake bank text' } }] },
      { type: 'image', src: '../img/b.webp', alt: { zh: '展位全景' } },
      audio,
      link,
    ];
    expect(boothAdvice({ ...booth, media }, ctx)).toEqual([]);
  });

  it('warns about a video without captions or poster, at their JSON paths, in plain words', () => {
    const media: Media = [
      { type: 'link', label: 'x', href: 'https://a.example/' },
      { type: 'h5', title: 'q', src: 'q/index.html' },
    ];
    media.push({ type: 'video', title: 'v', src: '../media/a.mp4' });
    const problems = boothAdvice(boothWith(media), ctx);
    expect(at(problems)).toEqual(['media[2].poster', 'media[2].captions']);
    expect(problems.every((p) => p.severity === 'warning' && p.file === FILE)).toBe(true);
    expect(problems[1]?.message).toMatch(/no captions: .*sound off.*add a WebVTT file/);
    expect(problems[0]?.message).toMatch(/no poster: .*add a poster image/);
    const empty = boothAdvice(boothWith([{ type: 'video', title: 'v', src: 'a.mp4', poster: 'a.jpg', captions: [] }]), ctx);
    expect(at(empty)).toEqual(['media[0].captions']);
  });

  it('warns about alt text that is blank, the file name, or a generic word', () => {
    const media: Media = [
      { type: 'image', src: '../img/IMG_2041.jpg', alt: 'IMG_2041' },
      { type: 'image', src: '../img/b.png', alt: { zh: '图片', en: 'A locked phone showing "No service"' } },
      { type: 'image', src: '../img/c.png', alt: '   ' },
      {
        type: 'caseStudy',
        title: 't',
        date: '2025-01-02',
        summary: 's',
        body: 'b',
        images: [
          { src: 'x/%E5%9B%BE.png', alt: { en: '图.png' } },
          { src: 'x/d.png', alt: 'Two cards side by side' },
        ],
      },
    ];
    const problems = boothAdvice(boothWith(media), ctx);
    expect(at(problems)).toEqual(['media[0].alt', 'media[1].alt.zh', 'media[2].alt', 'media[3].images[0].alt.en']);
    expect(problems[0]?.message).toMatch(/"IMG_2041" names the file, not the picture: .*screen reader/);
    expect(problems[2]?.message).toMatch(/alt text is empty/);
  });

  it('warns about audio without a transcript', () => {
    const problems = boothAdvice(boothWith([{ type: 'audio', title: 'g', src: { zh: 'g.zh.mp3' } }]), ctx);
    expect(at(problems)).toEqual(['media[0].transcript']);
    expect(problems[0]?.message).toMatch(/no transcript: deaf visitors/);
  });

  it('warns about absolute URLs whose origin the hall does not allow, and only those', () => {
    const media: Media = [
      { type: 'h5', title: 'q', src: 'https://games.example.org/quiz/' },
      { type: 'h5', title: 'q', src: 'https://cdn.example.net/quiz/' },
      { type: 'h5', title: 'q', src: 'https://expo.example.cn/h5/quiz/' },
      { type: 'link', label: 'site', href: 'https://elsewhere.example/' },
      {
        type: 'video',
        title: 'v',
        src: 'a.mp4',
        poster: 'HTTP://Posters.Example:8080/a.jpg',
        captions: [{ lang: 'en', src: 'https://subs.example/a.vtt' }],
      },
      { type: 'audio', title: 'a', src: { en: 'https://audio.example/a.mp3', zh: 'a.mp3' }, transcript: 't' },
    ];
    const booth = boothWith(media);
    booth.exhibitor = { ...booth.exhibitor, logo: 'https://logos.example/acme.svg' };
    const problems = boothAdvice(booth, ctx);
    expect(at(problems)).toEqual([
      'exhibitor.logo',
      'media[0].src',
      'media[4].poster',
      'media[4].captions[0].src',
      'media[5].src.en',
    ]);
    expect(problems[1]?.message).toMatch(
      /^https:\/\/games\.example\.org is not on the hall's list of allowed origins, so the pavilion will not load it/,
    );
    expect(problems[2]?.message).toMatch(/^http:\/\/posters\.example:8080 /);
    // Without the app origin, the pavilion's own absolute URLs are not known to be safe.
    expect(at(boothAdvice(boothWith(media.slice(2, 3)), { file: FILE, allowedOrigins: [] }))).toEqual(['media[0].src']);
  });

  it('ignores what is not a booth, and items that are not objects', () => {
    expect(boothAdvice(null, ctx)).toEqual([]);
    expect(boothAdvice({ media: [1, 'x', null, { type: 'nope' }] }, ctx)).toEqual([]);
  });

  describe('with the files', () => {
    const video = (path: string, size: number, width = 1280, height = 720): FileReport => ({
      path,
      size,
      type: 'video/mp4',
      width,
      height,
      videoCodecs: ['avc1.64001f'],
      audioCodecs: ['mp4a.40.2'],
      problems: [],
    });
    const booth = boothWith([
      {
        type: 'video',
        title: 'a',
        src: '../media/a.mp4',
        poster: '../media/a.jpg',
        captions: [{ lang: 'zh', src: '../media/a.vtt' }],
      },
      {
        type: 'video',
        title: 'b',
        src: './../media/b%20c.mp4',
        poster: '../media/a.jpg',
        captions: [{ lang: 'zh', src: '../media/a.vtt' }],
      },
    ]);

    it('warns at the referencing item about a video over 50 MB or over 1080p', () => {
      const files = [video('media/a.mp4', 80_000_000), video('media/b c.mp4', 9_000_000, 3840, 2160)];
      const problems = boothAdvice(booth, { ...ctx, files });
      expect(problems.map((p) => [p.path, p.message])).toEqual([
        ['media[0].src', expect.stringMatching(/^media\/a\.mp4 is 80 MB: visitors on phones .* under 50 MB/)],
        ['media[1].src', expect.stringMatching(/^media\/b c\.mp4 is 3840×2160, over 1080p/)],
      ]);
    });

    it('warns about a video file no item references, at the manifest as a whole', () => {
      const problems = boothAdvice(booth, { ...ctx, files: [video('media/extra.mp4', 60_000_000)] });
      expect(at(problems)).toEqual(['']);
    });

    it("warns when the booth's total download is over 150 MB", () => {
      const files = [
        video('media/a.mp4', 40_000_000),
        ...Array.from({ length: 43 }, (_, i) => video(`media/v${i}.mp4`, 4_000_000)),
      ];
      const problems = boothAdvice(booth, { ...ctx, files });
      expect(problems).toEqual([
        {
          file: FILE,
          path: '',
          message: expect.stringMatching(
            /^the booth's total download is 212 MB; visitors on phones pay for it: keep it under 150 MB/,
          ) as string,
          severity: 'warning',
        },
      ]);
      const image: FileReport = { path: 'img/a.png', size: totalSizeWarn, type: 'image/png', problems: [] };
      expect(boothAdvice(booth, { ...ctx, files: [image] })).toEqual([]);
    });
  });
});

describe('boothAdvice on the sample scene', () => {
  const root = join(__dirname, '../../../scenes/sample');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

  it('has no advice for the booths the project ships (their media is captioned, described and small)', async () => {
    const paths = walk(root).map((p) => relative(root, p).split('\\').join('/'));
    const files = await Promise.all(paths.map((p) => inspectFile(p, bytesSource(new Uint8Array(readFileSync(join(root, p)))))));
    const booths = paths.filter((p) => p.startsWith('booths/'));
    expect(booths.length).toBeGreaterThan(10);
    const advice = booths.flatMap((file) =>
      boothAdvice(JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown, { file, allowedOrigins: [], files }),
    );
    expect(advice).toEqual([]);
  });
});
