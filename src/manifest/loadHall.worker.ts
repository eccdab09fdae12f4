/// <reference lib="webworker" />
import { loadHall, type LoadedHall, type LoadProgress } from './loadHall';
import { HallLoadError, type ManifestProblem } from './problems';

export type LoaderRequest = { hallUrl: string; appOrigin: string };
export type LoaderReply =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; loaded: LoadedHall }
  | { type: 'failed'; problems: ManifestProblem[] | null; message: string };

declare const self: DedicatedWorkerGlobalScope;
const post = (m: LoaderReply) => self.postMessage(m);

// Fetching and checking 1,000 manifests is the loader's heaviest work: here it never
// freezes the page, and the validation code never weighs on the page's first script.
self.onmessage = async (e: MessageEvent<LoaderRequest>) => {
  let last = 0;
  const onProgress = (progress: LoadProgress) => {
    // Bundled booths arrive all at once: a message per booth would only flood the page.
    const now = performance.now();
    if (progress.loaded < progress.total && now - last < 50) return;
    last = now;
    post({ type: 'progress', progress });
  };
  try {
    post({ type: 'done', loaded: await loadHall(e.data.hallUrl, { appOrigin: e.data.appOrigin, onProgress }) });
  } catch (err) {
    post({ type: 'failed', problems: err instanceof HallLoadError ? err.problems : null, message: String(err) });
  }
};
