import { PNG } from 'pngjs';

export interface PixelStats {
  width: number;
  height: number;
  /** Distinct colours after quantising to 5 bits a channel. */
  distinctColors: number;
  /** Share of pixels that are (near) the most common colour. */
  dominantShare: number;
  meanLuminance: number;
}

/** Summarises a PNG screenshot, to tell a rendered scene from a blank or flat canvas. */
export function pixelStats(png: Buffer): PixelStats {
  const img = PNG.sync.read(png);
  const counts = new Map<number, number>();
  let lum = 0;
  const n = img.width * img.height;
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i]!;
    const g = img.data[i + 1]!;
    const b = img.data[i + 2]!;
    lum += 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const max = Math.max(...counts.values());
  return { width: img.width, height: img.height, distinctColors: counts.size, dominantShare: max / n, meanLuminance: lum / n };
}

/** Fraction of pixels that differ noticeably between two same-size screenshots. */
export function diffShare(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return 1;
  let diff = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d =
      Math.abs(x.data[i]! - y.data[i]!) + Math.abs(x.data[i + 1]! - y.data[i + 1]!) + Math.abs(x.data[i + 2]! - y.data[i + 2]!);
    if (d > 30) diff++;
  }
  return diff / (x.width * x.height);
}

export interface Blob {
  count: number;
  x: number;
  y: number;
}

/** Where the pixels close to a pure colour are: how many, and their centre. */
export function colourCentroid(png: Buffer, rgb: [number, number, number], tolerance = 60): Blob {
  const img = PNG.sync.read(png);
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const d = Math.abs(img.data[i]! - rgb[0]) + Math.abs(img.data[i + 1]! - rgb[1]) + Math.abs(img.data[i + 2]! - rgb[2]);
    if (d > tolerance) continue;
    const p = i / 4;
    count++;
    sx += p % img.width;
    sy += Math.floor(p / img.width);
  }
  return { count, x: count ? sx / count : NaN, y: count ? sy / count : NaN };
}

/** Share of pixels near black in `after` that were not in `before`: what a texture lost to black looks like. */
export function newlyDarkShare(before: Buffer, after: Buffer): number {
  const x = PNG.sync.read(before);
  const y = PNG.sync.read(after);
  if (x.width !== y.width || x.height !== y.height) return 1;
  const dark = (d: Buffer, i: number) => d[i]! + d[i + 1]! + d[i + 2]! < 60;
  let n = 0;
  for (let i = 0; i < y.data.length; i += 4) if (dark(y.data, i) && !dark(x.data, i)) n++;
  return n / (y.width * y.height);
}
