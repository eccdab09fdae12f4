import { describe, expect, it } from 'vitest';
import { createKioskStore } from '../../../src/state/kioskStore';

describe('createKioskStore', () => {
  it('notifies on a phase change, not on every touch of a moving finger', () => {
    const store = createKioskStore({ idleMs: 1000, promptMs: 500 }, 0);
    const phases: string[] = [];
    store.subscribe((s) => phases.push(s.phase));
    const { dispatch } = store.getState();
    dispatch({ type: 'input', now: 10 });
    for (let t = 20; t < 500; t += 16) dispatch({ type: 'input', now: t });
    expect(phases).toEqual(['active']);
    // The touches still count: idle runs from the last one.
    dispatch({ type: 'tick', now: 1400, busy: false });
    expect(store.getState().phase).toBe('active');
    dispatch({ type: 'tick', now: 1500, busy: false });
    dispatch({ type: 'tick', now: 2000, busy: false });
    expect(phases).toEqual(['active', 'prompt', 'attract']);
    expect(store.getState().resets).toBe(1);
  });
});
