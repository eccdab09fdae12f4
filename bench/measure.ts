import type { BenchFrame, BenchSummary } from '../src/benchDriver/BenchDriver';
import { openBrowser } from '../tests/browser/chromium';

export interface LoadRun {
  jsStart: number;
  /** The WebGL context is ready: made while the manifests load. */
  context: number;
  manifests: number;
  sceneBuilt: number;
  firstFrame: number;
  hallDrawn: number;
  bytesBeforeFirstFrame: number;
  longestFrameMs: number;
  /** When the longest frame began (ms from navigation), to tell which phase froze. */
  longestFrameAt: number;
  /** Longest frame in the 3 s after the hall is drawn, while the rest of it fills in (posters, signs, videos). */
  longestFrameAfterMs: number;
}

export interface WalkRun extends BenchSummary {
  frames: BenchFrame[];
  programs: number;
  geometries: number;
  textures: number;
  heapBytes: number;
}

/**
 * One cold load in a fresh profile: phase marks, bytes before the first frame, the longest frame.
 * `from` is the page the browser shows first, on another site than `url`.
 */
export async function coldLoad(url: string, from: string): Promise<LoadRun> {
  const s = await openBrowser();
  try {
    const page = await s.context.newPage();
    // A visitor's browser is already running: let it start its GPU process and compositor
    // (a 0.4 s first frame on any page, blank or not) before the load; profile and cache stay
    // cold. It shows another site's page, as a visitor's does: not about:blank, whose renderer
    // the app would inherit, and whose teardown (50–200 ms on the app's main thread) fell in the
    // middle of the load.
    await page.goto(from);
    await page.waitForTimeout(800);
    // Every frame's timestamp from the first script on, to find frozen frames while loading.
    await page.addInitScript(`
      window.__raf = [];
      requestAnimationFrame(function tick(t) {
        window.__raf.push(t);
        if (t < 60000) requestAnimationFrame(tick);
      });
    `);
    await page.goto(url);
    await page.waitForSelector('body[data-first-frame="true"]', { timeout: 120_000 });
    await page.waitForFunction(
      () => {
        const p = window.__pavilion?.progress;
        return !!p && p.wanted > 0 && p.painted >= p.wanted;
      },
      null,
      { timeout: 120_000 },
    );
    // The 3 s after the hall is drawn: the rest of it fills in meanwhile (and the frame in
    // progress when it was drawn ends, so a long one is counted).
    await page.waitForTimeout(3000);
    // A string, not a function: tsx would wrap named helpers in a `__name` the page lacks.
    return (await page.evaluate(`(() => {
      const mark = (name) => performance.getEntriesByName('pavilion:' + name)[0]?.startTime ?? NaN;
      const first = mark('first-frame');
      // Nothing is drawn until the first view's boards, signs and posters are on the GPU (the
      // render gate opens): the first frame is the hall drawn.
      const drawn = Math.max(first, mark('first-view'));
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource');
      const bytes = nav.transferSize + res.filter((r) => r.responseEnd <= first).reduce((a, r) => a + r.transferSize, 0);
      const after = window.__raf.find((t) => t > drawn);
      const raf = window.__raf.filter((t) => t <= drawn).concat(after === undefined ? [] : [after]);
      let after3 = 0;
      for (let i = 1; i < window.__raf.length; i++)
        // Every frame that began in the window, however long it ran on.
        if (window.__raf[i - 1] >= drawn && window.__raf[i - 1] < drawn + 3000) after3 = Math.max(after3, window.__raf[i] - window.__raf[i - 1]);
      let longest = 0;
      let longestAt = 0;
      for (let i = 1; i < raf.length; i++)
        if (raf[i] - raf[i - 1] > longest) {
          longest = raf[i] - raf[i - 1];
          longestAt = raf[i - 1];
        }
      return { jsStart: mark('js-start'), context: mark('context'), manifests: mark('manifests-loaded'), sceneBuilt: mark('scene-built'), firstFrame: first, hallDrawn: drawn, bytesBeforeFirstFrame: bytes, longestFrameMs: longest, longestFrameAt: longestAt, longestFrameAfterMs: after3 };
    })()`)) as LoadRun;
  } finally {
    await s.close();
  }
}

/** The fixed camera path at 320×180, then heap after a forced GC. A walk that stalls keeps the frames it got. */
export async function walk(url: string, timeoutMs: number): Promise<WalkRun> {
  // A small canvas: CPU figures, not SwiftShader's fill rate (the GPU process shares 2 cores).
  const s = await openBrowser({ viewport: { width: 320, height: 180 } });
  try {
    const page = await s.context.newPage();
    await page.goto(url);
    await page
      .waitForFunction(() => window.__bench?.done === true, null, { timeout: timeoutMs })
      .catch(() => {
        console.warn(`\nbench: walk not finished in ${timeoutMs / 1000} s, keeping the frames measured: ${url}`);
      });
    const info = await page.evaluate(() => ({
      ...window.__pavilion!.renderInfo(),
      ...window.__bench!.summary!(),
      frames: [...window.__bench!.frames],
    }));
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { ...info, heapBytes: heap.usedSize };
  } finally {
    await s.close();
  }
}
