import { describe, expect, it } from 'vitest';
import { dayAt, daysBetween, themeDaysOf } from '../../../src/programme/themeDay';
import { bj, hall, programme } from './fixtures';

describe('dayAt', () => {
  it("names today's theme day and its zone, in the hall's time zone", () => {
    const d = dayAt(hall, null, bj('2026-09-16T08:00:00'));
    expect(d).toMatchObject({ date: '2026-09-16', phase: 'during' });
    expect(d.today?.zone.id).toBe('telecom');
  });
  it('turns at midnight in Beijing, not in the visitor’s zone: 23:30 in Berlin on the 15th is already the 16th', () => {
    expect(dayAt(hall, null, Date.parse('2026-09-15T23:30:00+02:00')).today?.zone.id).toBe('telecom');
    expect(dayAt(hall, null, bj('2026-09-15T23:59:59')).today?.zone.id).toBe('campus');
  });
  it('honours a hall in another time zone', () => {
    const ny = { ...hall, timeZone: 'America/New_York' };
    // 08:00 on the 16th in Beijing is still the 15th in New York.
    expect(dayAt(ny, null, bj('2026-09-16T08:00:00')).today?.zone.id).toBe('campus');
  });
  it('says before and after the week, with no theme zone', () => {
    expect(dayAt(hall, null, bj('2026-09-13T23:00:00'))).toMatchObject({ phase: 'before', today: null });
    expect(dayAt(hall, null, bj('2026-12-04T12:00:00'))).toMatchObject({ phase: 'after', today: null });
  });
  it('a day in the week without a theme is during, with none', () => {
    expect(dayAt(hall, null, bj('2026-09-18T12:00:00'))).toMatchObject({ phase: 'during', today: null });
  });
});

describe('themeDaysOf', () => {
  it("takes the programme's days (titles, summaries) over the zones', skipping unknown zones", () => {
    const p = programme({
      days: [
        { date: '2026-09-16', zone: 'telecom', title: { en: 'Telecom Day: fraud' }, summary: { en: 's' } },
        { date: '2026-09-17', zone: 'nowhere', title: { en: 'x' }, summary: { en: 'x' } },
      ],
    });
    expect(themeDaysOf(hall, p).map((d) => [d.day.date, d.day.title.en])).toEqual([['2026-09-16', 'Telecom Day: fraud']]);
  });
  it("falls back to the zones' themeDay, in date order", () => {
    expect(themeDaysOf(hall, programme()).map((d) => d.zone.id)).toEqual(['main-stage', 'campus', 'telecom']);
  });
});

describe('daysBetween', () => {
  it('counts calendar days', () => {
    expect(daysBetween('2026-09-10', '2026-09-14')).toBe(4);
    expect(daysBetween('2026-09-20', '2026-12-04')).toBe(75);
  });
});
