import { describe, expect, it } from 'vitest';
import { passportHall } from '../../../src/programme/passport';
import { encodePassport } from '../../../src/programme/passportCode';
import { createPassportStore, passportKey, readStoredStamps } from '../../../src/state/passportStore';
import { memoryPrefs } from '../../../src/state/prefs';
import { hallOf } from '../programme/support';

const hallA = () => {
  const { hall, booths } = hallOf({ campus: ['c1', 'c2'], telecom: ['t1'] });
  return passportHall(hall, booths);
};
const KEY = passportKey('week-2026');

describe('passportStore', () => {
  it('stamps a booth of the bound hall once and keeps it under the hall’s key', () => {
    const storage = memoryPrefs();
    const s = createPassportStore(storage);
    expect(s.getState().stamp('c1', 'dwell')).toBe(false); // no hall yet
    s.getState().bindHall(hallA());
    expect(s.getState().stamp('c1', 'dwell')).toBe(true);
    expect(s.getState().stamp('c1', 'media')).toBe(false);
    expect(s.getState().stamp('nope', 'bridge')).toBe(false);
    expect(s.getState().lastStamp).toEqual({ boothId: 'c1', how: 'dwell' });
    expect(JSON.parse(storage.get(KEY)!)).toEqual({ v: 1, stamps: ['c1'] });
    // The next page load reads it back.
    const again = createPassportStore(storage);
    again.getState().bindHall(hallA());
    expect(again.getState().stamps).toEqual(['c1']);
  });

  it('reads corrupt or forged storage as far as it is sound', () => {
    for (const raw of ['{', 'null', '42', '"x"', '{"stamps":"c1"}', '[]']) expect(readStoredStamps(raw)).toEqual([]);
    expect(readStoredStamps('{"v":1,"stamps":["c1",3,"C1","c1","../x","t1"]}')).toEqual(['c1', 't1']);
    const s = createPassportStore(memoryPrefs({ [KEY]: '{"v":1,"stamps":' }));
    s.getState().bindHall(hallA());
    expect(s.getState().stamps).toEqual([]);
    expect(s.getState().stamp('t1', 'media')).toBe(true);
  });

  it('imports a code by merging: nothing held is lost', () => {
    const s = createPassportStore(memoryPrefs());
    s.getState().bindHall(hallA());
    s.getState().stamp('c2', 'dwell');
    expect(s.getState().importCode(encodePassport(hallA(), ['c1', 'c2']))).toEqual({ ok: true, ids: ['c1', 'c2'], added: 1 });
    expect(s.getState().stamps).toEqual(['c2', 'c1']);
    expect(s.getState().importCode(encodePassport(hallA(), []))).toMatchObject({ ok: true, added: 0 });
    expect(s.getState().stamps).toEqual(['c2', 'c1']);
    expect(s.getState().importCode('not-a-code!')).toEqual({ ok: false, reason: 'malformed' });
    expect(s.getState().stamps).toEqual(['c2', 'c1']);
  });

  it('forgets every stamp on a reset, in storage too', () => {
    const storage = memoryPrefs();
    const s = createPassportStore(storage);
    s.getState().bindHall(hallA());
    s.getState().stamp('c1', 'bridge');
    s.getState().resetPassport();
    expect(s.getState().stamps).toEqual([]);
    expect(s.getState().lastStamp).toBeNull();
    expect(readStoredStamps(storage.get(KEY))).toEqual([]);
  });

  it('keeps two halls’ passports apart', () => {
    const storage = memoryPrefs();
    const s = createPassportStore(storage);
    s.getState().bindHall(hallA());
    s.getState().stamp('c1', 'dwell');
    const other = hallOf({ z: ['c1'] }, { id: 'other-hall' });
    s.getState().bindHall(passportHall(other.hall, other.booths));
    expect(s.getState().stamps).toEqual([]);
    expect(readStoredStamps(storage.get(KEY))).toEqual(['c1']);
  });
});
