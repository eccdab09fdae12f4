import { BYTES_HEADER } from './protocol';

/** The part of a Cache the warmer uses (a fake in unit tests). */
export type MediaCache = Pick<Cache, 'match' | 'put' | 'delete' | 'keys'>;

export interface WarmProgress {
  cachedBytes: number;
  cachedFiles: number;
  done: number;
  total: number;
  skipped: number;
}

export interface WarmResult extends WarmProgress {
  /** done: every URL looked at; stalled: the network kept failing, a later run resumes; superseded: a newer run took over. */
  state: 'done' | 'stalled' | 'superseded';
}

export interface WarmDeps {
  cache: MediaCache;
  /** A full (never ranged) CORS fetch, low priority. */
  fetch: (url: string) => Promise<Response>;
  /** False once a newer run has replaced this one. */
  current?: () => boolean;
  onProgress?: (p: WarmProgress) => void;
  /** Downloads at once: one or two, so the kiosk's own requests keep the line. */
  concurrency?: number;
}

/** Network failures in a row that end a run: the line is down, not one host. */
const STALL_AFTER = 3;

async function cachedSize(res: Response): Promise<number> {
  const n = Number(res.headers.get(BYTES_HEADER));
  return Number.isInteger(n) && n >= 0 ? n : (await res.blob()).size;
}

/**
 * Fills the media cache from `urls`, most wanted first, never past `budgetBytes` (counted over
 * this list only). What is cached already counts where it stands in the order; a file that does
 * not fit is skipped and smaller ones after it still get their turn, so the outcome depends on
 * the list and the sizes only. Full responses are stored with their size in a header.
 */
export async function warmMedia(
  urls: readonly string[],
  budgetBytes: number,
  prune: boolean,
  deps: WarmDeps,
): Promise<WarmResult> {
  const list = [...new Set(urls)];
  const wanted = new Set(list);
  const { cache } = deps;
  const current = deps.current ?? (() => true);
  if (prune) for (const req of await cache.keys()) if (!wanted.has(req.url)) await cache.delete(req);

  const p: WarmProgress = { cachedBytes: 0, cachedFiles: 0, done: 0, total: list.length, skipped: 0 };
  let used = 0;
  let failuresInARow = 0;
  let next = 0;
  let stop: WarmResult['state'] | null = null;

  const take = async (url: string): Promise<void> => {
    const hit = await cache.match(url);
    if (hit) {
      const size = await cachedSize(hit);
      if (used + size <= budgetBytes) {
        used += size;
        p.cachedBytes += size;
        p.cachedFiles++;
      } else {
        p.skipped++;
        if (prune) await cache.delete(url);
      }
      return;
    }
    if (used >= budgetBytes) {
      p.skipped++;
      return;
    }
    let res: Response;
    let body: Blob;
    let reserved = 0;
    try {
      res = await deps.fetch(url);
      failuresInARow = 0;
      const declared = Number(res.headers.get('content-length'));
      if (!res.ok || res.status !== 200 || res.type === 'opaque' || (declared > 0 && used + declared > budgetBytes)) {
        void res.body?.cancel().catch(() => {});
        p.skipped++;
        return;
      }
      // Held while the body downloads, so the other download sees the budget as it will be.
      reserved = declared > 0 ? declared : 0;
      used += reserved;
      body = await res.blob();
    } catch {
      used -= reserved;
      p.skipped++;
      if (++failuresInARow >= STALL_AFTER) stop ??= 'stalled';
      return;
    }
    used -= reserved;
    if (used + body.size > budgetBytes) {
      p.skipped++;
      return;
    }
    used += body.size;
    const headers = new Headers({ [BYTES_HEADER]: String(body.size) });
    for (const h of ['content-type', 'last-modified', 'etag']) {
      const v = res.headers.get(h);
      if (v) headers.set(h, v);
    }
    try {
      await cache.put(url, new Response(body, { status: 200, headers }));
    } catch {
      // The disk is full or the cache is gone: what is stored so far still serves.
      used -= body.size;
      p.skipped++;
      stop ??= 'stalled';
      return;
    }
    p.cachedBytes += body.size;
    p.cachedFiles++;
  };

  const worker = async () => {
    while (stop === null && next < list.length) {
      if (!current()) {
        stop = 'superseded';
        break;
      }
      const url = list[next++] as string;
      await take(url);
      p.done++;
      deps.onProgress?.({ ...p });
    }
  };
  const n = Math.max(1, Math.min(deps.concurrency ?? 2, list.length));
  await Promise.all(Array.from({ length: n }, worker));
  return { ...p, state: stop ?? 'done' };
}
