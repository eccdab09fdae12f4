/**
 * Picks the canvas's pixel ratio from how long frames take. A weak GPU (a budget phone, a kiosk
 * that renders in software) spends most of a frame filling pixels: at full resolution such a
 * hall runs at a few frames a second, at half the ratio (a quarter of the pixels) it walks
 * smoothly. Slow frames lower the ratio at once, in proportion to how slow they were; a long
 * run of fast ones raises it a step, never straight back to a ratio that just proved too slow.
 *
 * Counted in frames, not time, so it is deterministic and testable; fed each frame's interval.
 */
export interface GovernorOptions {
  /** Lowest and highest pixel ratio it may choose. */
  min: number;
  max: number;
  /** A median frame above this is too slow (ms). */
  slowMs?: number;
  /** What a drop aims for (ms). */
  targetMs?: number;
  /** A median below this, long enough, is room to raise (ms). */
  fastMs?: number;
  /** The ratio to begin at (default max): lower where the GPU is known to be slow. */
  start?: number;
}

/** Frames in the window whose median decides a drop. */
const WINDOW = 9;
/** Fast frames in a row before a raise. */
const RAISE_AFTER = 90;
/** Frames ignored after a change: the resize and the first frames at the new size are not typical. */
const SETTLE = 10;
/** Frames during which a ratio that proved too slow is not tried again. */
const COOLDOWN = 1800;
/** This many frames in a row, each over three times slowMs, drop at once without waiting for the window. */
const VERY_SLOW_RUN = 3;
/** An interval this long is a hidden tab or a stall, not a frame's cost. */
const IGNORE_ABOVE_MS = 1000;

export class ResolutionGovernor {
  dpr: number;
  private readonly min: number;
  private readonly max: number;
  private readonly slowMs: number;
  private readonly targetMs: number;
  private readonly fastMs: number;
  private readonly window = new Float64Array(WINDOW);
  /** Sorted copy of the window, reused: no allocation per frame. */
  private readonly sorted = new Float64Array(WINDOW);
  private filled = 0;
  private next = 0;
  private settle = 0;
  private fastRun = 0;
  private verySlowRun = 0;
  private frame = 0;
  /** The lowest ratio that was too slow, and until which frame it bars raising to it. */
  private tooSlow = Infinity;
  private tooSlowUntil = 0;

  constructor({ min, max, slowMs = 42, targetMs = 28, fastMs = 22, start }: GovernorOptions) {
    this.min = min;
    this.max = Math.max(min, max);
    this.slowMs = slowMs;
    this.targetMs = targetMs;
    this.fastMs = fastMs;
    this.dpr = Math.min(this.max, Math.max(this.min, start ?? this.max));
  }

  /** One frame's interval in ms; returns the new pixel ratio when it changes, else null. */
  record(frameMs: number): number | null {
    this.frame++;
    if (!(frameMs > 0) || frameMs > IGNORE_ABOVE_MS) return null;
    if (this.settle > 0) {
      this.settle--;
      return null;
    }
    this.window[this.next] = frameMs;
    this.next = (this.next + 1) % WINDOW;
    this.filled = Math.min(WINDOW, this.filled + 1);
    this.fastRun = frameMs < this.fastMs ? this.fastRun + 1 : 0;
    this.verySlowRun = frameMs > 3 * this.slowMs ? this.verySlowRun + 1 : 0;
    if (this.verySlowRun >= VERY_SLOW_RUN && this.dpr > this.min) return this.drop(frameMs);
    if (this.filled < WINDOW) return null;

    this.sorted.set(this.window);
    const median = this.sorted.sort()[WINDOW >> 1]!;
    if (median > this.slowMs && this.dpr > this.min) return this.drop(median);
    if (this.fastRun >= RAISE_AFTER && this.dpr < this.max) {
      if (this.frame >= this.tooSlowUntil) this.tooSlow = Infinity;
      const ceiling = Math.min(this.max, this.tooSlow * 0.95);
      const raised = Math.min(ceiling, this.dpr * 1.15);
      if (raised > this.dpr + 0.01) return this.change(raised);
      this.fastRun = 0;
    }
    return null;
  }

  private drop(frameMs: number): number {
    // Fill cost goes with the pixel count, the square of the ratio.
    const factor = Math.min(0.9, Math.max(0.6, Math.sqrt(this.targetMs / frameMs)));
    this.tooSlow = Math.min(this.tooSlow, this.dpr);
    this.tooSlowUntil = this.frame + COOLDOWN;
    return this.change(Math.max(this.min, this.dpr * factor));
  }

  private change(dpr: number): number {
    this.dpr = Math.round(dpr * 100) / 100;
    this.filled = 0;
    this.next = 0;
    this.fastRun = 0;
    this.verySlowRun = 0;
    this.settle = SETTLE;
    return this.dpr;
  }
}

/** Never below half a CSS pixel per pixel: blurrier than that stops being worth the frames. */
export const MIN_DPR = 0.5;

/**
 * Where a software rasterizer starts: a quarter of the pixels of ratio 1. Started at 0.6, the
 * sample hall at rest (three booth videos playing) took 50 ms a frame in headless Chromium's
 * SwiftShader, and the governor always dropped to 0.5 within a second of the first view: a resize,
 * and a frame of 0.1–0.3 s, while the hall was still filling in. It raises the ratio where there is room.
 */
export const SOFTWARE_START_DPR = 0.5;

/** The highest ratio worth drawing: the canvas's cap or the display's own, whichever is lower. */
export function dprCeiling(maxDpr: number, deviceRatio: number): number {
  return Math.max(MIN_DPR, Math.min(maxDpr, deviceRatio > 0 ? deviceRatio : 1));
}

/** The ratio to begin at, below a ceiling: lower where the GPU is a software rasterizer. */
export function startDpr(ceiling: number, software: boolean): number {
  return software ? Math.min(ceiling, SOFTWARE_START_DPR) : ceiling;
}
