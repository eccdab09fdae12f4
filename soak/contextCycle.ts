import type { Page } from 'playwright-core';

/**
 * Loses the hall's WebGL context (WEBGL_lose_context), restores it, and returns how long after
 * the restore three.js drew a frame again (ms), or null if it did not within `timeoutMs`.
 * "Drew" is three.js's own frame counter (`renderInfo().frame`), which stands still while the
 * context is lost and starts again from 0 on the context three.js rebuilds (or on a remounted canvas).
 */
export async function loseAndRestore(page: Page, timeoutMs = 3000): Promise<number | null> {
  return page.evaluate(async (timeoutMs) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.stage canvas');
    const gl = canvas?.getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_lose_context');
    const probe = window.__pavilion;
    if (!canvas || !gl || !ext || !probe) throw new Error('no WebGL canvas with WEBGL_lose_context to cycle');
    // No named inner functions here: tsx wraps them in a helper the page does not have.
    const lost = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      canvas.addEventListener(
        'webglcontextlost',
        () => {
          clearTimeout(timer);
          resolve(true);
        },
        { once: true },
      );
    });
    ext.loseContext();
    if (!(await lost)) throw new Error('the context was not lost');
    // A couple of frames without a context, as when a GPU process dies.
    await new Promise((r) => setTimeout(r, 50));
    const stalled = probe.renderInfo().frame;
    const t0 = performance.now();
    ext.restoreContext();
    // A restored renderer counts from 0 again, a remounted canvas publishes a new probe: either
    // way a count above 0 that is not the stalled one is a frame drawn since.
    while (performance.now() - t0 < timeoutMs) {
      await new Promise((r) => requestAnimationFrame(r));
      const frame = window.__pavilion?.renderInfo().frame ?? 0;
      if (frame > 0 && frame !== stalled) return performance.now() - t0;
    }
    return null;
  }, timeoutMs);
}
