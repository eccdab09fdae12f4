import { percentile } from './percentile';
import type { LoadRun, WalkRun } from './measure';

export type Figures = Record<string, number>;

const median = (xs: number[]) => (xs.length ? percentile(xs, 50) : NaN);
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const min = (xs: number[]) => (xs.length ? Math.min(...xs) : NaN);
const p95 = (xs: number[]) => (xs.length ? percentile(xs, 95) : NaN);

/** The figures of one hall size and variant: counts as min/max over the path, times as medians over runs. */
export function figures(L: LoadRun[], W: WalkRun[]): Figures {
  const frames = W.flatMap((w) => w.frames);
  const frameMedian = median(frames.map((f) => f.frameMs));
  return {
    drawCallsMin: min(frames.map((f) => f.calls)),
    drawCallsMax: max(frames.map((f) => f.calls)),
    trianglesMin: min(frames.map((f) => f.triangles)),
    trianglesMax: max(frames.map((f) => f.triangles)),
    programs: max(W.map((w) => w.programs)),
    materials: max(W.map((w) => w.materials)),
    geometries: max(W.map((w) => w.geometries)),
    textures: max(W.map((w) => w.textures)),
    textureMB: max(W.map((w) => w.textureBytes)) / 2 ** 20,
    renderMsMedian: median(frames.map((f) => f.renderMs)),
    renderMsP95: p95(frames.map((f) => f.renderMs)),
    updateMsMedian: median(frames.map((f) => f.updateMs)),
    updateMsMax: max(frames.map((f) => f.updateMs)),
    // Frames where the app's own CPU work (update + render submission) alone exceeds twice the
    // median whole frame: hitches from layout, uploads or culling rather than rasterizing.
    appHitches: frames.filter((f) => f.updateMs + f.renderMs > 2 * frameMedian).length,
    frameMsMedian: frameMedian,
    frameMsP95: p95(frames.map((f) => f.frameMs)),
    frameMsMax: max(frames.map((f) => f.frameMs)),
    heapMB: median(W.map((w) => w.heapBytes)) / 2 ** 20,
    jsStartMs: median(L.map((l) => l.jsStart)),
    contextMs: median(L.map((l) => l.context)),
    manifestsMs: median(L.map((l) => l.manifests)),
    sceneBuiltMs: median(L.map((l) => l.sceneBuilt)),
    firstFrameMs: median(L.map((l) => l.firstFrame)),
    hallDrawnMs: median(L.map((l) => l.hallDrawn)),
    longestLoadFrameMs: max(L.map((l) => l.longestFrameMs)),
    longestLoadFrameMsMedian: median(L.map((l) => l.longestFrameMs)),
    longestFrameAfterDrawnMs: max(L.map((l) => l.longestFrameAfterMs)),
    longestFrameAfterDrawnMsMedian: median(L.map((l) => l.longestFrameAfterMs)),
    // Where the worst one began, against the phase marks above.
    longestLoadFrameAtMs: L.length ? L.reduce((a, l) => (l.longestFrameMs > a.longestFrameMs ? l : a)).longestFrameAt : NaN,
    kBBeforeFirstFrame: median(L.map((l) => l.bytesBeforeFirstFrame)) / 1024,
    maxLiveVideos: max(frames.map((f) => f.videos)),
    maxHallModels: max(frames.map((f) => f.models ?? 0)),
    walkFrames: frames.length,
    loadRuns: L.length,
  };
}

const fmt = (row: string, v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(/Ms|MB/.test(row) ? 1 : 0);

/**
 * One table: a row per figure; per hall size, ours, the straightforward reference and
 * ours/ref (below 1 is better for every figure but walkFrames and loadRuns).
 */
export function table(sizes: string[], ours: Record<string, Figures>, ref: Record<string, Figures> | null): string {
  const rows = Object.keys(ours[sizes[0]!]!);
  const w = 9;
  const head = sizes.map((n) =>
    ref ? `${n} ours`.padStart(w) + 'ref'.padStart(w) + 'ours/ref'.padStart(w) : String(n).padStart(w),
  );
  const lines = [`${'booths'.padEnd(20)}${head.join(' ')}`];
  for (const row of rows) {
    const cells = sizes.map((n) => {
      const a = ours[n]![row];
      if (!ref) return fmt(row, a).padStart(w);
      const b = ref[n]?.[row];
      const ratio = a !== undefined && b !== undefined && b !== 0 && Number.isFinite(a / b) ? (a / b).toFixed(2) : '—';
      return fmt(row, a).padStart(w) + fmt(row, b).padStart(w) + ratio.padStart(w);
    });
    lines.push(`${row.padEnd(20)}${cells.join(' ')}`);
  }
  return lines.join('\n');
}
