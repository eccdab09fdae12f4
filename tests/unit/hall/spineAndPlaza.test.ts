import { describe, expect, it } from 'vitest';
import { rect, rectContains, rectsOverlap } from '../../../src/hall/geometry';
import { layoutSpineAndPlaza } from '../../../src/hall/spineAndPlaza';

describe('layoutSpineAndPlaza', () => {
  const frame = layoutSpineAndPlaza(-50, 26);

  it('runs the spine from the north end through the plaza, inside the walls', () => {
    expect(frame.spine).toEqual(rect(-4, -50, 4, 18));
    expect(frame.plaza).toEqual(rect(-26, 0, 26, 18));
    expect(frame.bounds).toEqual(rect(-26, -51, 26, 18));
  });

  it('starts the visitor in the plaza on the spine, with the gate posts beside the spine, not on it', () => {
    expect(rectContains(frame.plaza, frame.entrance) && rectContains(frame.spine, frame.entrance)).toBe(true);
    expect(frame.entrance.z).toBeGreaterThan(frame.welcomeGate.z);
    expect(frame.posts).toHaveLength(2);
    for (const post of frame.posts) expect(rectsOverlap(post, frame.spine)).toBe(false);
  });
});
