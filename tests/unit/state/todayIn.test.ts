import { describe, expect, it } from 'vitest';
import { HALL_TIME_ZONE, todayIn } from '../../../src/state/todayIn';

describe('todayIn', () => {
  it("gives the hall's calendar date, which turns at midnight in Shanghai, not UTC", () => {
    expect(todayIn(HALL_TIME_ZONE, new Date('2026-09-14T15:59:59Z'))).toBe('2026-09-14');
    expect(todayIn(HALL_TIME_ZONE, new Date('2026-09-14T16:00:00Z'))).toBe('2026-09-15');
    expect(todayIn('UTC', new Date('2026-09-14T16:00:00Z'))).toBe('2026-09-14');
    expect(todayIn(HALL_TIME_ZONE, new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });
});
