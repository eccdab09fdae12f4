import { describe, expect, it } from 'vitest';
import { formatAgo } from '../../../../src/ui/review/formatAgo';

const now = Date.parse('2026-12-04T12:00:00Z');
const ago = (s: number) => new Date(now - s * 1000).toISOString();

describe('formatAgo', () => {
  it('says the largest whole unit, in either language', () => {
    expect(formatAgo(ago(2), now, 'en')).toBe('now');
    expect(formatAgo(ago(42), now, 'en')).toBe('42 sec ago');
    expect(formatAgo(ago(150), now, 'en')).toBe('2 min ago');
    expect(formatAgo(ago(3 * 3600 + 59 * 60), now, 'en')).toBe('3 hr ago');
    expect(formatAgo(ago(3 * 86_400), now, 'en')).toBe('3 days ago');
    expect(formatAgo(ago(150), now, 'zh')).toBe('2分钟前');
    expect(formatAgo(ago(86_400), now, 'zh')).toBe('昨天');
  });
  it('reads a time ahead of the clock as now, and passes nonsense through', () => {
    expect(formatAgo(ago(-90), now, 'en')).toBe('now');
    expect(formatAgo('not a date', now, 'en')).toBe('not a date');
  });
});
