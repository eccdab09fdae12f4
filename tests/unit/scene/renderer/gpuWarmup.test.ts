import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmGpu } from '../../../../src/scene/renderer/gpuWarmup';

/** A stand-in for the warm-up worker: the test decides whether and how it answers. */
function fakeWorker() {
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminate: vi.fn(),
  };
  return w;
}

/** Whether the promise has settled, and with what. */
const settled = async (p: Promise<string | null>) => {
  let done = false;
  let value: string | null | undefined;
  void p.then((v) => {
    done = true;
    value = v;
  });
  await vi.advanceTimersByTimeAsync(0);
  return { done, value };
};

describe('warmGpu', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the worker to answer, then lets it go, with the GPU it named', async () => {
    vi.useFakeTimers();
    const w = fakeWorker();
    const p = warmGpu(() => w as unknown as Worker, 3000);
    expect((await settled(p)).done).toBe(false);
    w.onmessage!(new MessageEvent('message', { data: { renderer: 'ANGLE (Google, SwiftShader Device)' } }));
    expect(await settled(p)).toEqual({ done: true, value: 'ANGLE (Google, SwiftShader Device)' });
    expect(w.terminate).toHaveBeenCalledOnce();
  });

  it('answers null when the worker made no context or sent something else', async () => {
    vi.useFakeTimers();
    for (const data of [{ renderer: null }, true, null, { renderer: 42 }]) {
      const w = fakeWorker();
      const p = warmGpu(() => w as unknown as Worker, 3000);
      w.onmessage!(new MessageEvent('message', { data }));
      expect(await settled(p)).toEqual({ done: true, value: null });
    }
  });

  it('never holds the hall back: a silent worker is given up after the limit', async () => {
    vi.useFakeTimers();
    const w = fakeWorker();
    const p = warmGpu(() => w as unknown as Worker, 3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect((await settled(p)).done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(p)).toEqual({ done: true, value: null });
    expect(w.terminate).toHaveBeenCalled();
  });

  it('goes on at once when the worker fails, cannot start, or workers are missing', async () => {
    vi.useFakeTimers();
    const w = fakeWorker();
    const failing = warmGpu(() => w as unknown as Worker, 3000);
    w.onerror!({ preventDefault: vi.fn() } as unknown as ErrorEvent);
    expect(await settled(failing)).toEqual({ done: true, value: null });
    const throwing = warmGpu(() => {
      throw new Error('blocked by CSP');
    }, 3000);
    expect(await settled(throwing)).toEqual({ done: true, value: null });
    expect(await settled(warmGpu(() => null, 3000))).toEqual({ done: true, value: null });
  });
});
