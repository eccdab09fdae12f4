import { describe, expect, it } from 'vitest';
import { initialIdle, promptSecondsLeft, stepIdle, type IdleEvent, type IdleState } from '../../../src/state/kioskIdle';

const times = { idleMs: 60_000, promptMs: 15_000 };
const run = (s: IdleState, ...events: IdleEvent[]) => events.reduce((acc, e) => stepIdle(acc, e, times), s);
const tick = (now: number, busy = false): IdleEvent => ({ type: 'tick', now, busy });
const input = (now: number): IdleEvent => ({ type: 'input', now });

describe('the kiosk idle state machine', () => {
  it('starts in the attract loop and stays there without input, whatever the clock says', () => {
    const s = run(initialIdle(0), tick(10_000), tick(10_000_000));
    expect(s).toMatchObject({ phase: 'attract', resets: 0 });
  });

  it('goes active on a touch, asks "Still there?" after the idle time, and resets after the countdown', () => {
    let s = run(initialIdle(0), input(1_000));
    expect(s.phase).toBe('active');
    s = run(s, tick(60_999));
    expect(s.phase).toBe('active');
    s = run(s, tick(61_000));
    expect(s).toMatchObject({ phase: 'prompt', since: 61_000 });
    expect(promptSecondsLeft(s, 61_000, times)).toBe(15);
    expect(promptSecondsLeft(s, 70_500, times)).toBe(6);
    s = run(s, tick(75_999));
    expect(s.phase).toBe('prompt');
    s = run(s, tick(76_000));
    expect(s).toMatchObject({ phase: 'attract', resets: 1, since: 76_000 });
    expect(promptSecondsLeft(s, 76_000, times)).toBe(0);
  });

  it('each input restarts the idle time', () => {
    const s = run(initialIdle(0), input(0), input(50_000), tick(100_000));
    expect(s.phase).toBe('active');
    expect(run(s, tick(110_000)).phase).toBe('prompt');
  });

  it('a touch during the countdown answers it: active again, nothing reset', () => {
    const s = run(initialIdle(0), input(0), tick(60_000), input(65_000));
    expect(s).toMatchObject({ phase: 'active', resets: 0, lastInput: 65_000 });
    expect(run(s, tick(124_999)).phase).toBe('active');
  });

  it('does not count idle time while something holds attention (a video playing, an H5 page in use)', () => {
    let s = run(initialIdle(0), input(0), tick(30_000, true), tick(500_000, true));
    expect(s.phase).toBe('active');
    // The idle time counts from the last busy tick, not from the last touch.
    s = run(s, tick(559_999));
    expect(s.phase).toBe('active');
    expect(run(s, tick(560_000)).phase).toBe('prompt');
  });

  it('a video starting during the countdown takes the kiosk back to active', () => {
    const s = run(initialIdle(0), input(0), tick(60_000), tick(61_000, true));
    expect(s).toMatchObject({ phase: 'active', resets: 0 });
  });

  it('finishing resets at once from active or prompt, and is ignored in the attract loop', () => {
    expect(run(initialIdle(0), input(0), { type: 'finish', now: 5 })).toMatchObject({ phase: 'attract', resets: 1 });
    expect(run(initialIdle(0), { type: 'finish', now: 5 })).toMatchObject({ phase: 'attract', resets: 0 });
  });

  it('a busy tick in the attract loop does not wake the kiosk: only a touch does', () => {
    expect(run(initialIdle(0), tick(1_000, true)).phase).toBe('attract');
  });
});
