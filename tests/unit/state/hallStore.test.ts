import { describe, expect, it, vi } from 'vitest';
import { HallLoadError, type LoadedHall } from '../../../src/manifest';
import { createHallStore, type HallLoader } from '../../../src/state/hallStore';
import { loadedHallOf } from './support';

const URL_A = 'https://expo.example.cn/a/hall.json';
const URL_B = 'https://expo.example.cn/b/hall.json';

/** A loader whose loads finish when the test says. */
function deferredLoader() {
  const pending = new Map<string, { resolve: (l: LoadedHall) => void; reject: (e: unknown) => void }>();
  const loader: HallLoader = (url, opts) =>
    new Promise<LoadedHall>((resolve, reject) => {
      opts.onProgress({ loaded: 0, total: 3 });
      pending.set(url, { resolve, reject });
    });
  return { loader: vi.fn(loader), pending };
}

describe('createHallStore', () => {
  it('loads a hall, reports progress, and builds its world once it is ready', async () => {
    const { loader, pending } = deferredLoader();
    const store = createHallStore(loader);
    const done = store.getState().load(URL_A, 'https://expo.example.cn');
    expect(store.getState()).toMatchObject({ status: 'loading', hallUrl: URL_A, progress: { loaded: 0, total: 3 } });
    pending.get(URL_A)!.resolve(loadedHallOf(3));
    await done;
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.world?.layout.booths.map((b) => b.id).sort()).toEqual(['b0', 'b1', 'b2']);
    expect(s.loaded?.booths).toHaveLength(3);
  });

  it('does not fetch twice when asked for the same hall again (a second mount)', async () => {
    const { loader, pending } = deferredLoader();
    const store = createHallStore(loader);
    const first = store.getState().load(URL_A, 'x');
    void store.getState().load(URL_A, 'x');
    pending.get(URL_A)!.resolve(loadedHallOf(1));
    await first;
    await store.getState().load(URL_A, 'x');
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('keeps the newest hall when an older load finishes last', async () => {
    const { loader, pending } = deferredLoader();
    const store = createHallStore(loader);
    const a = store.getState().load(URL_A, 'x');
    const b = store.getState().load(URL_B, 'x');
    pending.get(URL_B)!.resolve(loadedHallOf(2));
    await b;
    pending.get(URL_A)!.resolve(loadedHallOf(5));
    await a;
    expect(store.getState().hallUrl).toBe(URL_B);
    expect(store.getState().loaded?.booths).toHaveLength(2);
  });

  it('says why a hall could not be opened: its located problems, or the error', async () => {
    const problems = [{ file: 'hall.json', path: 'zones', message: 'expected an array', severity: 'error' as const }];
    const store = createHallStore(() => Promise.reject(new HallLoadError(problems)));
    await store.getState().load(URL_A, 'x');
    expect(store.getState()).toMatchObject({ status: 'error', error: problems });
    const other = createHallStore(() => Promise.reject(new Error('offline')));
    await other.getState().load(URL_A, 'x');
    expect(other.getState().error).toBe('Error: offline');
    other.getState().fail('?hall=: not allowed');
    expect(other.getState()).toMatchObject({ status: 'error', error: '?hall=: not allowed' });
  });
});
