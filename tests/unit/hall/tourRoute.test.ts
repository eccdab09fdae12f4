import { describe, expect, it } from 'vitest';
import { firstSentence, narrationFor, nearestNeighbourOrder, tourRoute } from '../../../src/hall/tourRoute';
import type { Booth, Hall, Zone } from '../../../src/manifest';

const booth = (id: string, exhibitor: Partial<Booth['exhibitor']> = {}): Booth => ({
  url: `https://x.test/${id}.json`,
  id,
  exhibitor: {
    name: { zh: id, en: id },
    description: { zh: `${id}。更多`, en: `${id} booth. More.` },
    logo: 'https://x.test/l.png',
    ...exhibitor,
  },
  size: 'S',
  template: 'classic',
  colors: { primary: '#000000', accent: '#ffffff' },
  tags: [],
  media: [],
});
const zone = (id: string, booths: string[], themeDay?: string): Zone => ({
  id,
  name: { en: id },
  kind: 'theme',
  color: '#000000',
  booths,
  ...(themeDay ? { themeDay } : {}),
});

/** Booths on a line going north from the entrance at z = 0: booth k stands at z = -position. */
function input(hall: Pick<Hall, 'zones' | 'featured' | 'tour'>, positions: Record<string, number>, today = '2026-09-15') {
  const ids = Object.keys(positions);
  return {
    hall,
    booths: ids.map((id) => booth(id)),
    fronts: new Map(ids.map((id) => [id, { front: { x: 0, z: -positions[id]! } }])),
    entrance: { x: 0, z: 0 },
    today,
  };
}
const ids = (stops: { boothId: string }[]) => stops.map((s) => s.boothId);

describe('tourRoute', () => {
  const zones = [zone('a', ['a1', 'a2'], '2026-09-14'), zone('b', ['b1', 'b2'], '2026-09-15'), zone('c', ['c1'])];
  const pos = { a1: 5, a2: 6, b1: 30, b2: 20, c1: 10 };

  it("takes the manifest's route in the curator's order with their lines, dropping booths that did not load", () => {
    const stops = tourRoute(
      input(
        {
          zones,
          featured: ['a1'],
          tour: { stops: [{ booth: 'b1', narration: { en: 'Look here' } }, { booth: 'gone' }, { booth: 'a1' }, { booth: 'b1' }] },
        },
        pos,
      ),
    );
    expect(ids(stops)).toEqual(['b1', 'a1']);
    expect(stops[0]!.narration).toEqual({ en: 'Look here' });
    expect(stops[1]!.narration).toEqual({ zh: 'a1。', en: 'a1 booth.' });
  });

  it("otherwise the featured booths and today's theme-day zone, ordered for a short walk from the entrance", () => {
    const stops = tourRoute(input({ zones, featured: ['c1', 'missing', 'b2'] }, pos, '2026-09-15'));
    expect(ids(stops)).toEqual(['c1', 'b2', 'b1']);
    // Another day, another zone.
    expect(ids(tourRoute(input({ zones, featured: ['c1'] }, pos, '2026-09-14')))).toEqual(['a1', 'a2', 'c1']);
  });

  it('falls back to the first loaded booth of each zone when nothing is featured or themed today', () => {
    const stops = tourRoute(
      input(
        { zones: [zone('a', ['gone', 'a2']), zone('b', ['b1', 'b2']), zone('e', [])], featured: ['gone'] },
        pos,
        '2026-01-01',
      ),
    );
    expect(ids(stops)).toEqual(['a2', 'b1']);
  });

  it('caps a computed route, is empty for an empty hall, and is deterministic', () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, 20 - i]));
    const hall = { zones: [zone('z', Object.keys(many))], featured: Object.keys(many) };
    const a = tourRoute(input(hall, many));
    expect(ids(a)).toEqual(Array.from({ length: 12 }, (_, i) => `f${19 - i}`));
    expect(tourRoute(input(hall, many))).toEqual(a);
    expect(tourRoute(input({ zones: [zone('z', [])], featured: [] }, {}))).toEqual([]);
  });
});

describe('nearestNeighbourOrder', () => {
  it('always goes to the closest unvisited point, ties in input order', () => {
    const pts = [
      { id: 'far', at: { x: 10, z: 0 } },
      { id: 'near', at: { x: 1, z: 0 } },
      { id: 'back', at: { x: -2, z: 0 } },
      { id: 'tieA', at: { x: 0, z: 3 } },
      { id: 'tieB', at: { x: 0, z: -3 } },
    ];
    expect(nearestNeighbourOrder(pts, { x: 0, z: 0 })).toEqual(['near', 'back', 'tieA', 'tieB', 'far']);
  });
});

describe('narration', () => {
  it('prefers the given line, then the tagline, then the first sentence of the description', () => {
    const b = booth('x', { tagline: { en: 'Tag' } });
    expect(narrationFor(b, { zh: '线' })).toEqual({ zh: '线' });
    expect(narrationFor(b)).toEqual({ en: 'Tag' });
    expect(narrationFor(booth('y', { description: { en: 'Only English. Second.' } }))).toEqual({ en: 'Only English.' });
  });

  it('cuts at the first sentence in either script, and to 120 characters', () => {
    expect(firstSentence('欢迎来到展馆！这里有很多。')).toBe('欢迎来到展馆！');
    expect(firstSentence('Version 2.5 is out. Try it')).toBe('Version 2.5 is out.');
    expect(firstSentence('  no stop at all  ')).toBe('no stop at all');
    const long = firstSentence('a'.repeat(300));
    expect([...long]).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });
});
