import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadHallOffThread } from '../../../src/manifest/loadHallOffThread';
import { HallLoadError } from '../../../src/manifest/problems';
import { APP, HALL_URL, validBooth, validHall } from './fixtures';

afterEach(() => vi.unstubAllGlobals());

function serve(files: Record<string, string>) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const body = files[String(input)];
    return body === undefined ? new Response('no', { status: 404, statusText: 'Not Found' }) : new Response(body);
  });
}

// Where there is no Worker (here, node; in the field, a locked-down kiosk) it loads on the page.
describe('loadHallOffThread without workers', () => {
  it('loads the hall on this thread, with progress', async () => {
    const hall = validHall();
    hall.booths = ['booths/a.json'];
    serve({
      [HALL_URL]: JSON.stringify(hall),
      [new URL('booths/a.json', HALL_URL).href]: JSON.stringify({ ...validBooth(), id: 'a' }),
    });
    const seen: number[] = [];
    const loaded = await loadHallOffThread(HALL_URL, { appOrigin: APP, onProgress: (p) => seen.push(p.loaded) });
    expect(loaded.booths.map((b) => b.id)).toEqual(['a']);
    expect(seen.at(-1)).toBe(1);
  });

  it('still rejects a broken hall with a HallLoadError naming the file', async () => {
    serve({ [HALL_URL]: '{"id": 3}' });
    const err = await loadHallOffThread(HALL_URL, { appOrigin: APP }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HallLoadError);
    expect((err as HallLoadError).message).toContain('/scenes/test/hall.json');
  });
});
