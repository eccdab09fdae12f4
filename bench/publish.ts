/**
 * npm run bench:publish [-- --sizes 10,1000] [--repeats 7]
 * How long approving one booth takes in a hall of 10 booths and of 1,000: a publish writes only
 * the changed booth's files and rewrites the hall's two small index files, so the two should
 * be close. Prints one table. The service runs in this process, on loopback, in a temp folder.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BlobStore } from '../server/blobs';
import { createServer } from '../server/createServer';
import { LiveHall } from '../server/live';
import { Publishing } from '../server/publishing';
import { percentile } from './percentile';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (opt('--sizes') ?? '10,1000').split(',').map(Number);
const repeats = Number(opt('--repeats') ?? 7);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#0f766e"/></svg>';

function manifest(id: string, n: number): string {
  return JSON.stringify({
    schemaVersion: 1,
    id,
    exhibitor: {
      name: { zh: `展商${n}`, en: `Exhibitor ${n}` },
      description: { zh: '网络安全，人人有责。'.repeat(8), en: 'Cybersecurity is everyone’s job. '.repeat(8) },
      logo: 'logo.svg',
    },
    booth: { size: 'M', template: 'classic', colors: { primary: '#0f766e', accent: '#f97316' } },
    media: [{ type: 'link', label: { zh: `版本 ${n}`, en: `Version ${n}` }, href: 'https://example.org/' }],
  });
}

interface Row {
  booths: number;
  median: number;
  p90: number;
  bundleKb: number;
}

async function measure(n: number): Promise<Row> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pavilion-bench-publish-'));
  const s = await createServer({
    port: 0,
    host: '127.0.0.1',
    contentPort: 0,
    contentOrigin: null,
    dataDir: dir,
    adminToken: 'org_bench_token_0123456789abcdef',
    distDir: null,
    sampleHall: path.join(ROOT, 'tests/fixtures/service/hall.json'),
    extraAppOrigins: [],
    limits: { fileBytes: 1 << 26, totalBytes: 1 << 27, files: 40 },
  });
  const blobs = new BlobStore(dir);
  const live = new LiveHall(dir, blobs, s.db, s.contentOrigin);
  const pub = new Publishing(s.db, blobs, live, () => s.contentOrigin);
  const logo = path.join(dir, 'logo.svg');
  (await import('node:fs')).writeFileSync(logo, SVG);
  const { sha256, size } = await blobs.putFile(logo);
  const files = [{ path: 'logo.svg', abs: blobs.blobPath(sha256), size, sha256 }];
  const types = new Map([['logo.svg', 'image/svg+xml']]);
  // Seed n booths (one is the fixture's) without n publishes: lay out each tree, commit rows in one go.
  const rows: { id: string; sub: string; tree: string }[] = [];
  for (let i = 1; i < n; i++) {
    const id = `bench-${i}`;
    const text = manifest(id, i);
    s.db.prepare("INSERT INTO booths (id, zone, name, ord) VALUES (?, 'campus', ?, ?)").run(id, id, i);
    const sub = await pub.accept({ booth: id, account: null, by: 'bench', manifestText: text, files, types, warnings: [] });
    rows.push({ id, sub, tree: await live.materialize(text, [{ ...files[0]!, type: 'image/svg+xml' }]) });
  }
  s.db.transaction(() => {
    for (const r of rows) {
      s.db.prepare("UPDATE submissions SET status = 'approved', version = 1 WHERE id = ?").run(r.sub);
      s.db
        .prepare("INSERT INTO versions (booth, version, submission, tree, published_at) VALUES (?, 1, ?, ?, '2026-01-01')")
        .run(r.id, r.sub, r.tree);
      s.db.prepare('UPDATE booths SET live_version = 1 WHERE id = ?').run(r.id);
    }
  })();
  await live.writeHall();

  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const sub = await pub.accept({
      booth: 'seed-booth',
      account: null,
      by: 'bench',
      manifestText: manifest('seed-booth', 1000 + r),
      files,
      types,
      warnings: [],
    });
    const t0 = performance.now();
    await pub.approve(sub, 'bench');
    times.push(performance.now() - t0);
  }
  const bundleKb = statSync(path.join(dir, 'live', 'hall.bundle.json')).size / 1024;
  await s.close();
  rmSync(dir, { recursive: true, force: true });
  return { booths: n, median: percentile(times, 50), p90: percentile(times, 90), bundleKb };
}

const results: Row[] = [];
for (const n of sizes) results.push(await measure(n));
console.log(`\nPublishing one booth (approve → live files written), ${repeats} runs each\n`);
console.log('| booths in hall | median ms | p90 ms | hall bundle |');
console.log('|---:|---:|---:|---:|');
for (const r of results)
  console.log(`| ${r.booths} | ${r.median.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.bundleKb.toFixed(0)} kB |`);
