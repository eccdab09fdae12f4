import type { Hall } from '../../../src/manifest/model';
import type { Programme, Session } from '../../../src/manifest/programme';

export const hall: Hall = {
  url: 'http://x/hall.json',
  id: 'week',
  title: { zh: '周', en: 'Week' },
  welcome: { zh: 'w' },
  dates: { start: '2026-09-14', end: '2026-09-20' },
  timeZone: 'Asia/Shanghai',
  zones: [
    { id: 'main-stage', kind: 'stage', name: { en: 'Forum' }, themeDay: '2026-09-14', color: '#be123c', booths: [] },
    { id: 'campus', kind: 'theme', name: { en: 'Campus Day' }, themeDay: '2026-09-15', color: '#2563eb', booths: [] },
    { id: 'telecom', kind: 'theme', name: { en: 'Telecom Day' }, themeDay: '2026-09-16', color: '#0891b2', booths: [] },
    { id: 'general', kind: 'general', name: { en: 'More' }, color: '#334155', booths: [] },
  ],
  featured: [],
  boothUrls: [],
  allowedOrigins: [],
};

/** A session from local Beijing times: `at('2026-09-16T19:30', 60)`. */
export function session(id: string, where: string, start: string, minutes: number): Session {
  const s = Date.parse(`${start}:00+08:00`);
  return { id, title: { en: id }, speakers: [], start: s, end: s + minutes * 60_000, where };
}

export const programme = (over: Partial<Programme> = {}): Programme => ({
  url: 'http://x/programme.json',
  hall: 'week',
  days: [],
  sessions: [],
  contests: [],
  classes: [],
  ...over,
});

/** Epoch ms of a Beijing local time. */
export const bj = (local: string) => Date.parse(`${local}+08:00`);
