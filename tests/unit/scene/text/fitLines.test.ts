import { describe, expect, it } from 'vitest';
import { fitLines, wrapText } from '../../../../src/scene/text/fitLines';

// A fixed-width fake: every character half its size wide, CJK a whole size.
const measure = (t: string, s: number) => [...t].reduce((w, c) => w + (/[\u2E80-\u9FFF]/.test(c) ? s : s / 2), 0);

describe('fitLines', () => {
  it('keeps a short name on one line at full size', () => {
    expect(fitLines('Qingyun', 40, 20, 400, 2, measure)).toEqual({ size: 40, lines: ['Qingyun'] });
  });

  it('wraps a 64-character name onto two lines at a legible size', () => {
    const name = 'Xingqiao University School of Cyberspace Security Research Lab!!';
    expect(name).toHaveLength(64);
    const { size, lines } = fitLines(name, 40, 20, 700, 2, measure);
    expect(lines).toHaveLength(2);
    expect(size).toBeGreaterThanOrEqual(20);
    expect(lines.join(' ')).toBe(name);
    for (const l of lines) expect(measure(l, size)).toBeLessThanOrEqual(700);
  });

  it('breaks Chinese between characters', () => {
    const lines = wrapText('国家网络安全宣传周云展馆', 10, 60, measure);
    expect(lines).toEqual(['国家网络安全', '宣传周云展馆']);
  });

  it('ends in an ellipsis rather than going below the smallest legible size', () => {
    const { size, lines } = fitLines('a'.repeat(10) + ' ' + 'b'.repeat(200), 40, 20, 200, 2, measure);
    expect(size).toBe(20);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(measure(l, 20)).toBeLessThanOrEqual(200);
  });
});

describe('fitLines sizes', () => {
  it('ends for any sizes (fractional ones from a sign height included)', () => {
    for (const h of [97, 128, 133.3, 200, 256.7]) {
      const r = fitLines('x'.repeat(300), h * 0.3, h * 0.2, 120, 2, measure);
      expect(r.size).toBeCloseTo(h * 0.2);
    }
  });
});
