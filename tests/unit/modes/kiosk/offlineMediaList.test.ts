import { describe, expect, it } from 'vitest';
import type { Programme } from '../../../../src/manifest/programme';
import type { Booth, Hall, LoadedHall } from '../../../../src/manifest';
import { hallDocuments, offlineMediaList } from '../../../../src/modes/kiosk/offlineMediaList';

const C = 'https://content.example.cn';

function booth(id: string): Booth {
  return {
    url: `${C}/live/s/${id}/booth.json`,
    id,
    exhibitor: { name: { zh: id }, description: { zh: id }, logo: `${C}/${id}/logo.svg` },
    size: 'M',
    template: 'classic',
    colors: { primary: '#112233', accent: '#ffaa00' },
    tags: [],
    media: [
      {
        type: 'video',
        title: { zh: 'v' },
        src: { zh: `${C}/${id}/v.mp4`, en: `${C}/${id}/v.mp4` },
        poster: `${C}/${id}/v.jpg`,
        captions: [{ lang: 'zh', kind: 'captions', src: `${C}/${id}/v.vtt` }],
      },
      { type: 'h5', title: { zh: 'h' }, src: `${C}/${id}/h5/index.html`, orientation: 'any' },
      { type: 'image', src: `${C}/${id}/i.png`, alt: { zh: 'i' } },
      {
        type: 'caseStudy',
        title: { zh: 'c' },
        date: '2026-01-01',
        summary: { zh: 's' },
        bodySrc: { zh: `${C}/${id}/c.zh.md`, en: `${C}/${id}/c.en.md` },
        images: [{ src: `${C}/${id}/c.png`, alt: { zh: 'c' } }],
      },
      { type: 'audio', title: { zh: 'a' }, src: { zh: `${C}/${id}/a.mp3`, en: `${C}/${id}/a.mp3` } },
      { type: 'link', label: { zh: 'l' }, href: 'https://elsewhere.example.org/' },
    ],
  };
}

function loaded(ids: string[], featured: string[], hallUrl = 'https://expo.example.cn/live/hall.bundle.json'): LoadedHall {
  const hall = {
    url: hallUrl,
    id: 'h',
    title: { zh: 'h' },
    welcome: { zh: 'w' },
    dates: { start: '2026-09-14', end: '2026-09-20' },
    timeZone: 'Asia/Shanghai',
    zones: [],
    featured,
    ambientAudio: `${C}/live/h/ambient.mp3`,
    boothUrls: ids.map((id) => `${C}/live/s/${id}/booth.json`),
    allowedOrigins: [C],
  } satisfies Hall;
  return { hall, booths: ids.map(booth), failedBooths: [], problems: [] };
}

describe('offlineMediaList', () => {
  it('puts featured booths first, and every booth\u2019s light files before any video or audio', () => {
    const list = offlineMediaList(loaded(['a', 'b'], ['b']));
    const light = (id: string) =>
      ['logo.svg', 'v.jpg', 'v.vtt', 'i.png', 'c.zh.md', 'c.en.md', 'c.png'].map((f) => `${C}/${id}/${f}`);
    expect(list).toEqual([
      ...light('b'),
      ...light('a'),
      `${C}/b/v.mp4`,
      `${C}/b/a.mp3`,
      `${C}/a/v.mp4`,
      `${C}/a/a.mp3`,
      `${C}/live/h/ambient.mp3`,
    ]);
  });

  it('leaves out H5 pages (no worker serves a sandboxed frame), links and duplicates', () => {
    const list = offlineMediaList(loaded(['a'], []));
    expect(list.some((u) => u.includes('h5/') || u.includes('elsewhere'))).toBe(false);
    expect(new Set(list).size).toBe(list.length);
  });

  it("adds the programme's posters, captions and pictures after the booths' light files, its replays and class videos after theirs, never a live stream", () => {
    const programme: Programme = {
      url: `${C}/live/h/programme.json`,
      hall: 'h',
      days: [],
      sessions: [
        {
          id: 's',
          title: { en: 's' },
          speakers: [],
          start: 0,
          end: 1,
          where: 'stage',
          stream: `${C}/live/h/live/index.m3u8`,
          poster: `${C}/live/h/s.jpg`,
          replay: {
            src: { zh: `${C}/a/v.mp4`, en: `${C}/a/v.mp4` },
            captions: [{ lang: 'zh', kind: 'captions', src: `${C}/live/h/s.zh.vtt` }],
          },
        },
      ],
      contests: [],
      classes: [
        {
          id: 'office',
          title: { en: 'o' },
          scenario: ['office'],
          audience: ['staff'],
          items: [
            {
              type: 'video',
              id: 'v',
              title: { en: 'v' },
              src: { zh: `${C}/live/h/class.mp4`, en: `${C}/live/h/class.mp4` },
              captions: [],
            },
            {
              type: 'article',
              id: 'r',
              title: { en: 'r' },
              body: { en: 'b' },
              image: { src: `${C}/live/h/r.png`, alt: { en: 'r' } },
            },
          ],
        },
      ],
    };
    const list = offlineMediaList(loaded(['a'], []), programme);
    const without = offlineMediaList(loaded(['a'], []));
    expect(list.filter((u) => !without.includes(u))).toEqual([
      `${C}/live/h/s.jpg`,
      `${C}/live/h/s.zh.vtt`,
      `${C}/live/h/r.png`,
      `${C}/live/h/class.mp4`,
    ]);
    // The replay is a booth's video too: listed once, where the booth's heavy files are.
    expect(list.filter((u) => u === `${C}/a/v.mp4`)).toHaveLength(1);
    expect(list.indexOf(`${C}/live/h/r.png`)).toBeLessThan(list.indexOf(`${C}/a/v.mp4`));
    expect(list.some((u) => u.endsWith('.m3u8'))).toBe(false);
  });

  it('is stable for one hall', () => {
    expect(offlineMediaList(loaded(['a', 'b', 'c'], ['c']))).toEqual(offlineMediaList(loaded(['a', 'b', 'c'], ['c'])));
  });
});

describe('hallDocuments', () => {
  it('is the bundle alone for a bundle, else the manifest, its bundle and each booth\u2019s manifest', () => {
    expect(hallDocuments('https://expo.example.cn/live/hall.bundle.json', loaded(['a'], []))).toEqual([
      'https://expo.example.cn/live/hall.bundle.json',
    ]);
    expect(hallDocuments('https://expo.example.cn/h/hall.json', loaded(['a'], []))).toEqual([
      'https://expo.example.cn/h/hall.json',
      'https://expo.example.cn/h/hall.bundle.json',
      `${C}/live/s/a/booth.json`,
    ]);
    const withProgramme = loaded(['a'], []);
    withProgramme.hall.programmeUrl = 'https://expo.example.cn/h/programme.json';
    expect(hallDocuments('https://expo.example.cn/live/hall.bundle.json', withProgramme)).toEqual([
      'https://expo.example.cn/live/hall.bundle.json',
      'https://expo.example.cn/h/programme.json',
    ]);
  });
});
