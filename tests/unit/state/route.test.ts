import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/state/route';

describe('hash routes', () => {
  it.each([
    ['#/booth/acme-security', { kind: 'booth', id: 'acme-security' }],
    ['#/at/acme-security/', { kind: 'at', id: 'acme-security' }],
    ['', { kind: 'hall' }],
    ['#/', { kind: 'hall' }],
    ['#/booth/', { kind: 'hall' }],
    ['#/booth/Acme', { kind: 'hall' }],
    ['#/booth/%3Cscript%3E', { kind: 'hall' }],
    ['#/booth/%E0%A4%A', { kind: 'hall' }],
    ['#/booth/a/b', { kind: 'hall' }],
    ['#/visit/acme', { kind: 'visit', ids: ['acme'] }],
    ['#/visit/a,b-2,a/', { kind: 'visit', ids: ['a', 'b-2'] }],
    ['#/visit/a%2Cb', { kind: 'visit', ids: ['a', 'b'] }],
    ['#/visit/a,Bad,%3Cx%3E,,b', { kind: 'visit', ids: ['a', 'b'] }],
    ['#/visit/a,b?stamps=later', { kind: 'visit', ids: ['a', 'b'] }],
    ['#/visit/', { kind: 'hall' }],
    ['#/visit/,,', { kind: 'hall' }],
    ['#/visit/Bad', { kind: 'hall' }],
    ['#/visit/%E0%A4%A', { kind: 'hall' }],
    ['#/visit/a/b', { kind: 'hall' }],
    ['#/programme', { kind: 'sheet', sheet: { kind: 'programme' } }],
    ['#/programme/x', { kind: 'hall' }],
    ['#/contest/telecom-day', { kind: 'sheet', sheet: { kind: 'contest', id: 'telecom-day' } }],
    ['#/contest', { kind: 'hall' }],
    ['#/contest/<x>', { kind: 'hall' }],
    ['#/passport', { kind: 'sheet', sheet: { kind: 'passport' } }],
    ['#/passport/AbC-9_xyz', { kind: 'sheet', sheet: { kind: 'passport', code: 'AbC-9_xyz' } }],
    ['#/passport/no!', { kind: 'sheet', sheet: { kind: 'passport' } }],
    ['#/stage', { kind: 'sheet', sheet: { kind: 'stage' } }],
    ['#/stage/opening-keynote', { kind: 'sheet', sheet: { kind: 'stage', id: 'opening-keynote' } }],
    ['#/stage/Bad', { kind: 'sheet', sheet: { kind: 'stage' } }],
    ['#/classes/office', { kind: 'sheet', sheet: { kind: 'classes', id: 'office' } }],
    ['#/classes/%E0%A4%A', { kind: 'hall' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
  it('round-trips', () => {
    expect(parseRoute(routeHash({ kind: 'booth', id: 'x-1' }))).toEqual({ kind: 'booth', id: 'x-1' });
    expect(routeHash({ kind: 'hall' })).toBe('#/');
    expect(parseRoute(routeHash({ kind: 'visit', ids: ['a', 'b-1'] }))).toEqual({ kind: 'visit', ids: ['a', 'b-1'] });
    for (const sheet of [
      { kind: 'programme' },
      { kind: 'contest', id: 'c-1' },
      { kind: 'passport' },
      { kind: 'passport', code: 'Zm9v' },
      { kind: 'stage' },
      { kind: 'stage', id: 's-1' },
      { kind: 'classes', id: 'office' },
    ] as const)
      expect(parseRoute(routeHash({ kind: 'sheet', sheet }))).toEqual({ kind: 'sheet', sheet });
  });

  it('takes no more booths from a visit link than a kiosk hands over', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `b${i}`);
    const route = parseRoute(`#/visit/${ids.join(',')}`);
    expect(route.kind === 'visit' && route.ids).toEqual(ids.slice(0, 40));
  });
});
