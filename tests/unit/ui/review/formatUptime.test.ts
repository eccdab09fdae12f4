import { describe, expect, it } from 'vitest';
import { formatUptime } from '../../../../src/ui/review/formatUptime';

describe('formatUptime', () => {
  it('says the two largest units', () => {
    expect(formatUptime(0, 'en')).toBe('0 s');
    expect(formatUptime(45.9, 'en')).toBe('45 s');
    expect(formatUptime(12 * 60 + 5, 'en')).toBe('12 min 5 s');
    expect(formatUptime(3 * 3600 + 12 * 60 + 30, 'en')).toBe('3 h 12 min');
    expect(formatUptime(2 * 86_400 + 3 * 3600 + 59, 'en')).toBe('2 d 3 h');
    expect(formatUptime(86_400 + 30, 'en')).toBe('1 d');
    expect(formatUptime(3 * 3600 + 12 * 60, 'zh')).toBe('3小时12分钟');
  });
  it('never shows nonsense for odd input', () => {
    expect(formatUptime(-1, 'en')).toBe('?');
    expect(formatUptime(Number.NaN, 'zh')).toBe('?');
  });
});
