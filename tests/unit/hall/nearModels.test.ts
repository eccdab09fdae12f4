import { describe, expect, it } from 'vitest';
import { HALL_MODELS, nearModels } from '../../../src/hall/nearModels';

const none = new Set<string>();

describe('nearModels', () => {
  it('shows the nearest within reach, at most a few', () => {
    const c = [
      { id: 'a', distance: 8 },
      { id: 'b', distance: 2 },
      { id: 'c', distance: 5 },
      { id: 'd', distance: 4 },
      { id: 'far', distance: 30 },
    ];
    expect(nearModels(c, none)).toEqual(['b', 'd', 'c']);
  });

  it('keeps a shown model until it is clearly behind, so it does not blink at the edge', () => {
    const at10 = [{ id: 'a', distance: 10 }];
    expect(nearModels(at10, none)).toEqual([]);
    expect(nearModels(at10, new Set(['a']))).toEqual(['a']);
    expect(nearModels([{ id: 'a', distance: HALL_MODELS.leave + 0.1 }], new Set(['a']))).toEqual([]);
  });

  it('holds the triangle budget: a heavy model leaves room for fewer, one over the budget never shows', () => {
    const c = [
      { id: 'heavy', distance: 1, triangles: 12_000 },
      { id: 'light', distance: 2, triangles: 2_000 },
      { id: 'next', distance: 3, triangles: 2_000 },
      { id: 'huge', distance: 0.5, triangles: 16_000 },
    ];
    expect(nearModels(c, none)).toEqual(['heavy', 'light']);
  });

  it('is deterministic: equal distances go by id', () => {
    const c = [
      { id: 'z', distance: 3 },
      { id: 'y', distance: 3 },
    ];
    expect(nearModels(c, none)).toEqual(['y', 'z']);
  });
});
