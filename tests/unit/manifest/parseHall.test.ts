import { describe, expect, it } from 'vitest';
import { hall, messages, validHall } from './fixtures';
import { crossCheck } from '../../../src/manifest/loadHall';

describe('parseHall', () => {
  it('accepts a valid hall, resolves booth paths and the ambient loop against it', () => {
    const h = validHall();
    h.ambientAudio = '../audio/loop.mp3';
    const r = hall(h);
    expect(r.problems).toEqual([]);
    expect(r.value!.boothUrls).toEqual(['https://expo.example.cn/scenes/test/booths/acme.json']);
    expect(r.value!.ambientAudio).toBe('https://expo.example.cn/scenes/audio/loop.mp3');
    expect(r.value!.zones[0]).toMatchObject({ kind: 'theme', booths: ['acme-security'] });
    expect(r.value!.featured).toEqual([]);
  });

  it('checks zones: duplicate ids, a booth in two zones, theme days outside the week, colours', () => {
    const h = validHall();
    h.zones = [
      { id: 'campus', name: 'A', color: '#123456', booths: ['a', 'b'] },
      { id: 'campus', name: 'B', color: 'red', themeDay: '2026-10-01', booths: ['b'] },
    ];
    const r = hall(h);
    expect(r.value).toBeNull();
    // Every problem at once, so an exhibitor fixes a file in one pass.
    expect(messages(r)).toEqual([
      'hall.json: zones[1].color: expected a colour such as "#1d4ed8", got "red"',
      'hall.json: zones[1].id: duplicate zone id "campus", got "campus"',
      'hall.json: zones[1].themeDay: expected a date within the hall\'s dates 2026-09-14…2026-09-20, got "2026-10-01"',
      'hall.json: zones[1].booths[0]: booth "b" is already in zone "campus", got "b"',
    ]);
  });

  it('checks dates and the shape of allowed origins', () => {
    const h = validHall();
    h.dates = { start: '2026-09-20', end: '2026-09-14' };
    h.zones[0]!.themeDay = undefined as never;
    h.allowedOrigins = ['https://cdn.example.net/videos/'];
    expect(messages(hall(h))).toEqual([
      'hall.json: allowedOrigins[0]: expected an origin such as "https://media.example.org" (scheme and host, no path), got "https://cdn.example.net/videos/"',
      'hall.json: dates.end: expected a date on or after 2026-09-20, got "2026-09-14"',
    ]);
  });

  it('refuses booths from origins that are not allowed, keeping the others', () => {
    const h = validHall();
    h.booths = ['booths/a.json', 'https://cdn.example.net/b.json', 'https://evil.example/c.json'];
    const r = hall(h);
    expect(r.value!.boothUrls).toEqual(['https://expo.example.cn/scenes/test/booths/a.json', 'https://cdn.example.net/b.json']);
    expect(messages(r)).toEqual([
      'hall.json: booths[2]: origin https://evil.example is not on the hall\'s allowedOrigins list, got "https://evil.example/c.json"',
    ]);
  });

  it('refuses a hall with a javascript: booth path, naming it', () => {
    const h = validHall();
    h.booths = ['javascript:alert(1)//.json'];
    expect(messages(hall(h))).toEqual([
      'hall.json: booths[0]: expected an http(s) URL or a relative path, got "javascript:alert(1)//.json"',
    ]);
  });
});

describe('the guided tour a hall names', () => {
  it('keeps its stops and their lines, and refuses a bad stop with its path', () => {
    const h = validHall();
    h.tour = { stops: [{ booth: 'acme-security', narration: 'Start here' }, { booth: 'other-booth' }] };
    expect(hall(h).value!.tour).toEqual({
      stops: [{ booth: 'acme-security', narration: { zh: 'Start here', en: 'Start here' } }, { booth: 'other-booth' }],
    });
    h.tour = { stops: [{ booth: 'Not A Slug' }] };
    expect(messages(hall(h))[0]).toMatch(/^hall\.json: tour\.stops\[0\]\.booth: expected a slug/);
  });

  it('warns about a stop whose booth did not load, as for featured booths', () => {
    const h = hall({ ...validHall(), tour: { stops: [{ booth: 'acme-security' }, { booth: 'nobody' }] } }).value!;
    expect(crossCheck(h, [], 'hall.json').filter((p) => p.path.startsWith('tour'))).toEqual([
      { file: 'hall.json', path: 'tour.stops[0].booth', message: 'no loaded booth has id "acme-security"', severity: 'warning' },
      { file: 'hall.json', path: 'tour.stops[1].booth', message: 'no loaded booth has id "nobody"', severity: 'warning' },
    ]);
  });
});
