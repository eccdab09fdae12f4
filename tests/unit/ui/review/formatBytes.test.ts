import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../src/ui/review/formatBytes';

describe('formatBytes', () => {
  it('says sizes as people read them', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(4812)).toBe('4.7 KB');
    expect(formatBytes(20 * 1024)).toBe('20 KB');
    expect(formatBytes(3_404_221)).toBe('3.2 MB');
    expect(formatBytes(5 * 1024 ** 4)).toBe('5120 GB');
  });
  it('never shows nonsense for odd input', () => {
    expect(formatBytes(-1)).toBe('?');
    expect(formatBytes(Number.NaN)).toBe('?');
  });
});
