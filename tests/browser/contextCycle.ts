import type { Page } from 'playwright-core';

export interface CycleResult {
  /** From the `webglcontextlost` event to the first frame drawn with a working context (restored, or a new canvas's). */
  msToFirstFrame: number;
}

export interface CycleOptions {
  /** When to ask for the context back; null never asks (the canvas must be replaced). */
  restoreAfterMs?: number | null;
  /** Give up waiting for frames after this long. */
  timeoutMs?: number;
  /** The canvas whose context is lost. */
  selector?: string;
}

/**
 * Loses the pavilion canvas's WebGL context (WEBGL_lose_context), gives it back after
 * `restoreAfterMs`, and measures how long until frames are drawn again. Frames (the page's
 * `window.__pavilion.frames`) do not count while a context is lost; a replaced canvas publishes
 * a new counter, so any change after the loss counts. Timed inside the page, so the test
 * runner's own latency is not in the figure. Rejects when nothing is drawn within `timeoutMs`.
 * Shared with `npm run soak`.
 */
export async function loseAndRestore(page: Page, options: CycleOptions = {}): Promise<CycleResult> {
  const { restoreAfterMs = 100, timeoutMs = 10_000, selector = '.stage canvas' } = options;
  return page.evaluate(
    async ({ restoreAfterMs, timeoutMs, selector }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      const gl = canvas?.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      const probe = window.__pavilion;
      if (!canvas || !gl || !ext || !probe) throw new Error('no pavilion canvas with a WebGL2 context to lose');
      // Timed from the loss itself: loseContext() can block the page for a while before it.
      const lost = new Promise<number>((resolve) =>
        canvas.addEventListener('webglcontextlost', (e) => resolve(e.timeStamp), { once: true }),
      );
      ext.loseContext();
      const start = await lost;
      // Counted from here: frames drawn once the context (or a new canvas's) works.
      const before = window.__pavilion;
      const framesAtLoss = before?.frames ?? -1;
      if (restoreAfterMs !== null) setTimeout(() => ext.restoreContext(), restoreAfterMs);
      return new Promise<{ msToFirstFrame: number }>((resolve, reject) => {
        const tick = () => {
          const now = performance.now();
          const p = window.__pavilion;
          // The counter moves in the same task as render(): a frame counted is a frame drawn.
          const base = p === before ? framesAtLoss : 0;
          if (p && p.frames >= base + 1) {
            resolve({ msToFirstFrame: Math.round(now - start) });
            return;
          }
          if (now - start > timeoutMs) {
            reject(new Error(`nothing drawn ${timeoutMs} ms after the context was lost (frames ${p?.frames ?? 'gone'})`));
            return;
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    { restoreAfterMs, timeoutMs, selector },
  );
}
