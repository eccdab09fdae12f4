import { describe, expect, it } from 'vitest';
import { liveOffset, retryDelayMs } from '../../../src/programme/liveStream';

describe('liveOffset', () => {
  it('starts every visitor at the time since the session began, wrapping a looping recording', () => {
    const start = Date.parse('2026-09-14T01:30:00Z');
    expect(liveOffset(start, start + 90_000, 160)).toBe(90);
    expect(liveOffset(start, start + 250_000, 160)).toBe(90);
    expect(liveOffset(start, start - 5_000, 160)).toBe(0); // a clock a little ahead of the schedule
  });
  it('leaves a real live stream (no duration) to its live edge', () => {
    expect(liveOffset(0, 10_000, Infinity)).toBeNull();
    expect(liveOffset(0, 10_000, Number.NaN)).toBeNull();
  });
});

describe('retryDelayMs', () => {
  it('backs off from 2 s and settles at one try every 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 50].map(retryDelayMs)).toEqual([2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
