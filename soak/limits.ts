/**
 * What a soak run measures and the limits it holds them to: pure, so the verdict is tested
 * without a browser (tests/unit/soak/limits.test.ts).
 */

/** One reading of the page after garbage collection. */
export interface SoakMetrics {
  /** V8 heap in use after GC, bytes: the objects below and V8's compiled code. */
  heapUsed: number;
  /** Of a heap snapshot: the JS objects, strings, arrays, closures and hidden classes, bytes. */
  heapObjects: number;
  /** Of a heap snapshot: bytecode and optimised code, bytes (grows as functions get hot). */
  heapCode: number;
  /** DOM nodes alive (connected or not), from `Memory.getDOMCounters`. */
  domNodes: number;
  jsEventListeners: number;
  documents: number;
  /** Live element objects (connected or detached), by `Runtime.queryObjects`. */
  videos: number;
  audios: number;
  iframes: number;
  /** Of those, the ones no longer in the document. */
  detachedVideos: number;
  /** Howl instances howler still holds (`Howler._howls`). */
  howls: number;
  /** three.js `renderer.info.memory`: textures besides the booth screens'. */
  textures: number;
  /**
   * The booth screens' textures: 0–3 a live screen, after whether each has decoded a frame by the
   * reading (a walk or an attract run changes that, not a leak); bounded by `liveVideos`.
   */
  screenTextures: number;
  geometries: number;
  /** Video elements the 3D hall's screens hold (`liveVideoCount`). */
  liveVideos: number;
}

export type Limit = { kind: 'equal' } | { kind: 'ratio'; max: number } | { kind: 'info' };

/**
 * The soak's contract (issue 14): media and GPU objects back to baseline, the heap's objects
 * within 5 %. The used size with code is shown beside them: V8 compiles and flushes code as it
 * likes, and over a long run that alone moves the used size by more than 5 % (soak/README.md).
 */
export const LIMITS: Record<keyof SoakMetrics, Limit> = {
  heapUsed: { kind: 'info' },
  heapObjects: { kind: 'ratio', max: 1.05 },
  heapCode: { kind: 'info' },
  domNodes: { kind: 'ratio', max: 1.05 },
  jsEventListeners: { kind: 'ratio', max: 1.05 },
  documents: { kind: 'equal' },
  videos: { kind: 'equal' },
  audios: { kind: 'equal' },
  iframes: { kind: 'equal' },
  detachedVideos: { kind: 'equal' },
  howls: { kind: 'equal' },
  textures: { kind: 'equal' },
  screenTextures: { kind: 'info' },
  geometries: { kind: 'info' },
  liveVideos: { kind: 'equal' },
};

/** A booth screen holds at most three textures (a frame's Y, U and V planes). */
const SCREEN_TEXTURES_MAX = 3;

/** Each context loss and restore must draw a frame again within this. */
export const RESTORE_LIMIT_MS = 3000;

export interface Row {
  metric: string;
  baseline: string;
  final: string;
  change: string;
  limit: string;
  pass: boolean;
}

const LABEL: Record<keyof SoakMetrics, string> = {
  heapUsed: 'JS heap used after GC',
  heapObjects: 'JS objects (heap snapshot)',
  heapCode: 'compiled JS code (heap snapshot)',
  domNodes: 'DOM nodes',
  jsEventListeners: 'JS event listeners',
  documents: 'documents',
  videos: '<video> objects',
  audios: '<audio> objects',
  iframes: '<iframe> objects',
  detachedVideos: 'detached <video>',
  howls: 'Howls',
  textures: 'GPU textures (besides screens)',
  screenTextures: 'booth screen textures',
  geometries: 'GPU geometries',
  liveVideos: 'hall screen videos',
};

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;

const BYTES: ReadonlySet<keyof SoakMetrics> = new Set(['heapUsed', 'heapObjects', 'heapCode']);

function show(key: keyof SoakMetrics, v: number): string {
  return BYTES.has(key) ? mb(v) : String(v);
}

function change(key: keyof SoakMetrics, base: number, final: number): string {
  const d = final - base;
  const abs = BYTES.has(key) ? `${d >= 0 ? '+' : '−'}${mb(Math.abs(d))}` : `${d >= 0 ? '+' : '−'}${Math.abs(d)}`;
  if (base === 0) return abs;
  return `${abs} (${d >= 0 ? '+' : '−'}${((Math.abs(d) / base) * 100).toFixed(1)} %)`;
}

/** Whether `final` keeps `limit` against `base`. */
export function withinLimit(limit: Limit, base: number, final: number): boolean {
  if (limit.kind === 'info') return true;
  if (limit.kind === 'equal') return final === base;
  return final <= base * limit.max;
}

function limitText(limit: Limit): string {
  if (limit.kind === 'info') return '—';
  if (limit.kind === 'equal') return '= baseline';
  return `≤ +${Math.round((limit.max - 1) * 100)} %`;
}

/** The table's rows: every metric against its limit, then the context cycles. */
export function compareMetrics(baseline: SoakMetrics, final: SoakMetrics, restoreMs: readonly (number | null)[]): Row[] {
  const rows: Row[] = (Object.keys(LIMITS) as (keyof SoakMetrics)[]).map((key) => ({
    metric: LABEL[key],
    baseline: show(key, baseline[key]),
    final: show(key, final[key]),
    change: change(key, baseline[key], final[key]),
    limit: key === 'screenTextures' ? `≤ ${SCREEN_TEXTURES_MAX} a live screen` : limitText(LIMITS[key]),
    pass:
      key === 'screenTextures'
        ? final.screenTextures <= SCREEN_TEXTURES_MAX * final.liveVideos
        : withinLimit(LIMITS[key], baseline[key], final[key]),
  }));
  if (restoreMs.length > 0) rows.push(restoreRow(restoreMs));
  return rows;
}

/** Context cycles: a null is one that did not draw again in time. */
export function restoreRow(restoreMs: readonly (number | null)[]): Row {
  const drawn = restoreMs.filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
  const median = drawn.length ? drawn[Math.floor((drawn.length - 1) / 2)]! : null;
  const max = drawn.length ? drawn[drawn.length - 1]! : null;
  const failed = restoreMs.length - drawn.length;
  const ok = failed === 0 && max !== null && max <= RESTORE_LIMIT_MS;
  return {
    metric: `context loss → drawn (${restoreMs.length} cycles)`,
    baseline: median === null ? '—' : `median ${Math.round(median)} ms`,
    final: max === null ? '—' : `max ${Math.round(max)} ms`,
    change: failed ? `${failed} not drawn` : 'all drawn',
    limit: `each ≤ ${RESTORE_LIMIT_MS} ms`,
    pass: ok,
  };
}

/** A Markdown table (readable in a terminal and pasteable into a README). */
export function formatTable(rows: readonly Row[]): string {
  const cells = [
    ['metric', 'baseline', 'final', 'change', 'limit', 'pass'],
    ...rows.map((r) => [r.metric, r.baseline, r.final, r.change, r.limit, r.pass ? 'yes' : 'NO']),
  ];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((s, i) => s.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

/** The rows that failed, by name (empty when the run passed). */
export function failures(rows: readonly Row[]): string[] {
  return rows.filter((r) => !r.pass).map((r) => r.metric);
}
