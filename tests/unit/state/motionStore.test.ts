import { describe, expect, it } from 'vitest';
import { createMotionStore } from '../../../src/state/motionStore';
import { memoryPrefs } from '../../../src/state/prefs';

describe('motionStore', () => {
  it('follows the system until the visitor chooses, live', () => {
    const s = createMotionStore(memoryPrefs(), false);
    expect(s.getState().reduced).toBe(false);
    s.getState().setSystem(true);
    expect(s.getState().reduced).toBe(true);
  });

  it("puts the visitor's choice over the system's, and remembers it", () => {
    const prefs = memoryPrefs();
    const s = createMotionStore(prefs, true);
    s.getState().setChoice('full');
    expect(s.getState().reduced).toBe(false);
    s.getState().setSystem(true);
    expect(s.getState().reduced).toBe(false);
    expect(createMotionStore(prefs, true).getState().reduced).toBe(false);
    s.getState().setChoice('reduce');
    expect(createMotionStore(prefs, false).getState().reduced).toBe(true);
  });

  it('ignores a stored value it does not know', () => {
    expect(createMotionStore(memoryPrefs({ 'pavilion.motion': 'x' }), true).getState().choice).toBe('system');
  });
});
