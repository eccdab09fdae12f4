import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addAccount } from '../../server/auth';
import type { Config } from '../../server/config';
import { createServer, type RunningServer } from '../../server/createServer';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_HALL = path.join(ROOT, 'tests/fixtures/service/hall.json');
export const ADMIN = 'org_test_admin_token_0123456789';

export interface TestServer extends RunningServer {
  dataDir: string;
  exhibitor(booth: string, zone?: string, expiresAt?: string | null): string;
  stop(): Promise<void>;
}

/** The real service on loopback, on ports it picks, with a data folder of its own. */
export async function startServer(over: Partial<Config> = {}, dataDir?: string): Promise<TestServer> {
  const dir = dataDir ?? mkdtempSync(path.join(tmpdir(), 'pavilion-srv-'));
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    contentPort: 0,
    contentOrigin: null,
    dataDir: dir,
    adminToken: ADMIN,
    distDir: null,
    sampleHall: FIXTURE_HALL,
    extraAppOrigins: [],
    limits: { fileBytes: 8 * 1024 * 1024, totalBytes: 16 * 1024 * 1024, files: 40 },
    ...over,
  };
  const s = await createServer(config);
  return {
    ...s,
    dataDir: dir,
    exhibitor(booth, zone = 'telecom', expiresAt = null) {
      const exists = s.db.prepare('SELECT 1 FROM booths WHERE id = ?').get(booth);
      if (!exists)
        s.db
          .prepare('INSERT INTO booths (id, zone, name, ord) VALUES (?, ?, ?, (SELECT COALESCE(MAX(ord), -1) + 1 FROM booths))')
          .run(booth, zone, booth);
      return addAccount(s.db, { role: 'exhibitor', booth, zone, name: `Exhibitor ${booth}`, expiresAt }).token;
    },
    async stop() {
      await s.close();
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1d4ed8"/></svg>';
// 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export function boothManifest(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id,
    exhibitor: {
      name: { zh: `展商 ${id}`, en: `Exhibitor ${id}` },
      description: { zh: '我们的展台。', en: 'Our booth.' },
      logo: 'logo.svg',
    },
    booth: { size: 'S', template: 'classic', colors: { primary: '#0f766e', accent: '#f97316' } },
    media: [
      {
        type: 'image',
        src: 'images/poster.png',
        alt: { zh: '一张海报', en: 'A poster' },
      },
    ],
    ...extra,
  };
}

/** A multipart submission as the contract describes it. */
export function submission(manifest: unknown, files: { path: string; body: Buffer | string }[] = defaultFiles()): FormData {
  const form = new FormData();
  form.append('manifest', new Blob([JSON.stringify(manifest)], { type: 'application/json' }), 'booth.json');
  for (const f of files) form.append('asset', new Blob([typeof f.body === 'string' ? f.body : new Uint8Array(f.body)]), f.path);
  return form;
}

export function defaultFiles(): { path: string; body: Buffer | string }[] {
  return [
    { path: 'logo.svg', body: SVG },
    { path: 'images/poster.png', body: PNG },
  ];
}

/** A reply's body as the tests read it: the contract's JSON, asserted field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests walk untyped JSON replies and assert each field they use
export type Json = any;

export async function post(url: string, token: string | null, body: FormData | object): Promise<{ status: number; json: Json }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body instanceof FormData ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

export async function get(url: string, token: string | null): Promise<{ status: number; json: Json }> {
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/** Files under a folder, recursively: a refused upload must leave the store as it was. */
export function fileCount(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? fileCount(path.join(dir, e.name)) : 1;
  return n;
}
