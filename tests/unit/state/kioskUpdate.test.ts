import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearUpdate, kioskUpdate, markUpdateReady } from '../../../src/state/kioskUpdate';

afterEach(clearUpdate);

describe('kioskUpdate', () => {
  it('waits with nothing pending, and applying then does nothing', () => {
    expect(kioskUpdate.getState()).toMatchObject({ pendingUpdate: false, reasons: [] });
    kioskUpdate.getState().applyUpdate(); // must not throw
  });

  it('announces an update and applies it only when asked', () => {
    const apply = vi.fn();
    markUpdateReady('hall', apply);
    expect(kioskUpdate.getState()).toMatchObject({ pendingUpdate: true, reasons: ['hall'] });
    expect(apply).not.toHaveBeenCalled();
    kioskUpdate.getState().applyUpdate();
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('keeps each reason once, and the latest way of applying', () => {
    const first = vi.fn();
    const second = vi.fn();
    markUpdateReady('hall', first);
    markUpdateReady('app', second);
    markUpdateReady('hall', second);
    expect(kioskUpdate.getState().reasons).toEqual(['hall', 'app']);
    kioskUpdate.getState().applyUpdate();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('forgets a pending update when cleared', () => {
    const apply = vi.fn();
    markUpdateReady('app', apply);
    clearUpdate();
    kioskUpdate.getState().applyUpdate();
    expect(apply).not.toHaveBeenCalled();
    expect(kioskUpdate.getState().pendingUpdate).toBe(false);
  });
});
