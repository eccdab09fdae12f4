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
    ['#/visit/acme', { kind: 'hall' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
  it('round-trips', () => {
    expect(parseRoute(routeHash({ kind: 'booth', id: 'x-1' }))).toEqual({ kind: 'booth', id: 'x-1' });
    expect(routeHash({ kind: 'hall' })).toBe('#/');
  });
});
