import { describe, expect, it } from 'vitest';
import { compareMetrics, failures, formatTable, restoreRow, withinLimit, type SoakMetrics } from '../../../soak/limits';

const base: SoakMetrics = {
  heapUsed: 10 * 1048576,
  heapObjects: 7 * 1048576,
  heapCode: 2 * 1048576,
  domNodes: 4000,
  jsEventListeners: 600,
  documents: 3,
  videos: 3,
  audios: 10,
  iframes: 0,
  detachedVideos: 3,
  howls: 1,
  textures: 8,
  screenTextures: 6,
  geometries: 25,
  liveVideos: 3,
};

describe('withinLimit', () => {
  it('holds equal limits exactly, both ways', () => {
    expect(withinLimit({ kind: 'equal' }, 3, 3)).toBe(true);
    expect(withinLimit({ kind: 'equal' }, 3, 4)).toBe(false);
    expect(withinLimit({ kind: 'equal' }, 3, 2)).toBe(false);
  });
  it('allows growth up to the ratio and no further', () => {
    expect(withinLimit({ kind: 'ratio', max: 1.05 }, 100, 105)).toBe(true);
    expect(withinLimit({ kind: 'ratio', max: 1.05 }, 100, 105.1)).toBe(false);
    expect(withinLimit({ kind: 'ratio', max: 1.05 }, 100, 50)).toBe(true);
  });
  it('never fails an informational row', () => {
    expect(withinLimit({ kind: 'info' }, 1, 1e9)).toBe(true);
  });
});

describe('compareMetrics', () => {
  it('passes a run that came back to its baseline', () => {
    const rows = compareMetrics(base, { ...base, heapUsed: base.heapUsed * 1.04, geometries: 40 }, [400, 500]);
    expect(failures(rows)).toEqual([]);
  });

  it("names every leak: a video kept, the heap's objects past 5 %, a Howl, a texture", () => {
    const leaky = {
      ...base,
      videos: 253,
      detachedVideos: 253,
      heapUsed: base.heapUsed * 1.76,
      heapObjects: base.heapObjects * 2,
      howls: 2,
      textures: 9,
    };
    expect(failures(compareMetrics(base, leaky, []))).toEqual([
      'JS objects (heap snapshot)',
      '<video> objects',
      'detached <video>',
      'Howls',
      'GPU textures (besides screens)',
    ]);
  });

  it("lets V8's compiled code grow (it is V8's to flush), and the used size with it, but not the objects", () => {
    const hot = { ...base, heapCode: base.heapCode * 1.5, heapUsed: base.heapUsed * 1.1 };
    expect(failures(compareMetrics(base, hot, []))).toEqual([]);
    expect(failures(compareMetrics(base, { ...hot, heapObjects: base.heapObjects * 1.051 }, []))).toEqual([
      'JS objects (heap snapshot)',
    ]);
  });

  it('fails fewer objects than the baseline too (something not restored)', () => {
    expect(failures(compareMetrics(base, { ...base, liveVideos: 2 }, []))).toEqual(['hall screen videos']);
  });

  it('reports changes with sign and percent, and the heap in MB', () => {
    const rows = compareMetrics(base, { ...base, jsEventListeners: 6525, heapUsed: 12.8 * 1048576 }, []);
    const heap = rows.find((r) => r.metric === 'JS heap used after GC')!;
    expect(heap).toMatchObject({ baseline: '10.00 MB', final: '12.80 MB', change: '+2.80 MB (+28.0 %)', limit: '—' });
    expect(rows.find((r) => r.metric === 'JS objects (heap snapshot)')).toMatchObject({ baseline: '7.00 MB', limit: '≤ +5 %' });
    expect(rows.find((r) => r.metric === 'JS event listeners')!.change).toBe('+5925 (+987.5 %)');
    expect(rows.find((r) => r.metric === '<iframe> objects')!.change).toBe('+0');
  });
});

describe('restoreRow', () => {
  it('passes when every cycle drew within 3 s, with median and max', () => {
    expect(restoreRow([300, 100, 200])).toMatchObject({ baseline: 'median 200 ms', final: 'max 300 ms', pass: true });
  });
  it('fails a cycle that did not draw, or drew late', () => {
    expect(restoreRow([300, null]).pass).toBe(false);
    expect(restoreRow([300, null]).change).toBe('1 not drawn');
    expect(restoreRow([3001]).pass).toBe(false);
  });
});

describe('formatTable', () => {
  it('lines up a Markdown table with a header and a pass column', () => {
    const lines = formatTable(compareMetrics(base, base, [250])).split('\n');
    expect(lines[0]).toMatch(/^\| metric +\| baseline +\| final +\| change +\| limit +\| pass \|$/);
    expect(lines[1]).toMatch(/^\|-+\|-+\|-+\|-+\|-+\|-+\|$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines).toHaveLength(2 + 16);
  });
});

describe('booth screen textures', () => {
  it('may change with the screens’ frames, within three a live screen, while every other texture must come back', () => {
    const rows = (final: Partial<SoakMetrics>) => compareMetrics(base, { ...base, ...final }, []);
    const row = (final: Partial<SoakMetrics>, metric: string) => rows(final).find((r) => r.metric === metric)!;
    expect(row({ screenTextures: 9 }, 'booth screen textures').pass).toBe(true);
    expect(row({ screenTextures: 0 }, 'booth screen textures').pass).toBe(true);
    expect(row({ screenTextures: 10 }, 'booth screen textures').pass).toBe(false);
    expect(row({ textures: 9, screenTextures: 2 }, 'GPU textures (besides screens)').pass).toBe(false);
  });
});
