/**
 * npm run bench [-- --quick] [--repeats N] [--walks N] [--sizes 36,1000,1000m] [--no-ref] [--no-build]
 * A size ending in m is that hall with a model in every fifth booth standing in the hall (issue 17).
 * Builds the app, serves it on loopback and measures halls of 36 (the sample), 100, 400 and
 * 1,000 booths in headless Chromium (SwiftShader). Prints one table, writes bench/results.json.
 * See bench/README.md for how to read it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { makeBundle } from '../scripts/bundle/makeBundle';
import { generateHall } from '../scripts/gen-hall/generateHall';
import { coldLoad, walk, type LoadRun, type WalkRun } from './measure';
import { figures, table, type Figures } from './report';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const repeats = quick ? 1 : Number(args[args.indexOf('--repeats') + 1] ?? 5) || 5;
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : undefined;
const sizes: string[] = quick ? ['36'] : sizesArg ? sizesArg.split(',') : ['36', '100', '400', '1000', '1000m'];
const boothsIn = (cell: string) => parseInt(cell, 10);

if (!args.includes('--no-build'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });

// Generated halls live beside the build, never in the repo.
const logos = readdirSync('scenes/sample/logos')
  .filter((f) => f.endsWith('.svg'))
  .sort();
for (const n of sizes.filter((n) => n !== '36')) {
  const dir = `dist/bench-halls/${n}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/booths`, { recursive: true });
  const { hall, booths } = generateHall(boothsIn(n), 1, logos, n.endsWith('m') ? { modelEvery: 5 } : {});
  writeFileSync(`${dir}/hall.json`, JSON.stringify(hall));
  for (const b of booths) writeFileSync(`${dir}/${b.file}`, JSON.stringify(b.manifest));
  writeFileSync(`${dir}/hall.bundle.json`, JSON.stringify(makeBundle(`${dir}/hall.json`).bundle));
}
// The page a cold load starts from: another site's, as a visitor arrives from a search or a link.
mkdirSync('dist/bench-halls', { recursive: true });
writeFileSync('dist/bench-halls/elsewhere.html', '<!doctype html><title>elsewhere</title><p>another site</p>');
// Every hall as published: one bundle (the build writes the sample's).
const hallPath = (n: string) => (n === '36' ? '/scenes/sample/hall.bundle.json' : `/bench-halls/${n}/hall.bundle.json`);

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const addr = server.httpServer.address();
const port = typeof addr === 'object' && addr ? addr.port : 0;
const base = `http://127.0.0.1:${port}`;
// localhost and 127.0.0.1 are different sites: the browser gives the app a renderer of its own.
const elsewhere = `http://localhost:${port}/bench-halls/elsewhere.html`;

type Variant = 'ours' | 'ref';
// The straightforward build of the same hall (src/reference), measured in the same run.
const variants: Variant[] = args.includes('--no-ref') ? ['ours'] : ['ours', 'ref'];
// The walk pins the pixel ratio: its frame figures then compare like with like across sizes,
// variants and runs. Cold loads run the resolution governor as a visitor's browser does.
const url = (n: string, v: Variant, walkPath: boolean) =>
  `${base}/?${walkPath ? 'bench=walk&dpr=1&' : ''}${v === 'ref' ? 'variant=ref&' : ''}hall=${encodeURIComponent(hallPath(n))}`;

const loads = new Map<string, LoadRun[]>();
const walks = new Map<string, WalkRun[]>();
const push = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v]);
const walkRepeats = quick ? 1 : Math.min(Number(args[args.indexOf('--walks') + 1] ?? 2) || 2, repeats);
// Interleaved (36 ours, 36 ref, 100 ours, …, then again): drift hits every cell alike.
for (let r = 0; r < repeats; r++) {
  for (const n of sizes) {
    for (const v of variants) {
      const key = `${v}:${n}`;
      try {
        push(loads, key, await coldLoad(url(n, v, false), elsewhere));
        if (r < walkRepeats) push(walks, key, await walk(url(n, v, true), v === 'ref' ? 90_000 : 300_000));
      } catch (e) {
        console.warn(`\nbench: ${v} at ${n} booths failed: ${(e as Error).message.split('\n')[0]}`);
      }
      process.stdout.write('.');
    }
  }
}
process.stdout.write('\n');
await server.close();

const results: Record<Variant, Record<string, Figures>> = { ours: {}, ref: {} };
for (const v of variants)
  for (const n of sizes) results[v][n] = figures(loads.get(`${v}:${n}`) ?? [], walks.get(`${v}:${n}`) ?? []);

const chunks = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const buf = readFileSync(path.join('dist/assets', f));
    return { chunk: f, kB: statSync(path.join('dist/assets', f)).size / 1024, gzipKB: gzipSync(buf).length / 1024 };
  });

console.log(`\n${table(sizes, results.ours, variants.includes('ref') ? results.ref : null)}`);
console.log('\nJS chunks (kB raw / gzip)');
for (const c of chunks) console.log(`  ${c.chunk.padEnd(32)}${c.kB.toFixed(1).padStart(9)}${c.gzipKB.toFixed(1).padStart(9)}`);
mkdirSync('bench', { recursive: true });
writeFileSync(
  // Only a full run is the record; quick and partial runs must not overwrite it.
  quick || sizesArg ? 'bench/out-partial.json' : 'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), repeats, results, chunks }, null, 2)}\n`,
);

// The smoke run must fail loudly if the harness measured nothing.
const bad = sizes.filter((n) => {
  const r = results.ours[n]!;
  return !((r.walkFrames ?? 0) >= 120 && (r.drawCallsMax ?? 0) > 0 && (r.firstFrameMs ?? 0) > 0);
});
if (bad.length) {
  console.error(`bench: no usable measurements for ${bad.join(', ')} booths`);
  process.exit(1);
}
