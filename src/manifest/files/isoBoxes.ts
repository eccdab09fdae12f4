import type { ByteSource } from './byteSource';

/**
 * The box structure of ISO BMFF files (MP4, M4A): a 32-bit size and a four-character type,
 * a 64-bit size when the 32-bit one is 1, "to the end" when it is 0. Boxes are read header by
 * header, so a 4 GB `mdat` costs one 16-byte read, wherever the `moov` is.
 */

export interface Box {
  type: string;
  /** Offset of the box's header. */
  start: number;
  /** Offset of the box's payload. */
  payload: number;
  /** Offset just past the box. */
  end: number;
}

/** Shared limits of one walk: a crafted file must not make the walk long, deep or greedy. */
export interface WalkBudget {
  boxes: number;
  readonly maxDepth: number;
}

export class BoxError extends Error {}

const fourcc = (b: Uint8Array, at: number): string => String.fromCharCode(...b.subarray(at, at + 4));

export function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) * 2 ** 24 + ((b[at + 1] ?? 0) << 16) + ((b[at + 2] ?? 0) << 8) + (b[at + 3] ?? 0)) >>> 0;
}

export function u16(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}

/** A 64-bit big-endian integer, or Infinity past 2^53 (no real file gets there). */
export function u64(b: Uint8Array, at: number): number {
  const v = u32(b, at) * 2 ** 32 + u32(b, at + 4);
  return Number.isSafeInteger(v) ? v : Infinity;
}

/** The boxes between `start` and `end` of `src`, one header read each. */
export async function* boxes(src: ByteSource, start: number, end: number, budget: WalkBudget): AsyncGenerator<Box> {
  let at = start;
  while (end - at >= 8) {
    if (--budget.boxes < 0) throw new BoxError('the file has too many boxes to check');
    const h = await src.read(at, 16);
    if (h.length < 8) throw new BoxError('the file ends in the middle of a box header');
    const type = fourcc(h, 4);
    let size = u32(h, 0);
    let header = 8;
    if (size === 1) {
      if (h.length < 16) throw new BoxError(`the "${type}" box header is cut off`);
      size = u64(h, 8);
      header = 16;
    } else if (size === 0) size = end - at;
    if (type === 'uuid') header += 16;
    if (size < header) throw new BoxError(`the "${type}" box at byte ${at} has an impossible size (${size})`);
    if (at + size > end)
      throw new BoxError(
        `the "${type}" box at byte ${at} runs ${at + size - end} bytes past the end of its container (is the file complete?)`,
      );
    yield { type, start: at, payload: at + header, end: at + size };
    at += size;
  }
}

/** The first child of type `type` inside `parent`, or null. */
export async function findBox(src: ByteSource, parent: Box, type: string, budget: WalkBudget): Promise<Box | null> {
  for await (const box of boxes(src, parent.payload, parent.end, budget)) if (box.type === type) return box;
  return null;
}

/** The box at the end of `path` below `parent` (e.g. `['minf', 'stbl', 'stsd']`), or null. */
export async function findPath(
  src: ByteSource,
  parent: Box,
  path: readonly string[],
  budget: WalkBudget,
  depth: number,
): Promise<Box | null> {
  let box: Box | null = parent;
  for (const type of path) {
    if (++depth > budget.maxDepth) throw new BoxError('the file nests boxes too deeply to check');
    box = await findBox(src, box, type, budget);
    if (!box) return null;
  }
  return box;
}

/** A box's payload, which must be small: only headers and descriptions are ever read whole. */
export async function readPayload(src: ByteSource, box: Box, max: number): Promise<Uint8Array> {
  const length = box.end - box.payload;
  if (length > max) throw new BoxError(`the "${box.type}" box is ${length} bytes, more than ${max} expected`);
  return src.read(box.payload, length);
}
