import { describe, expect, it } from 'vitest';
import { contrastRatio, readableInk } from '../../../src/ui/readableInk';

describe('readableInk', () => {
  it('keeps a colour that already reads on white', () => {
    expect(readableInk('#1d4ed8')).toBe('#1d4ed8');
  });

  it('darkens a light colour just enough for 4.5:1 on white', () => {
    const ink = readableInk('#0891b2');
    expect(ink).not.toBe('#0891b2');
    expect(contrastRatio(ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(ink, '#ffffff')).toBeLessThan(5.5);
    expect(contrastRatio(readableInk('#ffff00'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('answers a colour that is not #rrggbb with plain dark ink', () => {
    expect(readableInk('red')).toBe('#0f172a');
  });
});
