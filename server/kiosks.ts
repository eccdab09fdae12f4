import type { FastifyInstance } from 'fastify';
import type { KioskHeartbeat, KioskStatus } from '../src/api/types';
import { organiser } from './api';
import type { Db } from './db';
import { HttpError } from './publishing';

/** Kiosks the service keeps at most: a heartbeat needs no token, so storage must not grow with whoever sends one. */
export const MAX_KIOSKS = 500;
/** A kiosk not heard from for this long is listed as stale (a heartbeat comes about once a minute). */
export const STALE_MS = 3 * 60_000;
/** When the list is full, kiosks silent for this long make room for a new one. */
const FORGET_MS = 7 * 24 * 3600_000;

/** The heartbeat's body (src/api/types.ts KioskHeartbeat); properties not named here are dropped. */
const HEARTBEAT_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'uptimeS', 'fps', 'errors'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
    version: { type: 'string', maxLength: 64 },
    uptimeS: { type: 'number', minimum: 0 },
    fps: { type: 'number', minimum: 0, maximum: 240 },
    errors: { type: 'integer', minimum: 0 },
    lastError: { type: 'string', maxLength: 200 },
    hallVersion: { type: 'string', maxLength: 64 },
  },
} as const;

interface KioskRow {
  id: string;
  first_seen: string;
  last_seen: string;
  version: string;
  hall_version: string | null;
  uptime_s: number;
  fps: number;
  errors: number;
  last_error: string | null;
  address: string;
}

/** Keeps a heartbeat: the kiosk's row updated, or a new row while there is room. */
export function recordHeartbeat(db: Db, hb: KioskHeartbeat, address: string, now = new Date()): void {
  const at = now.toISOString();
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM kiosks WHERE id = ?').get(hb.id)) {
      const count = () => (db.prepare('SELECT COUNT(*) AS n FROM kiosks').get() as { n: number }).n;
      if (count() >= MAX_KIOSKS)
        db.prepare('DELETE FROM kiosks WHERE last_seen < ?').run(new Date(now.getTime() - FORGET_MS).toISOString());
      if (count() >= MAX_KIOSKS)
        throw new HttpError(
          507,
          `the service keeps at most ${MAX_KIOSKS} kiosks and knows ${MAX_KIOSKS} heard from within 7 days: "${hb.id}" is not recorded`,
        );
    }
    db.prepare(
      `INSERT INTO kiosks (id, first_seen, last_seen, version, hall_version, uptime_s, fps, errors, last_error, address)
       VALUES (@id, @at, @at, @version, @hallVersion, @uptimeS, @fps, @errors, @lastError, @address)
       ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen, version = excluded.version,
         hall_version = excluded.hall_version, uptime_s = excluded.uptime_s, fps = excluded.fps,
         errors = excluded.errors, last_error = excluded.last_error, address = excluded.address`,
    ).run({
      id: hb.id,
      at,
      version: hb.version,
      hallVersion: hb.hallVersion ?? null,
      uptimeS: hb.uptimeS,
      fps: hb.fps,
      errors: hb.errors,
      lastError: hb.lastError ?? null,
      address,
    });
  })();
}

/** Every kiosk by id, each marked stale when silent for over STALE_MS. */
export function listKiosks(db: Db, now = new Date()): KioskStatus[] {
  const rows = db.prepare('SELECT * FROM kiosks ORDER BY id').all() as KioskRow[];
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    uptimeS: r.uptime_s,
    fps: r.fps,
    errors: r.errors,
    ...(r.last_error !== null ? { lastError: r.last_error } : {}),
    ...(r.hall_version !== null ? { hallVersion: r.hall_version } : {}),
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    address: r.address,
    stale: now.getTime() - Date.parse(r.last_seen) > STALE_MS,
  }));
}

/**
 * Kiosk screens' heartbeats (README "Kiosk screens"). An encapsulated plugin: its text/plain
 * parser (what `navigator.sendBeacon` sends for a string) reaches no other route.
 */
export async function kioskRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new HttpError(400, 'body: expected JSON'), undefined);
    }
  });

  app.post<{ Body: KioskHeartbeat }>(
    '/api/kiosks/heartbeat',
    {
      bodyLimit: 4096,
      schema: { body: HEARTBEAT_BODY },
      // Per address: a hall's kiosks often share one (NAT), each sending about once a minute.
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      recordHeartbeat(db, req.body, req.ip);
      return reply.code(204).send();
    },
  );

  app.get('/api/kiosks', async (req): Promise<KioskStatus[]> => {
    organiser(db, req);
    return listKiosks(db);
  });
}
