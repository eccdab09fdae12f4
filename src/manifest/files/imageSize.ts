import type { ByteSource } from './byteSource';
import { BoxError, boxes, findPath, readPayload, u16, u32, type WalkBudget } from './isoBoxes';
import type { FileProblem } from './mp4';
import { svgSize } from './svgSize';

/**
 * Pixel size of an image from its header, without decoding it: a phone that opens a
 * 20000×20000 PNG needs 1.6 GB of memory, and the check must not either.
 */

export interface ImageSize {
  width: number;
  height: number;
}

const HEAD = 64 * 1024;
const JPEG_SCAN_LIMIT = 4 * 1024 * 1024;
const JPEG_MAX_SEGMENTS = 512;
const le16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const le24 = (b: Uint8Array, at: number) => le16(b, at) | ((b[at + 2] ?? 0) << 16);
const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));
const sized = (width: number, height: number): ImageSize | null => (width > 0 && height > 0 ? { width, height } : null);

function pngSize(b: Uint8Array): ImageSize | null {
  return ascii(b, 12, 4) === 'IHDR' ? sized(u32(b, 16), u32(b, 20)) : null;
}

function gifSize(b: Uint8Array): ImageSize | null {
  return b.length >= 10 ? sized(le16(b, 6), le16(b, 8)) : null;
}

function webpSize(b: Uint8Array): ImageSize | null {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a)
    return sized(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const [b1 = 0, b2 = 0, b3 = 0, b4 = 0] = b.subarray(21, 25);
    return sized(1 + (b1 | ((b2 & 0x3f) << 8)), 1 + ((b2 >> 6) | (b3 << 2) | ((b4 & 0x0f) << 10)));
  }
  if (chunk === 'VP8X' && b.length >= 30) return sized(1 + le24(b, 24), 1 + le24(b, 27));
  return null;
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** Walks the JPEG's segments up to the frame header, reading each segment's 2-byte length only. */
async function jpegSize(src: ByteSource): Promise<ImageSize | null> {
  let at = 2;
  for (let n = 0; n < JPEG_MAX_SEGMENTS && at < Math.min(src.size, JPEG_SCAN_LIMIT); n++) {
    const h = await src.read(at, 9);
    if (h[0] !== 0xff) return null;
    const marker = h[1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data without a frame header
    if ((marker >= 0xd0 && marker <= 0xd8) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (isSof(marker)) return sized(u16(h, 7), u16(h, 5));
    const length = u16(h, 2);
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** AVIF (and HEIF) keep the size in the `ispe` property, inside `meta` (a full box: 4 more header bytes). */
async function avifSize(src: ByteSource): Promise<ImageSize | null> {
  const budget: WalkBudget = { boxes: 1000, maxDepth: 6 };
  try {
    for await (const meta of boxes(src, 0, src.size, budget)) {
      if (meta.type !== 'meta') continue;
      const ispe = await findPath(src, { ...meta, payload: meta.payload + 4 }, ['iprp', 'ipco', 'ispe'], budget, 1);
      if (!ispe) return null;
      const b = await readPayload(src, ispe, 64);
      return sized(u32(b, 4), u32(b, 8));
    }
  } catch (e) {
    if (!(e instanceof BoxError)) throw e;
  }
  return null;
}

/** Width and height in pixels (CSS pixels for SVG), or null when the header does not say. */
export async function imageSize(src: ByteSource, type: string): Promise<ImageSize | null> {
  if (type === 'image/jpeg') return jpegSize(src);
  if (type === 'image/avif') return avifSize(src);
  const head = await src.read(0, Math.min(src.size, HEAD));
  switch (type) {
    case 'image/png':
      return pngSize(head);
    case 'image/gif':
      return gifSize(head);
    case 'image/webp':
      return webpSize(head);
    case 'image/svg+xml':
      return svgSize(new TextDecoder().decode(head));
    default:
      return null;
  }
}

export const IMAGE_LIMITS = { maxSide: 8192, maxPixels: 40_000_000, warnSide: 4096 } as const;

/** Images too big for phones to decode are refused; big ones are shown, with a warning. */
export function imageProblems(size: ImageSize): FileProblem[] {
  const { width, height } = size;
  const dims = `${width}×${height} px`;
  const megapixels = (width * height) / 1_000_000;
  if (width > IMAGE_LIMITS.maxSide || height > IMAGE_LIMITS.maxSide)
    return [
      {
        message: `the image is ${dims}, over ${IMAGE_LIMITS.maxSide} px on a side: phones cannot decode it; scale it down to at most ${IMAGE_LIMITS.warnSide} px`,
        severity: 'error',
      },
    ];
  if (width * height > IMAGE_LIMITS.maxPixels)
    return [
      {
        message: `the image is ${dims}: ${megapixels.toFixed(0)} megapixels, over the ${IMAGE_LIMITS.maxPixels / 1_000_000} that phones can decode; scale it down`,
        severity: 'error',
      },
    ];
  if (width > IMAGE_LIMITS.warnSide || height > IMAGE_LIMITS.warnSide)
    return [
      {
        message: `the image is ${dims}, over ${IMAGE_LIMITS.warnSide} px on a side: visitors download more than any screen shows; scale it to at most ${IMAGE_LIMITS.warnSide} px`,
        severity: 'warning',
      },
    ];
  return [];
}
