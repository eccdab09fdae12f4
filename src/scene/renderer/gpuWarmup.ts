import { useEffect, useState } from 'react';

/**
 * The first WebGL context a page makes pays the browser's one-time GPU set-up (the GPU channel,
 * the driver; 0.3–0.6 s in software rendering), and getContext blocks the thread that asks
 * until it is done: on the page, that is a frozen loading screen. A worker asks first, as the
 * app's script starts; the page's own context, made once it answers, skips that set-up (8 ms
 * on an idle GPU here; it still waits behind whatever the GPU process is busy with).
 */
const GIVE_UP_MS = 3000;

/** The worker that makes the first context, or null where workers cannot (no OffscreenCanvas). */
function startWorker(): Worker | null {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  return new Worker(new URL('./gpuWarmup.worker.ts', import.meta.url), { type: 'module', name: 'gpu-warmup' });
}

/** What the worker answers: the GPU's name, or null where it could not make a context. */
interface WarmupAnswer {
  renderer: string | null;
}

/**
 * Resolves with the GPU's name when the worker has made its context; with null when it failed,
 * or took longer than giveUpMs; never rejects.
 */
export function warmGpu(start: () => Worker | null = startWorker, giveUpMs = GIVE_UP_MS): Promise<string | null> {
  return new Promise<string | null>((resolve) => {
    let worker: Worker | null = null;
    const done = (renderer: string | null) => {
      clearTimeout(timer);
      worker?.terminate();
      resolve(renderer);
    };
    // A stuck or refused worker (no WebGL in workers, a strict CSP) must not hold the hall back.
    const timer = setTimeout(() => done(null), giveUpMs);
    try {
      worker = start();
      if (!worker) return done(null);
      worker.onmessage = (e: MessageEvent<WarmupAnswer | null>) => {
        const name = e.data?.renderer;
        done(typeof name === 'string' ? name : null);
      };
      worker.onerror = (e) => {
        e.preventDefault();
        done(null);
      };
    } catch {
      done(null);
    }
  });
}

let ready = false;
let renderer: string | null = null;
/** Resolves once the GPU is set up (or the warm-up gave up); started when this module loads. */
export const gpuWarm: Promise<void> = warmGpu().then((name) => {
  renderer = name;
  ready = true;
});
/** Whether gpuWarm has resolved, for a first render that need not wait. */
export const gpuWarmed = () => ready;
/**
 * The GPU's name as the warm-up's context reported it, or null (not yet, or no answer). The
 * page's own context need not ask: the question is a round trip that waits for the GPU process,
 * which is busiest just then.
 */
export const warmedRenderer = () => renderer;

/** False until gpuWarm resolves: the canvas that waits for it mounts then. */
export function useGpuWarm(): boolean {
  const [warmed, setWarmed] = useState(gpuWarmed);
  useEffect(() => {
    if (!warmed) void gpuWarm.then(() => setWarmed(true));
  }, [warmed]);
  return warmed;
}
