import { describe, expect, it } from 'vitest';
import { fitLines, fitPhrases, wrapText } from '../../../../src/scene/text/fitLines';

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

describe('fitPhrases', () => {
  const hint = ['Trigger: select', 'Stick forward, then pull: teleport', 'Stick left/right: turn', 'Exit: left-hand menu'];

  it('keeps instructions on one line when they fit', () => {
    expect(fitPhrases(['a: b', 'c: d'], ' · ', 20, 10, 400, 2, measure)).toEqual({ size: 20, lines: ['a: b · c: d'] });
  });

  it('breaks between instructions, never inside one, at the largest size that fits', () => {
    const { size, lines } = fitPhrases(hint, ' · ', 24, 18, 700, 2, measure);
    expect(lines).toHaveLength(2);
    expect(size).toBe(24);
    expect(lines.join(' · ')).toBe(hint.join(' · '));
    for (const l of lines) {
      expect(measure(l, size)).toBeLessThanOrEqual(700);
      expect(l.split(' · ').every((p) => hint.includes(p))).toBe(true);
    }
  });

  it('shrinks when two lines at full size are not enough', () => {
    const { size, lines } = fitPhrases(hint, ' · ', 24, 10, 500, 2, measure);
    expect(lines).toHaveLength(2);
    expect(size).toBeLessThan(24);
    expect(size).toBeGreaterThanOrEqual(10);
    for (const l of lines) expect(measure(l, size)).toBeLessThanOrEqual(500);
  });

  it('wraps inside a phrase only when one phrase alone is wider than the line', () => {
    const { lines } = fitPhrases(['x'.repeat(10), 'y'.repeat(400)], ' · ', 20, 20, 300, 2, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
