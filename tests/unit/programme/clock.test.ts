import { describe, expect, it } from 'vitest';
import { makeClock, parseNowParam, todayIn } from '../../../src/programme/clock';

describe('todayIn', () => {
  it('turns the date over at midnight in the hall, not in the visitor’s zone', () => {
    expect(todayIn('Asia/Shanghai', new Date('2026-09-14T15:59:59Z'))).toBe('2026-09-14');
    expect(todayIn('Asia/Shanghai', new Date('2026-09-14T16:00:00Z'))).toBe('2026-09-15');
    expect(todayIn('Europe/Berlin', new Date('2026-09-14T22:30:00Z'))).toBe('2026-09-15');
    expect(todayIn('Asia/Shanghai', new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });
});

describe('parseNowParam', () => {
  it('reads an instant with its offset or Z', () => {
    expect(parseNowParam('2026-09-16T19:45:00+08:00')).toBe(Date.parse('2026-09-16T11:45:00Z'));
    expect(parseNowParam('2026-09-16T11:45Z')).toBe(Date.parse('2026-09-16T11:45:00Z'));
    expect(parseNowParam('2026-09-16T11:45:00.250Z')).toBe(Date.parse('2026-09-16T11:45:00.250Z'));
  });
  it('reads the "+" that URL-decoding made a space', () => {
    expect(parseNowParam('2026-09-16T19:45:00 08:00')).toBe(Date.parse('2026-09-16T11:45:00Z'));
  });
  it('ignores what is not an instant: a bare date, no offset, garbage, nonsense dates', () => {
    for (const bad of [null, '', '2026-09-16', '2026-09-16T19:45:00', 'tomorrow', '2026-13-40T99:99:00Z', 'x'.repeat(500)])
      expect(parseNowParam(bad)).toBeNull();
  });
});

describe('makeClock', () => {
  it('is the real clock without ?now', () => {
    expect(makeClock(null, () => 42)()).toBe(42);
  });
  it('starts at ?now and flows with real time', () => {
    let real = 1_000;
    const clock = makeClock(5_000_000, () => real);
    expect(clock()).toBe(5_000_000);
    real += 90_000;
    expect(clock()).toBe(5_090_000);
  });
});
