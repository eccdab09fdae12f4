import { describe, expect, it } from 'vitest';
import { isDrag, pointerTravel } from '../../../../src/scene/controls/pointerTravel';

describe('pointer travel', () => {
  it('is R3F’s delta for a mouse or a finger: a drag to look is not a click', () => {
    expect(pointerTravel({ delta: 12 })).toBe(12);
    expect(isDrag({ delta: 12 })).toBe(true);
    expect(isDrag({ delta: 3 })).toBe(false);
  });

  it('is nothing for a headset’s ray, whose events throw when asked for it: a selection is a click', () => {
    const xrEvent = {
      get delta(): number {
        throw new Error('not supported');
      },
    };
    expect(pointerTravel(xrEvent)).toBe(0);
    expect(isDrag(xrEvent)).toBe(false);
  });
});
