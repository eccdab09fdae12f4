import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, boothManifest, FIXTURE_HALL, get, post, ROOT, submission } from './support';

/** The service as `npm start` runs it, in a process of its own that a test can kill. */
function start(dataDir: string, crashAt?: string): Promise<{ child: ChildProcess; url: string; content: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      PAVILION_DATA: dataDir,
      PAVILION_ADMIN_TOKEN: ADMIN,
      PAVILION_FIRST_HALL: FIXTURE_HALL,
      PAVILION_NO_DIST: '1',
      ...(crashAt ? { PAVILION_CRASH_AT: crashAt } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no PAVILION_READY in 30 s:\n${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PAVILION_READY (.+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, ...(JSON.parse(m[1]) as { url: string; content: string }) });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
}

const exited = (c: ChildProcess) =>
  new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.on('exit', () => r())));

let dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('the exhibitor:add command', () => {
  it('prints {"booth", "token"} last, and the token works for that booth only', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pavilion-cli-'));
    dirs.push(dir);
    const s = await start(dir);
    children.push(s.child);
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/cli/exhibitorAdd.ts', '--booth', 'cli-co', '--zone', 'telecom', '--name', 'CLI Co'],
      {
        cwd: ROOT,
        env: { ...process.env, PAVILION_DATA: dir },
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const last = JSON.parse(r.stdout.trim().split('\n').pop()!) as { booth: string; token: string };
    expect(last.booth).toBe('cli-co');
    expect((await get(`${s.url}/api/me`, last.token)).json).toMatchObject({
      role: 'exhibitor',
      booth: 'cli-co',
      zone: 'telecom',
    });
    const bad = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/cli/exhibitorAdd.ts', '--booth', 'x-co', '--zone', 'nowhere'],
      {
        cwd: ROOT,
        env: { ...process.env, PAVILION_DATA: dir },
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--zone: expected one of campus, telecom/);
    s.child.kill('SIGTERM');
    await exited(s.child);
  });
});

describe('a process killed mid-publish', () => {
  for (const point of ['after-tree', 'after-db', 'mid-hall'] as const)
    it(`at ${point}: leaves a whole live hall and loses nothing accepted`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'pavilion-crash-'));
      dirs.push(dir);
      // Accept a submission, then stop cleanly.
      let s = await start(dir);
      children.push(s.child);
      const add = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'server/cli/exhibitorAdd.ts', '--booth', 'crash-co', '--zone', 'campus'],
        {
          cwd: ROOT,
          env: { ...process.env, PAVILION_DATA: dir },
          encoding: 'utf8',
        },
      );
      const token = (JSON.parse(add.stdout.trim().split('\n').pop()!) as { token: string }).token;
      const sub = await post(`${s.url}/api/booths/crash-co/submissions`, token, submission(boothManifest('crash-co')));
      expect(sub.status).toBe(201);
      s.child.kill('SIGTERM');
      await exited(s.child);

      // Approve in a process that dies at the point.
      s = await start(dir, point);
      children.push(s.child);
      await expect(post(`${s.url}/api/submissions/${sub.json.submission}/approve`, ADMIN, {})).rejects.toThrow();
      await exited(s.child);
      expect(s.child.signalCode).toBe('SIGKILL');

      // Restart: the live hall is whole and the submission is still there.
      s = await start(dir);
      children.push(s.child);
      const res = await fetch(`${s.url}/live/hall.bundle.json`);
      const bundle = (await res.json()) as { hall: { booths: string[] }; booths: Record<string, { id: string }> };
      expect(bundle.hall.booths.length).toBe(Object.keys(bundle.booths).length);
      for (const url of bundle.hall.booths) expect((await fetch(url)).status, url).toBe(200);
      expect(readdirSync(path.join(dir, 'live')).filter((n) => n.endsWith('.tmp') || n.startsWith('.tmp-'))).toEqual([]);
      const mine = (await get(`${s.url}/api/booths/crash-co/submissions`, token)).json as { id: string; status: string }[];
      expect(mine.map((x) => x.id)).toEqual([sub.json.submission]);
      const ids = Object.values(bundle.booths).map((b) => b.id);
      if (point === 'after-tree') {
        // The version was never committed: the submission still waits, and approves now.
        expect(mine[0]!.status).toBe('submitted');
        expect(ids).not.toContain('crash-co');
        expect((await post(`${s.url}/api/submissions/${sub.json.submission}/approve`, ADMIN, {})).json).toEqual({ version: 1 });
      } else {
        // Committed before the kill: the restart finishes writing the hall.
        expect(mine[0]!.status).toBe('approved');
        expect(ids).toContain('crash-co');
      }
      expect(existsSync(path.join(dir, 'pavilion.db'))).toBe(true);
      s.child.kill('SIGTERM');
      await exited(s.child);
    });
});
