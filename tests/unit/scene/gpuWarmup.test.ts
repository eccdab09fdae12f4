import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmGpu } from '../../../src/scene/gpuWarmup';

/** A stand-in for the warm-up worker: the test decides whether and how it answers. */
function fakeWorker() {
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminate: vi.fn(),
  };
  return w;
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('warmGpu', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the worker to answer, then lets it go', async () => {
    vi.useFakeTimers();
    const w = fakeWorker();
    const p = warmGpu(() => w as unknown as Worker, 3000);
    expect(await settled(p)).toBe(false);
    w.onmessage!(new MessageEvent('message', { data: true }));
    expect(await settled(p)).toBe(true);
    expect(w.terminate).toHaveBeenCalledOnce();
  });

  it('never holds the hall back: a silent worker is given up after the limit', async () => {
    vi.useFakeTimers();
    const w = fakeWorker();
    const p = warmGpu(() => w as unknown as Worker, 3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(p)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(p)).toBe(true);
    expect(w.terminate).toHaveBeenCalled();
  });

  it('goes on at once when the worker fails, cannot start, or workers are missing', async () => {
    vi.useFakeTimers();
    const w = fakeWorker();
    const failing = warmGpu(() => w as unknown as Worker, 3000);
    w.onerror!({ preventDefault: vi.fn() } as unknown as ErrorEvent);
    expect(await settled(failing)).toBe(true);
    const throwing = warmGpu(() => {
      throw new Error('blocked by CSP');
    }, 3000);
    expect(await settled(throwing)).toBe(true);
    expect(await settled(warmGpu(() => null, 3000))).toBe(true);
  });
});
