/**
 * npm run bench [-- --quick] [--repeats N] [--sizes 36,1000] [--no-build]
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
import { percentile } from '../src/bench/benchPath';
import type { BenchFrame } from '../src/bench/BenchDriver';
import { openBrowser } from '../tests/browser/chromium';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const repeats = quick ? 1 : Number(args[args.indexOf('--repeats') + 1] ?? 5) || 5;
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : undefined;
const sizes = quick ? [36] : sizesArg ? sizesArg.split(',').map(Number) : [36, 100, 400, 1000];

if (!args.includes('--no-build'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });

// Generated halls live beside the build, never in the repo.
const logos = readdirSync('scenes/sample/logos')
  .filter((f) => f.endsWith('.svg'))
  .sort();
for (const n of sizes.filter((n) => n !== 36)) {
  const dir = `dist/bench-halls/${n}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/booths`, { recursive: true });
  const { hall, booths } = generateHall(n, 1, logos);
  writeFileSync(`${dir}/hall.json`, JSON.stringify(hall));
  for (const b of booths) writeFileSync(`${dir}/${b.file}`, JSON.stringify(b.manifest));
  writeFileSync(`${dir}/hall.bundle.json`, JSON.stringify(makeBundle(`${dir}/hall.json`).bundle));
}
// Every hall as published: one bundle (the build writes the sample's).
const hallPath = (n: number) => (n === 36 ? '/scenes/sample/hall.bundle.json' : `/bench-halls/${n}/hall.bundle.json`);

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const addr = server.httpServer.address();
const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

interface LoadRun {
  jsStart: number;
  manifests: number;
  sceneBuilt: number;
  firstFrame: number;
  hallDrawn: number;
  bytesBeforeFirstFrame: number;
  longestFrameMs: number;
}

async function coldLoad(n: number): Promise<LoadRun> {
  const s = await openBrowser();
  try {
    const page = await s.context.newPage();
    // Every frame's timestamp from the first script on, to find frozen frames while loading.
    await page.addInitScript(`
      window.__raf = [];
      requestAnimationFrame(function tick(t) {
        window.__raf.push(t);
        if (t < 15000) requestAnimationFrame(tick);
      });
    `);
    await page.goto(`${base}/?hall=${encodeURIComponent(hallPath(n))}`);
    await page.waitForSelector('body[data-first-frame="true"]', { timeout: 120_000 });
    await page.waitForFunction(
      () => {
        const p = window.__pavilion?.progress;
        return !!p && p.wanted > 0 && p.painted >= p.wanted;
      },
      null,
      { timeout: 60_000 },
    );
    const hallDrawn = await page.evaluate(() => performance.now());
    // A string, not a function: tsx would wrap named helpers in a `__name` the page lacks.
    return (await page.evaluate(`(() => {
      const drawn = ${hallDrawn};
      const mark = (name) => performance.getEntriesByName('pavilion:' + name)[0]?.startTime ?? NaN;
      const first = mark('first-frame');
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource');
      const bytes = nav.transferSize + res.filter((r) => r.responseEnd <= first).reduce((a, r) => a + r.transferSize, 0);
      const raf = window.__raf.filter((t) => t <= drawn);
      let longest = 0;
      for (let i = 1; i < raf.length; i++) longest = Math.max(longest, raf[i] - raf[i - 1]);
      return { jsStart: mark('js-start'), manifests: mark('manifests-loaded'), sceneBuilt: mark('scene-built'), firstFrame: first, hallDrawn: drawn, bytesBeforeFirstFrame: bytes, longestFrameMs: longest };
    })()`)) as LoadRun;
  } finally {
    await s.close();
  }
}

interface WalkRun {
  frames: BenchFrame[];
  programs: number;
  geometries: number;
  textures: number;
  textureBytes: number;
  heapBytes: number;
}

async function walk(n: number): Promise<WalkRun> {
  // A small canvas: CPU figures, not SwiftShader's fill rate (the GPU process shares 2 cores).
  const s = await openBrowser({ viewport: { width: 320, height: 180 } });
  try {
    const page = await s.context.newPage();
    await page.goto(`${base}/?bench=walk&hall=${encodeURIComponent(hallPath(n))}`);
    await page.waitForFunction(() => window.__bench?.done === true, null, { timeout: 300_000 });
    const info = await page.evaluate(() => ({
      ...window.__pavilion!.renderInfo(),
      ...window.__bench!.summary!(),
      frames: window.__bench!.frames,
    }));
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return {
      frames: info.frames,
      programs: info.programs,
      geometries: info.geometries,
      textures: info.textures,
      textureBytes: (info as { textureBytes?: number }).textureBytes ?? 0,
      heapBytes: heap.usedSize,
    };
  } finally {
    await s.close();
  }
}

const loads = new Map<number, LoadRun[]>(sizes.map((n) => [n, []]));
const walks = new Map<number, WalkRun[]>(sizes.map((n) => [n, []]));
// Interleaved (36, 100, 400, 1000, 36, …): drift on this machine hits every size alike.
for (let r = 0; r < repeats; r++) {
  for (const n of sizes) {
    loads.get(n)!.push(await coldLoad(n));
    if (r < (quick ? 1 : 2)) walks.get(n)!.push(await walk(n));
    process.stdout.write('.');
  }
}
process.stdout.write('\n');
await server.close();

const median = (xs: number[]) => percentile(xs, 50);
const results: Record<string, Record<string, number>> = {};
for (const n of sizes) {
  const L = loads.get(n)!;
  const W = walks.get(n)!;
  const frames = W.flatMap((w) => w.frames);
  results[n] = {
    drawCallsMin: Math.min(...frames.map((f) => f.calls)),
    drawCallsMax: Math.max(...frames.map((f) => f.calls)),
    trianglesMin: Math.min(...frames.map((f) => f.triangles)),
    trianglesMax: Math.max(...frames.map((f) => f.triangles)),
    programs: Math.max(...W.map((w) => w.programs)),
    geometries: Math.max(...W.map((w) => w.geometries)),
    textures: Math.max(...W.map((w) => w.textures)),
    textureMB: Math.max(...W.map((w) => w.textureBytes)) / 2 ** 20,
    renderMsMedian: median(frames.map((f) => f.renderMs)),
    renderMsP95: percentile(
      frames.map((f) => f.renderMs),
      95,
    ),
    frameMsMedian: median(frames.map((f) => f.frameMs)),
    frameMsP95: percentile(
      frames.map((f) => f.frameMs),
      95,
    ),
    heapMB: median(W.map((w) => w.heapBytes)) / 2 ** 20,
    jsStartMs: median(L.map((l) => l.jsStart)),
    manifestsMs: median(L.map((l) => l.manifests)),
    sceneBuiltMs: median(L.map((l) => l.sceneBuilt)),
    firstFrameMs: median(L.map((l) => l.firstFrame)),
    hallDrawnMs: median(L.map((l) => l.hallDrawn)),
    longestLoadFrameMs: Math.max(...L.map((l) => l.longestFrameMs)),
    kBBeforeFirstFrame: median(L.map((l) => l.bytesBeforeFirstFrame)) / 1024,
    maxLiveVideos: Math.max(...frames.map((f) => f.videos)),
    walkFrames: frames.length,
  };
}
const chunks = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const buf = readFileSync(path.join('dist/assets', f));
    return { chunk: f, kB: statSync(path.join('dist/assets', f)).size / 1024, gzipKB: gzipSync(buf).length / 1024 };
  });

const rows = Object.keys(results[sizes[0]!]!);
const pad = (s: string, w: number) => s.padStart(w);
console.log(`\n${'booths'.padEnd(22)}${sizes.map((n) => pad(String(n), 11)).join('')}`);
for (const row of rows)
  console.log(`${row.padEnd(22)}${sizes.map((n) => pad(results[n]![row]!.toFixed(/Ms|MB/.test(row) ? 2 : 0), 11)).join('')}`);
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
  const r = results[n]!;
  return !((r.walkFrames ?? 0) >= 120 && (r.drawCallsMax ?? 0) > 0 && (r.firstFrameMs ?? 0) > 0);
});
if (bad.length) {
  console.error(`bench: no usable measurements for ${bad.join(', ')} booths`);
  process.exit(1);
}
