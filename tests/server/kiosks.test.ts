import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KioskHeartbeat } from '../../src/api/types';
import { MAX_KIOSKS, recordHeartbeat } from '../../server/kiosks';
import { ADMIN, get, post, startServer, type TestServer } from './support';

let s: TestServer;
beforeEach(async () => {
  s = await startServer();
});
afterEach(async () => {
  await s.stop();
});

const beat = (over: Partial<KioskHeartbeat> = {}): KioskHeartbeat => ({
  id: 'hall-a.entrance_1',
  version: '1.4.0',
  uptimeS: 3600.5,
  fps: 58.2,
  errors: 0,
  ...over,
});
const send = (body: unknown) => post(`${s.url}/api/kiosks/heartbeat`, null, body as object);

describe('kiosk heartbeats', () => {
  it('stores a heartbeat without a token and lists it for the organiser', async () => {
    const r = await send(beat({ lastError: 'WebGL context lost', hallVersion: 'h-12' }));
    expect(r.status).toBe(204);
    const list = await get(`${s.url}/api/kiosks`, ADMIN);
    expect(list.status).toBe(200);
    expect(list.json).toEqual([
      {
        id: 'hall-a.entrance_1',
        version: '1.4.0',
        uptimeS: 3600.5,
        fps: 58.2,
        errors: 0,
        lastError: 'WebGL context lost',
        hallVersion: 'h-12',
        firstSeen: expect.any(String),
        lastSeen: expect.any(String),
        address: '127.0.0.1',
        stale: false,
      },
    ]);
    expect(Math.abs(Date.parse(list.json[0].lastSeen) - Date.now())).toBeLessThan(10_000);
  });

  it('takes sendBeacon’s text/plain body as JSON', async () => {
    const res = await fetch(`${s.url}/api/kiosks/heartbeat`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify(beat({ id: 'beacon' })),
    });
    expect(res.status).toBe(204);
    const bad = await fetch(`${s.url}/api/kiosks/heartbeat`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{',
    });
    expect(bad.status).toBe(400);
    expect(((await get(`${s.url}/api/kiosks`, ADMIN)).json as { id: string }[]).map((k) => k.id)).toEqual(['beacon']);
  });

  it('upserts one row per kiosk id: first seen kept, the rest replaced', async () => {
    await send(beat({ lastError: 'boom' }));
    const first = (await get(`${s.url}/api/kiosks`, ADMIN)).json[0];
    await new Promise((r) => setTimeout(r, 20));
    await send(beat({ version: '1.5.0', uptimeS: 10, errors: 2 }));
    await send(beat({ id: 'a-screen' }));
    const list = (await get(`${s.url}/api/kiosks`, ADMIN)).json;
    expect(list.map((k: { id: string }) => k.id)).toEqual(['a-screen', 'hall-a.entrance_1']);
    expect(list[1]).toMatchObject({ version: '1.5.0', uptimeS: 10, errors: 2, firstSeen: first.firstSeen });
    expect(list[1].lastError).toBeUndefined();
    expect(Date.parse(list[1].lastSeen)).toBeGreaterThan(Date.parse(first.lastSeen));
  });

  it('refuses bad bodies with a message naming the field, and stores nothing', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...beat(), id: '' }, /body\/id/],
      [{ ...beat(), id: '-leading-dash' }, /body\/id/],
      [{ ...beat(), id: 'a'.repeat(65) }, /body\/id/],
      [{ ...beat(), id: 'has space' }, /body\/id/],
      [{ ...beat(), version: 'v'.repeat(65) }, /body\/version/],
      [{ ...beat(), uptimeS: -1 }, /body\/uptimeS/],
      [{ ...beat(), fps: 241 }, /body\/fps/],
      [{ ...beat(), errors: 1.5 }, /body\/errors/],
      [{ ...beat(), errors: -1 }, /body\/errors/],
      [{ ...beat(), lastError: 'x'.repeat(201) }, /body\/lastError/],
      [{ ...beat(), hallVersion: 'h'.repeat(65) }, /body\/hallVersion/],
      [{ ...beat(), fps: { $gt: 0 } }, /body\/fps/],
      [(({ fps: _f, ...rest }) => rest)(beat()), /fps/],
      [['not', 'an', 'object'], /body/],
    ];
    for (const [body, field] of cases) {
      const r = await send(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json.error, JSON.stringify(body)).toMatch(field);
    }
    expect((await get(`${s.url}/api/kiosks`, ADMIN)).json).toEqual([]);
    // Properties it does not know are dropped, not stored.
    expect((await send({ ...beat(), secret: 'x'.repeat(5000) })).status).toBe(413);
    expect((await send({ ...beat(), extra: 'ignored' })).status).toBe(204);
    expect((await get(`${s.url}/api/kiosks`, ADMIN)).json[0].extra).toBeUndefined();
  });

  it('lists kiosks only for the organiser', async () => {
    await send(beat());
    expect((await get(`${s.url}/api/kiosks`, null)).status).toBe(401);
    const exhibitor = s.exhibitor('some-booth');
    const r = await get(`${s.url}/api/kiosks`, exhibitor);
    expect(r.status).toBe(403);
    expect(r.json.error).toMatch(/organiser/);
  });

  it('marks a kiosk silent for over 3 minutes as stale', async () => {
    await send(beat({ id: 'quiet' }));
    await send(beat({ id: 'lively' }));
    s.db.prepare('UPDATE kiosks SET last_seen = ? WHERE id = ?').run(new Date(Date.now() - 181_000).toISOString(), 'quiet');
    const list = (await get(`${s.url}/api/kiosks`, ADMIN)).json as { id: string; stale: boolean }[];
    expect(list.map((k) => [k.id, k.stale])).toEqual([
      ['lively', false],
      ['quiet', true],
    ]);
  });

  it(`keeps at most ${MAX_KIOSKS} kiosks: a new id beyond is refused, known ones still update, week-silent ones make room`, async () => {
    const now = Date.now();
    for (let i = 0; i < MAX_KIOSKS; i++)
      recordHeartbeat(
        s.db,
        beat({ id: `k${String(i).padStart(3, '0')}` }),
        '10.0.0.1',
        new Date(now - (i === 7 ? 8 * 86400_000 : 0)),
      );
    const count = () => (s.db.prepare('SELECT COUNT(*) AS n FROM kiosks').get() as { n: number }).n;
    // k007 was heard from 8 days ago: it makes room for one newcomer.
    expect((await send(beat({ id: 'newcomer' }))).status).toBe(204);
    expect(count()).toBe(MAX_KIOSKS);
    const refused = await send(beat({ id: 'one-too-many' }));
    expect(refused.status).toBe(507);
    expect(refused.json.error).toMatch(/at most 500 kiosks.*"one-too-many"/);
    expect(await send(beat({ id: 'k001', errors: 9 })).then((r) => r.status)).toBe(204);
    expect(count()).toBe(MAX_KIOSKS);
    const list = (await get(`${s.url}/api/kiosks`, ADMIN)).json as { id: string; errors: number }[];
    expect(list.find((k) => k.id === 'k001')?.errors).toBe(9);
    expect(list.some((k) => k.id === 'k007' || k.id === 'one-too-many')).toBe(false);
  });

  it('limits heartbeats per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 301; i++) statuses.push((await send(beat())).status);
    expect(statuses.slice(0, 300).every((x) => x === 204)).toBe(true);
    expect(statuses[300]).toBe(429);
  });
});
