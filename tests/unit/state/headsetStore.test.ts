import { describe, expect, it, vi } from 'vitest';
import { createHeadsetStore } from '../../../src/state/headsetStore';

const controls = (enter = vi.fn(async () => {})) => ({ enter, exit: vi.fn() });

describe('headset store', () => {
  it('is unsupported until the browser says otherwise, and ready only once the scene has bound its controls', () => {
    const s = createHeadsetStore();
    expect(s.getState().status).toBe('unsupported');
    s.getState().bind(controls()); // the layer cannot load where nothing is supported
    expect(s.getState().status).toBe('unsupported');
    s.getState().setSupported(true);
    expect(s.getState().status).toBe('ready');
    s.getState().bind(null);
    expect(s.getState().status).toBe('supported');
    s.getState().bind(controls());
    expect(s.getState().status).toBe('ready');
    s.getState().setSupported(false); // the headset was unplugged
    expect(s.getState().status).toBe('unsupported');
  });

  it('enters through the bound controls, presents, and comes back to ready', async () => {
    const s = createHeadsetStore();
    const c = controls();
    s.getState().setSupported(true);
    s.getState().bind(c);
    const entering = s.getState().enter();
    expect(s.getState().status).toBe('entering');
    await entering;
    expect(c.enter).toHaveBeenCalledOnce();
    s.getState().setPresenting(true);
    expect(s.getState().status).toBe('presenting');
    s.getState().setPresenting(false);
    expect(s.getState().status).toBe('ready');
  });

  it('keeps the browser’s refusal as an error and is ready to try again', async () => {
    const s = createHeadsetStore();
    s.getState().setSupported(true);
    s.getState().bind(controls(vi.fn(async () => Promise.reject(new Error('The user denied permission')))));
    await s.getState().enter();
    expect(s.getState()).toMatchObject({ status: 'ready', error: 'The user denied permission' });
  });

  it('does nothing when asked to enter before it is ready', async () => {
    const s = createHeadsetStore();
    const c = controls();
    s.getState().bind(c);
    await s.getState().enter();
    expect(c.enter).not.toHaveBeenCalled();
  });
});
