import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * The service's records. SQLite in WAL mode with `synchronous = FULL`: a transaction that has
 * returned is on disk, so an answered request is never lost to a crash. Files live beside it
 * (blobs/, live/); rows point at them by content hash, and are written after the files are.
 */
export function openDb(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS accounts (
      id INTEGER PRIMARY KEY,
      role TEXT NOT NULL CHECK (role IN ('organiser', 'exhibitor')),
      booth TEXT, zone TEXT, name TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL, expires_at TEXT, revoked_at TEXT
    );
    CREATE TABLE IF NOT EXISTS booths (
      id TEXT PRIMARY KEY, zone TEXT NOT NULL, name TEXT NOT NULL,
      ord INTEGER NOT NULL, live_version INTEGER
    );
    CREATE TABLE IF NOT EXISTS submissions (
      id TEXT PRIMARY KEY,
      booth TEXT NOT NULL REFERENCES booths(id),
      account INTEGER REFERENCES accounts(id),
      by_name TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected', 'superseded')),
      reason TEXT, version INTEGER,
      manifest TEXT NOT NULL, files TEXT NOT NULL, warnings TEXT NOT NULL,
      created_at TEXT NOT NULL, decided_at TEXT
    );
    CREATE INDEX IF NOT EXISTS submissions_booth ON submissions (booth, created_at);
    CREATE TABLE IF NOT EXISTS versions (
      booth TEXT NOT NULL REFERENCES booths(id), version INTEGER NOT NULL,
      submission TEXT NOT NULL REFERENCES submissions(id),
      tree TEXT NOT NULL, published_at TEXT NOT NULL,
      PRIMARY KEY (booth, version)
    );
    CREATE TABLE IF NOT EXISTS audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, detail TEXT
    );
    -- Kiosk screens' latest heartbeat, one row per screen (server/kiosks.ts bounds the count).
    CREATE TABLE IF NOT EXISTS kiosks (
      id TEXT PRIMARY KEY,
      first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
      version TEXT NOT NULL, hall_version TEXT,
      uptime_s REAL NOT NULL, fps REAL NOT NULL, errors INTEGER NOT NULL, last_error TEXT,
      address TEXT NOT NULL
    );
  `);
  return db;
}

export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

export function audit(db: Db, actor: string, action: string, target: string, detail?: string): void {
  db.prepare('INSERT INTO audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    actor,
    action,
    target,
    detail ?? null,
  );
}
