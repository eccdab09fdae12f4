import { describe, expect, it } from 'vitest';
import { readPageMessage, readStatusMessage } from '../../../src/sw/protocol';

const warm = {
  type: 'warm',
  runId: 'r1',
  hallDocs: ['https://expo.example.cn/live/hall.bundle.json'],
  urls: ['https://c.example.cn/a.mp4'],
  budgetBytes: 1024,
  prune: true,
};

describe('the kiosk worker\u2019s messages', () => {
  it('reads a page\u2019s warm request, dropping URLs that are not http(s)', () => {
    expect(readPageMessage(warm)).toEqual(warm);
    const m = readPageMessage({ ...warm, urls: ['javascript:alert(1)', 'not a url', 'https://c.example.cn/b.png'] });
    expect(m).toMatchObject({ urls: ['https://c.example.cn/b.png'] });
    expect(readPageMessage({ ...warm, prune: 'yes' })).toMatchObject({ prune: false });
  });

  it('refuses malformed requests', () => {
    for (const bad of [
      null,
      'warm',
      { type: 'nuke' },
      { ...warm, budgetBytes: -1 },
      { ...warm, budgetBytes: Infinity },
      { ...warm, urls: 'https://c.example.cn/a.mp4' },
      { ...warm, urls: [42] },
      { ...warm, runId: 'x'.repeat(65) },
      { ...warm, urls: ['https://c.example.cn/' + 'a'.repeat(3000)] },
    ])
      expect(readPageMessage(bad)).toBeNull();
    expect(readPageMessage({ type: 'skip-waiting', extra: 1 })).toEqual({ type: 'skip-waiting' });
  });

  it('reads the worker\u2019s status, with counts made safe', () => {
    expect(
      readStatusMessage({ type: 'offline-status', runId: 'r1', state: 'done', cachedBytes: 5, cachedFiles: -2, done: 'x' }),
    ).toEqual({
      type: 'offline-status',
      runId: 'r1',
      state: 'done',
      cachedBytes: 5,
      cachedFiles: 0,
      done: 0,
      total: 0,
      skipped: 0,
    });
    expect(readStatusMessage({ type: 'offline-status', state: 'exploded' })).toBeNull();
    expect(readStatusMessage({ type: 'other' })).toBeNull();
  });
});
