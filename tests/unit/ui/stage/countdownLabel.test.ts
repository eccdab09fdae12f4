import { describe, expect, it } from 'vitest';
import { countdownClock, countdownLabel } from '../../../../src/ui/stage/countdownLabel';

const min = 60_000;

describe('countdownLabel', () => {
  it('says hours and minutes, rounding minutes up as the programme does', () => {
    expect(countdownLabel(72 * min, 'en')).toBe('Starts in 1 h 12 min');
    expect(countdownLabel(9 * min + 59_000, 'zh')).toBe('还有 10 分开始');
    expect(countdownLabel(59 * min + 30_000, 'en')).toBe('Starts in 1 h');
    expect(countdownLabel((26 * 60 + 5) * min, 'en')).toBe('Starts in 1 d 2 h 5 min');
  });
  it('does not count seconds aloud in the last minute', () => {
    expect(countdownLabel(42_000, 'en')).toBe('Starts in under a minute');
    expect(countdownLabel(41_200, 'zh')).toBe('不到 1 分钟后开始');
    expect(countdownLabel(0, 'en')).toBe('Starting now');
  });
});

describe('countdownClock', () => {
  it('shows hours, minutes and seconds within the day, nothing further off', () => {
    expect(countdownClock((72 * 60 + 5) * 1000)).toBe('01:12:05');
    expect(countdownClock(4_200)).toBe('00:00:05');
    expect(countdownClock(-3_000)).toBe('00:00:00');
    expect(countdownClock(86_399_000)).toBe('23:59:59');
    expect(countdownClock(86_400_000)).toBeNull();
  });
});
