import { describe, expect, it } from 'vitest';
import {
  WATCHDOG_DEFAULTS,
  createWatchdogState,
  decide,
  logReload,
  observeFrames,
  parseReloadLog,
  recordError,
  type WatchdogState,
} from '../../../src/state/watchdog';

const HOUR = 3_600_000;
const WALL = Date.UTC(2026, 11, 4, 12);
const moment = (now: number, extra: Partial<Parameters<typeof decide>[1]> = {}) => ({
  now,
  wallNow: WALL + now,
  localHour: 12,
  canReloadNow: true,
  reloads: [],
  ...extra,
});

/** A page whose frames advanced up to `lastMove`, then stayed at 100. */
function drawnUntil(lastMove: number): WatchdogState {
  let s = createWatchdogState(0);
  for (let t = 0; t <= lastMove; t += 1000) s = observeFrames(s, t / 10, true, t);
  return observeFrames(s, 100, true, lastMove);
}

describe('the watchdog: a stalled frame loop', () => {
  it('reloads when the frames have not advanced for over 10 s while the page is visible', () => {
    const s = drawnUntil(5000);
    expect(decide(s, moment(15_000))).toEqual({ action: 'ok' });
    const v = decide(s, moment(15_001));
    expect(v).toMatchObject({ action: 'reload', reason: 'stall' });
  });

  it('does not count time the page was hidden (a hidden page draws nothing)', () => {
    let s = drawnUntil(5000);
    s = observeFrames(s, 100, false, 14_000);
    s = observeFrames(s, 100, true, 20_000);
    expect(decide(s, moment(23_000)).action).toBe('ok');
    expect(decide(s, moment(24_001)).action).toBe('reload');
  });

  it('waits for the first frame: a page still loading is not stalled', () => {
    let s = createWatchdogState(0);
    s = observeFrames(s, undefined, true, 30_000);
    expect(decide(s, moment(60_000)).action).toBe('ok');
  });

  it('counts a counter gone (no canvas any more) as no progress, and a new counter as progress', () => {
    let s = drawnUntil(5000);
    s = observeFrames(s, undefined, true, 9000);
    expect(decide(s, moment(15_001)).action).toBe('reload');
    // A replaced canvas starts counting again from 0: that is a frame drawn.
    s = observeFrames(s, 1, true, 15_000);
    expect(decide(s, moment(20_000)).action).toBe('ok');
  });
});

describe('the watchdog: errors', () => {
  it('reloads at 5 errors within 60 s, not at 4, and forgets older ones', () => {
    let s = drawnUntil(0);
    for (const t of [1000, 2000, 3000, 4000]) s = recordError(observeFrames(s, t, true, t), t);
    expect(decide(s, moment(4000)).action).toBe('ok');
    const five = recordError(s, 5000);
    expect(decide(five, moment(5000))).toMatchObject({ action: 'reload', reason: 'errors', detail: '5 errors in 60 s' });
    // The fifth 61.5 s after the first: the first has left the window, 4 remain.
    const late = recordError(s, 61_500);
    expect(late.errors).toHaveLength(4);
    expect(decide(observeFrames(late, 7, true, 61_500), moment(61_500)).action).toBe('ok');
  });
});

describe('the watchdog: the nightly reload', () => {
  const config = { ...WATCHDOG_DEFAULTS, reloadHour: 3 };
  const running = (now: number) => observeFrames(createWatchdogState(0), now, true, now);

  it('reloads in the configured hour, only while the kiosk is idle', () => {
    const s = running(5 * HOUR);
    expect(decide(s, moment(5 * HOUR, { localHour: 2 }), config).action).toBe('ok');
    expect(decide(s, moment(5 * HOUR, { localHour: 3, canReloadNow: false }), config).action).toBe('ok');
    expect(decide(s, moment(5 * HOUR, { localHour: 3 }), config)).toMatchObject({ action: 'reload', reason: 'nightly' });
  });

  it('does not reload again in the same hour after its own reload', () => {
    const s = running(20 * 60_000);
    expect(decide(s, moment(20 * 60_000, { localHour: 3 }), config).action).toBe('ok');
  });

  it('never reloads nightly without a configured hour', () => {
    const s = running(5 * HOUR);
    for (let h = 0; h < 24; h++) expect(decide(s, moment(5 * HOUR, { localHour: h })).action).toBe('ok');
  });
});

describe('the watchdog: reload loops', () => {
  const stalled = drawnUntil(0);
  const at = 20_000;

  it('allows 3 reloads in 10 minutes, then holds until the oldest leaves the window', () => {
    const wallNow = WALL + at;
    const reloads = [wallNow - 9 * 60_000, wallNow - 5 * 60_000, wallNow - 60_000];
    expect(decide(stalled, moment(at, { reloads: reloads.slice(1) })).action).toBe('reload');
    const held = decide(stalled, moment(at, { reloads }));
    expect(held).toMatchObject({ action: 'hold', reason: 'stall', untilWall: reloads[0]! + 10 * 60_000 });
    // A minute later the oldest has left the window.
    expect(decide(stalled, { ...moment(at, { reloads }), wallNow: wallNow + 60_001 }).action).toBe('reload');
  });

  it('ignores reloads logged in the future (a clock set back)', () => {
    const wallNow = WALL + at;
    const reloads = [wallNow + 1000, wallNow + 2000, wallNow + 3000];
    expect(decide(stalled, moment(at, { reloads })).action).toBe('reload');
  });

  it('reads back the log it writes, and drops anything else', () => {
    expect(parseReloadLog(logReload(parseReloadLog(logReload([], 5)), 9))).toEqual([5, 9]);
    for (const bad of [null, '', '{', '"x"', '{"a":1}']) expect(parseReloadLog(bad)).toEqual([]);
    expect(parseReloadLog('[1, "2", null, -3, 4e400, 7]')).toEqual([1, 7]);
    expect(parseReloadLog(JSON.stringify(Array.from({ length: 50 }, (_, i) => i + 1)))).toHaveLength(20);
  });
});
