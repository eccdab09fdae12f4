import { describe, expect, it } from 'vitest';
import { boothIdFromPath, boothPath } from '../../../src/state/boothPath';

describe('booth page paths', () => {
  it('round-trips a booth id', () => {
    expect(boothPath('qingyun-security')).toBe('/booth/qingyun-security/');
    expect(boothIdFromPath(boothPath('qingyun-security'))).toBe('qingyun-security');
    expect(boothIdFromPath('/booth/a1/index.html')).toBe('a1');
  });

  it('reads nothing else as a booth', () => {
    for (const p of [
      '/',
      '/booth/',
      '/booth/Qing/',
      '/booth/a/b/',
      '/booth/-a/',
      '/booth/a',
      '/xbooth/a/',
      `/booth/${'a'.repeat(65)}/`,
    ])
      expect(boothIdFromPath(p), p).toBeNull();
  });
});
