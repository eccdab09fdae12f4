import { describe, expect, it } from 'vitest';
import { BEAT_MS, describeError, heartbeatBody, nextBeatDelay, type BeatSample } from '../../../src/api/heartbeat';

const sample: BeatSample = {
  id: 'hall-a-3',
  version: '0.1.0+abc1234',
  now: 130_000,
  startedAt: 10_000,
  lastBeatAt: 70_000,
  frames: 1900,
  lastFrames: 100,
  errors: 2,
  lastError: 'TypeError: x is undefined',
};

describe('the kiosk heartbeat', () => {
  it('reports uptime, the frame rate over the interval, and the errors so far', () => {
    expect(heartbeatBody(sample)).toEqual({
      id: 'hall-a-3',
      version: '0.1.0+abc1234',
      uptimeS: 120,
      fps: 30,
      errors: 2,
      lastError: 'TypeError: x is undefined',
    });
  });

  it('leaves out what it does not know, and says 0 fps without a frame counter', () => {
    const body = heartbeatBody({ ...sample, frames: undefined, errors: 0, lastError: null });
    expect(body).toEqual({ id: 'hall-a-3', version: '0.1.0+abc1234', uptimeS: 120, fps: 0, errors: 0 });
    expect(heartbeatBody({ ...sample, hallVersion: '42' }).hallVersion).toBe('42');
  });

  it('counts a counter that started again (a replaced canvas) from 0, never negative', () => {
    expect(heartbeatBody({ ...sample, frames: 600, lastFrames: 5000 }).fps).toBe(10);
    expect(heartbeatBody({ ...sample, lastBeatAt: sample.now }).fps).toBe(0);
  });

  it("keeps within the service's bounds: 200 characters of error, 64 of version, 240 fps", () => {
    expect(heartbeatBody({ ...sample, frames: 100_000 }).fps).toBe(240);
    expect(heartbeatBody({ ...sample, version: 'v'.repeat(100), hallVersion: 'h'.repeat(100) })).toMatchObject({
      version: 'v'.repeat(64),
      hallVersion: 'h'.repeat(64),
    });
    expect(heartbeatBody({ ...sample, lastError: 'x'.repeat(500) }).lastError).toHaveLength(200);
    expect(describeError(new RangeError('y'.repeat(500)))).toHaveLength(200);
    expect(describeError(new RangeError('bad'))).toBe('RangeError: bad');
    expect(describeError({ code: 7 })).toBe('{"code":7}');
    expect(describeError(undefined)).toBe('undefined');
  });

  it('beats every minute, and every 10 minutes after 3 failures in a row', () => {
    expect(nextBeatDelay(0)).toBe(BEAT_MS);
    expect(nextBeatDelay(2)).toBe(BEAT_MS);
    expect(nextBeatDelay(3)).toBe(600_000);
    expect(nextBeatDelay(10)).toBe(600_000);
  });
});
