import { describe, expect, it } from 'vitest';
import { createStickInput } from '../../../src/ui/stickInput';

describe('createStickInput', () => {
  it('walks forward and right as the knob is pushed up and right, clamped to the rim', () => {
    const s = createStickInput(48);
    expect(s.down(1, 100, 100, 100, 76)!.walk).toEqual({ forward: 0.5, right: 0 });
    const far = s.move(1, 300, 100)!;
    expect(far.knob).toEqual({ x: 48, y: 0 });
    expect(far.walk).toEqual({ forward: -0, right: 1 });
  });

  it('keeps the stick while a second finger lands and lifts (the bug: a second finger dropped it)', () => {
    const s = createStickInput(48);
    s.down(1, 100, 100, 100, 52);
    expect(s.down(2, 100, 100, 400, 400)).toBeNull();
    expect(s.move(2, 0, 0)).toBeNull();
    expect(s.up(2)).toBeNull();
    expect(s.holding).toBe(1);
    expect(s.move(1, 100, 52)!.walk.forward).toBe(1);
  });

  it('lets go when the holding finger lifts or is cancelled, then takes the next finger', () => {
    const s = createStickInput(48);
    s.down(1, 100, 100, 120, 100);
    expect(s.up(1)!.walk).toEqual({ forward: 0, right: 0 });
    expect(s.holding).toBeNull();
    s.down(3, 100, 100, 100, 148);
    expect(s.up(3)!.knob).toEqual({ x: 0, y: 0 });
    expect(s.down(4, 0, 0, 0, 0)).not.toBeNull();
  });
});
