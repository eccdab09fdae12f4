import { describe, expect, it } from 'vitest';
import { liveOffset, MAX_NETWORK_RELOADS, recoveryFor, retryDelayMs } from '../../../src/programme/liveStream';

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

describe('recoveryFor', () => {
  it('resumes loading after a network error, a few times, then rebuilds the player', () => {
    expect(recoveryFor('networkError', 'fragLoadError', 0)).toBe('reload');
    expect(recoveryFor('networkError', 'levelLoadTimeOut', MAX_NETWORK_RELOADS - 1)).toBe('reload');
    expect(recoveryFor('networkError', 'fragLoadError', MAX_NETWORK_RELOADS)).toBe('restart');
  });
  it('starts over when the playlist itself never loaded: there is nothing to resume', () => {
    expect(recoveryFor('networkError', 'manifestLoadError', 0)).toBe('restart');
    expect(recoveryFor('networkError', 'manifestLoadTimeOut', 0)).toBe('restart');
  });
  it('recovers a media error, then with the audio codec swapped, then gives the player up', () => {
    expect([0, 1, 2, 3].map((n) => recoveryFor('mediaError', 'bufferStalledError', n))).toEqual([
      'recover-media',
      'swap-and-recover',
      'restart',
      'restart',
    ]);
  });
  it('rebuilds the player after any other fatal error', () => {
    expect(recoveryFor('muxError', 'fragParsingError', 0)).toBe('restart');
    expect(recoveryFor('otherError', 'internalException', 0)).toBe('restart');
  });
});
