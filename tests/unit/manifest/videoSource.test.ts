import { describe, expect, it } from 'vitest';
import { urlIn } from '../../../src/manifest/localized';
import type { VideoSource } from '../../../src/manifest/model';
import { localizedUrlList, mapVideoUrls, videoKey, videoUrlList } from '../../../src/manifest/videoSource';

const video: VideoSource = {
  src: { zh: 'https://c/v.zh.mp4', en: 'https://c/v.en.mp4' },
  poster: 'https://c/v.jpg',
  captions: [{ lang: 'zh', kind: 'captions', src: 'https://c/v.zh.vtt' }],
  signLanguage: 'https://c/v.sign.mp4',
};

describe('a video with a cut per language', () => {
  it("plays the visitor's cut, else the other one", () => {
    expect(urlIn(video.src, 'en')).toBe('https://c/v.en.mp4');
    expect(urlIn({ zh: 'https://c/only.zh.mp4' }, 'en')).toBe('https://c/only.zh.mp4');
  });

  it('lists every file it may load, with the JSON path each came from', () => {
    expect(videoUrlList(video, 'media[0]')).toEqual([
      { url: 'https://c/v.zh.mp4', path: 'media[0].src.zh' },
      { url: 'https://c/v.en.mp4', path: 'media[0].src.en' },
      { url: 'https://c/v.jpg', path: 'media[0].poster' },
      { url: 'https://c/v.zh.vtt', path: 'media[0].captions[0].src' },
      { url: 'https://c/v.sign.mp4', path: 'media[0].signLanguage' },
    ]);
  });

  it('names one file for both languages once, by the path the manifest wrote', () => {
    expect(localizedUrlList({ zh: 'https://c/a.mp4', en: 'https://c/a.mp4' }, 'media[1].src')).toEqual([
      { url: 'https://c/a.mp4', path: 'media[1].src' },
    ]);
  });

  it('maps every URL (the studio preview of local files), the sign-language version too', () => {
    const mapped = mapVideoUrls(video, (u) => u.replace('https://c/', 'blob:'));
    expect(videoUrlList(mapped, 'm').map((u) => u.url)).toEqual([
      'blob:v.zh.mp4',
      'blob:v.en.mp4',
      'blob:v.jpg',
      'blob:v.zh.vtt',
      'blob:v.sign.mp4',
    ]);
    expect(videoKey(video)).toBe('https://c/v.zh.mp4');
  });
});
