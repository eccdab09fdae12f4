import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from './db';
import { audit } from './db';

/** Who a request is: the organiser, or an exhibitor who may write one booth. */
export type Actor =
  | { role: 'organiser'; id: number; name: string }
  | { role: 'exhibitor'; id: number; name: string; booth: string; zone: string; expiresAt: string | null };

/** Tokens are 32 random bytes; only their SHA-256 is stored, so a leaked database holds no usable token. */
export function newToken(prefix: 'org' | 'exh'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

interface AccountRow {
  id: number;
  role: 'organiser' | 'exhibitor';
  booth: string | null;
  zone: string | null;
  name: string;
  token_hash: string;
  expires_at: string | null;
  revoked_at: string | null;
}

/** The account a bearer token belongs to, if it is known, not revoked and not expired. */
export function actorFor(db: Db, header: string | undefined, now = new Date()): Actor | null {
  const m = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header ?? '');
  if (!m?.[1]) return null;
  const hash = hashToken(m[1]);
  const row = db.prepare('SELECT * FROM accounts WHERE token_hash = ?').get(hash) as AccountRow | undefined;
  // The lookup is by hash; compare again in constant time so timing says nothing about near misses.
  if (!row || !timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) return null;
  if (row.revoked_at) return null;
  if (row.expires_at && Date.parse(row.expires_at) <= now.getTime()) return null;
  if (row.role === 'organiser') return { role: 'organiser', id: row.id, name: row.name };
  return {
    role: 'exhibitor',
    id: row.id,
    name: row.name,
    booth: row.booth ?? '',
    zone: row.zone ?? '',
    expiresAt: row.expires_at,
  };
}

/** Adds an account and returns its token, shown once. */
export function addAccount(
  db: Db,
  a: { role: 'organiser' } | { role: 'exhibitor'; booth: string; zone: string; name: string; expiresAt?: string | null },
  token?: string,
): { id: number; token: string } {
  const t = token ?? newToken(a.role === 'organiser' ? 'org' : 'exh');
  const r = db
    .prepare('INSERT INTO accounts (role, booth, zone, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(
      a.role,
      a.role === 'exhibitor' ? a.booth : null,
      a.role === 'exhibitor' ? a.zone : null,
      a.role === 'exhibitor' ? a.name : 'organiser',
      hashToken(t),
      new Date().toISOString(),
      a.role === 'exhibitor' ? (a.expiresAt ?? null) : null,
    );
  audit(
    db,
    'system',
    a.role === 'organiser' ? 'organiser-token' : 'exhibitor-add',
    a.role === 'exhibitor' ? a.booth : 'organiser',
  );
  return { id: Number(r.lastInsertRowid), token: t };
}

/** Revokes every token of a booth's exhibitors; returns how many. */
export function revokeBooth(db: Db, booth: string, actor: string): number {
  const n = db
    .prepare("UPDATE accounts SET revoked_at = ? WHERE role = 'exhibitor' AND booth = ? AND revoked_at IS NULL")
    .run(new Date().toISOString(), booth).changes;
  audit(db, actor, 'exhibitor-revoke', booth, `${n} token(s)`);
  return n;
}

/**
 * The organiser's token: from the environment (kept in step with it), else made at first start
 * and returned once so that main.ts prints it. Only its hash is stored.
 */
export function ensureOrganiser(db: Db, fromEnv: string | null): string | null {
  const existing = db.prepare("SELECT id, token_hash FROM accounts WHERE role = 'organiser' AND revoked_at IS NULL").all() as {
    id: number;
    token_hash: string;
  }[];
  if (fromEnv) {
    if (!/^[A-Za-z0-9_-]{16,200}$/.test(fromEnv))
      throw new Error('PAVILION_ADMIN_TOKEN: expected 16–200 letters, digits, "-" or "_"');
    if (existing.some((r) => r.token_hash === hashToken(fromEnv))) return null;
    db.prepare("UPDATE accounts SET revoked_at = ? WHERE role = 'organiser' AND revoked_at IS NULL").run(
      new Date().toISOString(),
    );
    addAccount(db, { role: 'organiser' }, fromEnv);
    return null;
  }
  if (existing.length) return null;
  return addAccount(db, { role: 'organiser' }).token;
}
