import type { LoadedHall, LoadOptions } from './loadHall';
import type { LoaderReply, LoaderRequest } from './loadHall.worker';
import { HallLoadError } from './problems';

/**
 * loadHall in a worker: the same result, with the page free to animate meanwhile. Where
 * workers are missing or fail to start, it loads on this thread instead.
 */
export async function loadHallOffThread(
  hallUrl: string,
  opts: Pick<LoadOptions, 'appOrigin' | 'onProgress'>,
): Promise<LoadedHall> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./loadHall.worker.ts', import.meta.url), { type: 'module', name: 'hall-loader' });
  } catch {
    const { loadHall } = await import('./loadHall');
    return loadHall(hallUrl, opts);
  }
  return new Promise<LoadedHall>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<LoaderReply>) => {
      const m = e.data;
      if (m.type === 'progress') return opts.onProgress?.(m.progress);
      worker.terminate();
      if (m.type === 'done') resolve(m.loaded);
      else reject(m.problems ? new HallLoadError(m.problems) : new Error(m.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      // The worker script itself could not run (blocked, offline cache miss): load here.
      e.preventDefault();
      import('./loadHall').then(({ loadHall }) => loadHall(hallUrl, opts)).then(resolve, reject);
    };
    worker.postMessage({ hallUrl, appOrigin: opts.appOrigin } satisfies LoaderRequest);
  });
}
