import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../../../src/boot/flags';
import { dprCeiling, ResolutionGovernor, startDpr } from '../../../../src/scene/renderer/resolutionGovernor';
import { isSoftwareRenderer } from '../../../../src/scene/renderer/softwareGpu';

/** Feeds frames of the given interval; returns every ratio the governor switched to. */
function feed(g: ResolutionGovernor, frameMs: number, frames: number): number[] {
  const changes: number[] = [];
  for (let i = 0; i < frames; i++) {
    const dpr = g.record(frameMs);
    if (dpr !== null) changes.push(dpr);
  }
  return changes;
}

describe('ResolutionGovernor', () => {
  it('keeps full resolution while frames are fast', () => {
    const g = new ResolutionGovernor({ min: 0.5, max: 1.75 });
    expect(feed(g, 16.7, 5000)).toEqual([]);
    expect(g.dpr).toBe(1.75);
  });

  it('lowers the ratio in proportion to how slow frames are, down to the floor', () => {
    const g = new ResolutionGovernor({ min: 0.5, max: 1 });
    // 60 ms against a 28 ms aim: the pixel count should shrink to about half.
    const first = feed(g, 60, 9);
    expect(first).toHaveLength(1);
    expect(first[0]).toBeCloseTo(Math.sqrt(28 / 60), 2);
    feed(g, 60, 200);
    expect(g.dpr).toBe(0.5);
    expect(feed(g, 60, 500)).toEqual([]);
  });

  it('drops after three very slow frames, without waiting for a full window', () => {
    const g = new ResolutionGovernor({ min: 0.5, max: 1 });
    expect(feed(g, 300, 2)).toEqual([]);
    expect(feed(g, 300, 1)).toEqual([0.6]);
  });

  it('is not moved by a single stall or a hidden tab', () => {
    const g = new ResolutionGovernor({ min: 0.5, max: 1 });
    const frames = [16, 16, 16, 16, 400, 16, 16, 16, 16, 16, 5000, 16, 16, 0, Number.NaN];
    expect(frames.map((ms) => g.record(ms)).filter((d) => d !== null)).toEqual([]);
    expect(g.dpr).toBe(1);
  });

  it('waits for the new size to settle before judging it', () => {
    const g = new ResolutionGovernor({ min: 0.25, max: 1 });
    feed(g, 300, 3);
    // The next ten frames are the resize's: slow or not, they do not count.
    expect(feed(g, 300, 10)).toEqual([]);
    expect(feed(g, 300, 3)).toHaveLength(1);
  });

  it('raises a step after a long run of fast frames, but not back to a ratio that was too slow', () => {
    const g = new ResolutionGovernor({ min: 0.5, max: 1 });
    feed(g, 60, 9); // 1 was too slow: now about 0.68
    const after = g.dpr;
    const raised = feed(g, 12, 1500);
    expect(raised.length).toBeGreaterThan(0);
    expect(raised[0]).toBeCloseTo(after * 1.15, 2);
    // Until the cool-down ends, never above 95% of the ratio that was too slow.
    expect(Math.max(...raised)).toBeLessThanOrEqual(0.95);
    // Much later, with frames still fast, full resolution is tried again.
    feed(g, 12, 4000);
    expect(g.dpr).toBe(1);
  });

  it('never goes above the cap it was given', () => {
    const g = new ResolutionGovernor({ min: 0.5, max: 0.8 });
    expect(g.dpr).toBe(0.8);
    feed(g, 10, 10_000);
    expect(g.dpr).toBe(0.8);
  });
});

describe('where it starts', () => {
  it('begins at the given ratio, within its bounds, and can still rise from there', () => {
    expect(new ResolutionGovernor({ min: 0.5, max: 1.75, start: 0.6 }).dpr).toBe(0.6);
    expect(new ResolutionGovernor({ min: 0.5, max: 1.75, start: 0.1 }).dpr).toBe(0.5);
    expect(new ResolutionGovernor({ min: 0.5, max: 1, start: 3 }).dpr).toBe(1);
    const g = new ResolutionGovernor({ min: 0.5, max: 1, start: 0.6 });
    feed(g, 12, 2000);
    expect(g.dpr).toBe(1);
  });

  it('knows software rasterizers by the names browsers report', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    ])
      expect(isSoftwareRenderer(name)).toBe(true);
    for (const name of [
      'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple GPU',
      'Adreno (TM) 610',
      'Mali-G57',
      'WebKit WebGL',
      '',
    ])
      expect(isSoftwareRenderer(name)).toBe(false);
  });
});

describe('where the ratio starts', () => {
  it('is capped by the canvas and by the display, never below the floor', () => {
    expect(dprCeiling(1.75, 3)).toBe(1.75);
    expect(dprCeiling(1.75, 1)).toBe(1);
    expect(dprCeiling(1.75, 0.25)).toBe(0.5);
    // A browser that reports no ratio: one CSS pixel per pixel.
    expect(dprCeiling(1.75, 0)).toBe(1);
    expect(dprCeiling(1.75, NaN)).toBe(1);
  });

  it('starts a software rasterizer at a quarter of the pixels, a GPU at the ceiling', () => {
    expect(startDpr(1.75, true)).toBe(0.5);
    expect(startDpr(1.75, false)).toBe(1.75);
    expect(startDpr(0.5, true)).toBe(0.5);
  });
});

const pinnedDpr = (search: string) => parseFlags(search).dpr;

describe('?dpr=', () => {
  it('reads ?dpr= within range, and nothing else', () => {
    expect(pinnedDpr('?dpr=1.5')).toBe(1.5);
    expect(pinnedDpr('?hall=x&dpr=1')).toBe(1);
    expect(pinnedDpr('')).toBeNull();
    expect(pinnedDpr('?dpr=')).toBeNull();
    expect(pinnedDpr('?dpr=abc')).toBeNull();
    expect(pinnedDpr('?dpr=0')).toBeNull();
    expect(pinnedDpr('?dpr=100')).toBeNull();
    expect(pinnedDpr('?dpr=Infinity')).toBeNull();
  });
});
