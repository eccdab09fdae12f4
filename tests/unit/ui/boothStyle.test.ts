import { describe, expect, it } from 'vitest';
import { boothStyle } from '../../../src/ui/boothStyle';
import { contrastRatio } from '../../../src/ui/readableInk';

describe('boothStyle', () => {
  it("keeps the exhibitor's colours for decoration and gives text and states a shade that reads on white and under white", () => {
    // A bright yellow and a light cyan: white text on either fails WCAG AA.
    const style = boothStyle({ primary: '#facc15', accent: '#67e8f9' }) as Record<string, string>;
    expect(style['--booth']).toBe('#facc15');
    expect(style['--booth-accent']).toBe('#67e8f9');
    expect(contrastRatio('#facc15', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio(style['--booth-deep']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(style['--booth-accent-deep']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('leaves a colour that already reads as it is', () => {
    const style = boothStyle({ primary: '#1e3a8a', accent: '#0f766e' }) as Record<string, string>;
    expect(style['--booth-deep']).toBe('#1e3a8a');
  });
});
