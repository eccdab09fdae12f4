import { describe, expect, it } from 'vitest';
import {
  canStamp,
  countThresholds,
  dwellElapsed,
  dwellRemaining,
  dwellStart,
  dwellVisibility,
  mergeStamps,
  PANEL_STAMP_MS,
  PASSPORT_GENERAL_ZONE,
  passportBooths,
  passportHall,
  passportProgress,
} from '../../../src/programme/passport';
import { decodePassport, encodePassport, isPassportCodeText, passportHash } from '../../../src/programme/passportCode';
import { hallOf } from './support';

const sample = () => {
  const { hall, booths } = hallOf(
    { campus: ['c1', 'c2', 'c3'], telecom: ['t1', 't2'], stage: ['missing'] },
    { unzoned: ['u1'], failed: ['missing'] },
  );
  return passportHall(hall, booths);
};

describe('passportHall', () => {
  it('puts each loaded booth in the first zone listing it, the rest in a general zone, and drops empty zones', () => {
    const { hall, booths } = hallOf({ a: ['x', 'y'], b: ['y', 'z', 'gone'] }, { unzoned: ['w'], failed: ['gone'] });
    const p = passportHall(hall, booths);
    expect(p.zones.map((z) => [z.id, z.booths])).toEqual([
      ['a', ['x', 'y']],
      ['b', ['z']],
      [PASSPORT_GENERAL_ZONE, ['w']],
    ]);
    expect(p.zones.at(-1)!.name).toBeNull();
    // The hall's booth list is the code's order: a booth that did not load keeps its slot, empty.
    expect(p.slots).toEqual(['x', 'y', 'z', 'gone', 'w'].map((id) => (id === 'gone' ? null : id)));
    expect(passportBooths(p)).toEqual(['x', 'y', 'z', 'w']);
  });

  it('leaves a zone whose booths all failed out of the passport', () => {
    expect(sample().zones.map((z) => z.id)).toEqual(['campus', 'telecom', PASSPORT_GENERAL_ZONE]);
  });
});

describe('count badges', () => {
  it('are 5, then doubling below the hall’s size, then every booth', () => {
    expect(countThresholds(0)).toEqual([]);
    expect(countThresholds(3)).toEqual([3]);
    expect(countThresholds(5)).toEqual([5]);
    expect(countThresholds(6)).toEqual([5, 6]);
    expect(countThresholds(24)).toEqual([5, 10, 20, 24]);
    expect(countThresholds(40)).toEqual([5, 10, 20, 40]);
    expect(countThresholds(41)).toEqual([5, 10, 20, 40, 41]);
  });
});

describe('passportProgress', () => {
  it('counts stamps by zone, ignoring stamps of booths this hall does not have', () => {
    const p = passportProgress(sample(), ['c2', 'elsewhere', 't1']);
    expect(p.zones.map((z) => [z.zone.id, z.stamped, z.complete])).toEqual([
      ['campus', ['c2'], false],
      ['telecom', ['t1'], false],
      [PASSPORT_GENERAL_ZONE, [], false],
    ]);
    expect([p.stamped, p.total]).toEqual([2, 6]);
    expect(p.badges).toEqual([]);
    expect(p.nextCount).toBe(5);
  });

  it('earns a zone’s badge when every booth of it that loaded is stamped', () => {
    const p = passportProgress(sample(), ['t2', 't1']);
    expect(p.badges).toEqual([{ kind: 'zone', zoneId: 'telecom' }]);
  });

  it('earns count badges at their thresholds, and all of them with every booth', () => {
    const five = passportProgress(sample(), ['c1', 'c2', 'c3', 't1', 'u1']);
    expect(five.badges).toEqual([
      { kind: 'zone', zoneId: 'campus' },
      { kind: 'zone', zoneId: PASSPORT_GENERAL_ZONE },
      { kind: 'count', count: 5 },
    ]);
    expect(five.nextCount).toBe(6);
    const all = passportProgress(sample(), ['c1', 'c2', 'c3', 't1', 't2', 'u1']);
    expect(all.badges.filter((b) => b.kind === 'count')).toEqual([
      { kind: 'count', count: 5 },
      { kind: 'count', count: 6 },
    ]);
    expect(all.badges.filter((b) => b.kind === 'zone')).toHaveLength(3);
    expect(all.nextCount).toBeNull();
  });
});

describe('stamping rules', () => {
  it('stamps a loaded booth of the hall once, and nothing else', () => {
    const p = sample();
    expect(canStamp(p, [], 'c1')).toBe(true);
    expect(canStamp(p, ['c1'], 'c1')).toBe(false);
    expect(canStamp(p, [], 'missing')).toBe(false);
    expect(canStamp(p, [], 'not-here')).toBe(false);
  });

  it('counts a panel’s time open only while the page is visible, within one opening', () => {
    let d = dwellStart(1000, true);
    expect(dwellRemaining(d, 1000)).toBe(PANEL_STAMP_MS);
    d = dwellVisibility(d, false, 5000); // 4 s seen, then hidden for a minute
    expect(dwellRemaining(d, 65_000)).toBeNull();
    expect(dwellElapsed(d, 65_000)).toBe(4000);
    d = dwellVisibility(d, true, 65_000);
    expect(dwellRemaining(d, 70_000)).toBe(1000);
    expect(dwellRemaining(d, 71_000)).toBe(0);
    // Showing twice does not restart the stretch; hiding twice does not count the gap.
    expect(dwellVisibility(d, true, 70_000)).toBe(d);
    const hidden = dwellVisibility(d, false, 66_000);
    expect(dwellVisibility(hidden, false, 90_000)).toBe(hidden);
  });

  it('starts a panel opened in a hidden page at zero, waiting to be seen', () => {
    const d = dwellStart(0, false);
    expect(dwellRemaining(d, 50_000)).toBeNull();
    expect(dwellRemaining(dwellVisibility(d, true, 50_000), 50_000)).toBe(PANEL_STAMP_MS);
  });
});

describe('mergeStamps', () => {
  it('adds new stamps after the ones held, never removing or repeating one', () => {
    expect(mergeStamps(['a', 'b'], ['c', 'a', 'c'])).toEqual(['a', 'b', 'c']);
    expect(mergeStamps(['a', 'b'], [])).toEqual(['a', 'b']);
  });
});

describe('passport codes', () => {
  it('round-trips the stamps of the hall’s booths, short and URL-safe', () => {
    const p = sample();
    const code = encodePassport(p, ['t2', 'c1', 'u1', 'elsewhere']);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(isPassportCodeText(code)).toBe(true);
    const back = decodePassport(p, code);
    expect(back).toEqual({ ok: true, ids: ['c1', 't2', 'u1'] });
    expect(passportHash(code)).toBe(`#/passport/${code}`);
  });

  it('codes an empty passport too, and a large hall in a few characters per eight booths', () => {
    const p = sample();
    expect(decodePassport(p, encodePassport(p, []))).toEqual({ ok: true, ids: [] });
    const ids = Array.from({ length: 120 }, (_, i) => `b${i}`);
    const { hall, booths } = hallOf({ z: ids });
    const big = passportHall(hall, booths);
    const code = encodePassport(big, ids);
    expect(code.length).toBeLessThanOrEqual(27); // 1 + 2 + 15 + 2 bytes
    expect(decodePassport(big, code)).toEqual({ ok: true, ids });
  });

  it('refuses a code from another hall', () => {
    const { hall, booths } = hallOf({ campus: ['c1', 'c2', 'c3'], telecom: ['t1', 't2'] }, { id: 'another-week' });
    const code = encodePassport(passportHall(hall, booths), ['c1']);
    expect(decodePassport(sample(), code)).toEqual({ ok: false, reason: 'otherHall' });
  });

  it('refuses a mistyped, cut or forged code, and anything that is not a code', () => {
    const p = sample();
    const code = encodePassport(p, ['c1', 't1', 'u1']);
    const flipped = code.slice(0, 4) + (code[4] === 'A' ? 'B' : 'A') + code.slice(5);
    expect(decodePassport(p, flipped)).toEqual({ ok: false, reason: 'corrupt' });
    expect(decodePassport(p, code.slice(0, -1))).toMatchObject({ ok: false });
    for (const bad of ['', 'abc', 'a+b/c=====', '%2F%2F%2F%2F', 'x'.repeat(700), '../../etc']) {
      expect(decodePassport(p, bad)).toEqual({ ok: false, reason: 'malformed' });
    }
    // Well-checked but naming booths past the hall's end: made by hand, not by a pavilion.
    const bigHall = hallOf({ z: Array.from({ length: 40 }, (_, i) => `b${i}`) }, { id: p.id });
    const big = passportHall(bigHall.hall, bigHall.booths);
    expect(decodePassport(p, encodePassport(big, ['b39']))).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('refuses a code of a newer format', () => {
    const p = sample();
    const bytes = Uint8Array.from(atob(encodePassport(p, ['c1']).replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    bytes[0] = 2;
    // Re-checked, so only the version is wrong.
    let h = 0x811c9dc5;
    for (const b of bytes.subarray(0, bytes.length - 2)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    bytes[bytes.length - 2] = (h >> 8) & 0xff;
    bytes[bytes.length - 1] = h & 0xff;
    const code = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(decodePassport(p, code)).toEqual({ ok: false, reason: 'version' });
  });

  it('places no stamp for a booth that did not load on this device', () => {
    const full = hallOf({ campus: ['c1', 'c2'] });
    const partial = hallOf({ campus: ['c1', 'c2'] }, { failed: ['c1'] });
    const code = encodePassport(passportHall(full.hall, full.booths), ['c1', 'c2']);
    expect(decodePassport(passportHall(partial.hall, partial.booths), code)).toEqual({ ok: true, ids: ['c2'] });
  });
});
