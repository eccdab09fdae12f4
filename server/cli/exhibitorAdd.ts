/**
 * npm run -s exhibitor:add -- --booth <id> --zone <zone id> [--name <text>] [--expires <days>]
 * npm run -s exhibitor:add -- --revoke --booth <id>
 * Creates an exhibitor who may write only that booth and prints, last, one JSON line:
 * {"booth": "<id>", "token": "<token>"}. Only the token's hash is kept: this is its only showing.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { addAccount, revokeBooth } from '../auth';
import { configFromEnv } from '../config';
import { getMeta, openDb } from '../db';

const fail = (msg: string): never => {
  console.error(`✗ ${msg}`);
  process.exit(2);
};

const { values } = parseArgs({
  options: {
    booth: { type: 'string' },
    zone: { type: 'string' },
    name: { type: 'string' },
    expires: { type: 'string' },
    revoke: { type: 'boolean', default: false },
  },
  strict: true,
});
const root = fileURLToPath(new URL('../..', import.meta.url));
const config = configFromEnv(process.env, root);
mkdirSync(config.dataDir, { recursive: true });
const db = openDb(path.join(config.dataDir, 'pavilion.db'));
const booth = values.booth ?? fail('--booth <id> is required');
if (!/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(booth))
  fail(`--booth: expected a slug (lowercase letters, digits and "-"), got ${JSON.stringify(booth)}`);

if (values.revoke) {
  const n = revokeBooth(db, booth, 'organiser (cli)');
  console.log(JSON.stringify({ booth, revoked: n }));
  process.exit(0);
}

const zone = values.zone ?? fail('--zone <zone id> is required');
const hall = getMeta(db, 'hall');
if (hall) {
  const zones = (JSON.parse(hall) as { zones: { id: string }[] }).zones.map((z) => z.id);
  if (!zones.includes(zone)) fail(`--zone: expected one of ${zones.join(', ')}, got ${JSON.stringify(zone)}`);
}
const existing = db.prepare('SELECT zone FROM booths WHERE id = ?').get(booth) as { zone: string } | undefined;
if (existing && existing.zone !== zone) fail(`booth "${booth}" is already in zone "${existing.zone}"`);
let expiresAt: string | null = null;
if (values.expires !== undefined) {
  const days = Number(values.expires);
  if (!Number.isFinite(days) || days <= 0 || days > 3650)
    fail(`--expires: expected a number of days (1–3650), got ${values.expires}`);
  expiresAt = new Date(Date.now() + days * 86_400_000).toISOString();
}
const name = values.name ?? booth;
const { token } = db.transaction(() => {
  if (!existing) {
    const ord = (db.prepare('SELECT COALESCE(MAX(ord), -1) + 1 AS o FROM booths').get() as { o: number }).o;
    db.prepare('INSERT INTO booths (id, zone, name, ord) VALUES (?, ?, ?, ?)').run(booth, zone, name, ord);
  }
  return addAccount(db, { role: 'exhibitor', booth, zone, name, expiresAt });
})();
db.close();
console.log(JSON.stringify({ booth, token }));
