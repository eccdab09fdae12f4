import type { BoothManifestInput, HallManifestInput } from '../../../src/manifest/schema';
import { parseBooth, parseHall } from '../../../src/manifest/parse';

export const APP = 'https://expo.example.cn';
export const HALL_URL = `${APP}/scenes/test/hall.json`;
export const BOOTH_URL = `${APP}/scenes/test/booths/acme.json`;
export const FILE = 'booths/acme.json';

export function validBooth(): BoothManifestInput & Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'acme-security',
    exhibitor: {
      name: { zh: '艾克米安全', en: 'Acme Security' },
      description: { zh: '我们做安全。', en: 'We do security.' },
      logo: '../logos/acme.svg',
    },
    booth: { size: 'M', colors: { primary: '#112233', accent: '#ffaa00' } },
    media: [
      {
        type: 'video',
        title: '视频',
        src: '../media/a.mp4',
        poster: '../media/a.jpg',
        captions: [{ lang: 'zh', src: '../media/a.zh.vtt' }],
      },
      { type: 'h5', title: { en: 'Quiz' }, src: '../h5/quiz/index.html' },
      {
        type: 'caseStudy',
        title: { zh: '案例' },
        date: '2025-01-02',
        summary: 'S',
        bodySrc: { zh: '../cases/a.zh.md', en: '../cases/a.en.md' },
        images: [{ src: '../img/a.png', alt: { en: 'alt' } }],
      },
      { type: 'image', src: '../img/b.webp', alt: { zh: '图' } },
      { type: 'audio', title: 'Guide', src: '../media/g.mp3', transcript: { zh: '你好' } },
      { type: 'link', label: 'Site', href: 'https://acme.example.org/' },
    ],
  };
}

export function validHall(): HallManifestInput & Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'test-hall',
    title: { zh: '测试展馆', en: 'Test hall' },
    welcome: 'Welcome',
    dates: { start: '2026-09-14', end: '2026-09-20' },
    zones: [{ id: 'campus', name: { zh: '校园日' }, themeDay: '2026-09-15', color: '#2563eb', booths: ['acme-security'] }],
    booths: ['booths/acme.json'],
    allowedOrigins: ['https://cdn.example.net'],
  };
}

export function booth(value: unknown, policy = { appOrigin: APP, allowedOrigins: [] as string[] }) {
  return parseBooth({ text: JSON.stringify(value), file: FILE, url: BOOTH_URL }, policy);
}
export function hall(value: unknown) {
  return parseHall({ text: JSON.stringify(value), file: 'hall.json', url: HALL_URL }, { appOrigin: APP, allowedOrigins: [] });
}
export function messages(r: { problems: { path: string; message: string; file: string }[] }): string[] {
  return r.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
}
