/**
 * How a decoded video frame's planes are laid out when copied out of a WebCodecs `VideoFrame`,
 * and how its YUV turns into RGB: the pure half of `VideoScreen`.
 */

/** How the screen's shader reads the planes (a uniform, so every format shares one program). */
export const PlaneMode = {
  /** Y, then U and V interleaved at half size. */
  NV12: 0,
  /** Y, then U, then V, each at half size. */
  I420: 1,
  RGBA: 2,
  BGRA: 3,
} as const;
export type PlaneMode = (typeof PlaneMode)[keyof typeof PlaneMode];

export interface Plane {
  offset: number;
  /** Bytes per row: rows are packed, so width × channels. */
  stride: number;
  width: number;
  height: number;
  /** 1 (one byte per texel), 2 (interleaved U/V) or 4 (RGBA). */
  channels: 1 | 2 | 4;
}

export interface FrameLayout {
  mode: PlaneMode;
  planes: Plane[];
  byteLength: number;
  /** `VideoFrame.copyTo`'s options for this layout, made once rather than per frame. */
  copyOptions: VideoFrameCopyToOptions;
}

/** Packs planes one after another, each row tight, for `VideoFrame.copyTo`'s `layout` option. */
function packed(mode: PlaneMode, sizes: [number, number, 1 | 2 | 4][]): FrameLayout {
  let offset = 0;
  const planes = sizes.map(([width, height, channels]) => {
    const p = { offset, stride: width * channels, width, height, channels };
    offset += p.stride * height;
    return p;
  });
  return {
    mode,
    planes,
    byteLength: offset,
    copyOptions: { layout: planes.map((p) => ({ offset: p.offset, stride: p.stride })) },
  };
}

/**
 * The planes of a `width`×`height` frame in `format` (a WebCodecs `VideoPixelFormat`), or null
 * for formats the screen shader does not read (which then get the browser's own upload).
 */
export function planeLayout(format: string | null, width: number, height: number): FrameLayout | null {
  if (!(width > 0 && height > 0)) return null;
  const cw = Math.ceil(width / 2);
  const ch = Math.ceil(height / 2);
  switch (format) {
    case 'NV12':
      return packed(PlaneMode.NV12, [
        [width, height, 1],
        [cw, ch, 2],
      ]);
    // I420A's alpha plane is not copied: a screen is opaque.
    case 'I420':
    case 'I420A':
      return packed(PlaneMode.I420, [
        [width, height, 1],
        [cw, ch, 1],
        [cw, ch, 1],
      ]);
    case 'RGBA':
    case 'RGBX':
      return packed(PlaneMode.RGBA, [[width, height, 4]]);
    case 'BGRA':
    case 'BGRX':
      return packed(PlaneMode.BGRA, [[width, height, 4]]);
    default:
      return null;
  }
}

export interface YuvToRgb {
  /** Column-major 3×3, as `Matrix3.fromArray` and GLSL's mat3 take it. */
  matrix: number[];
  /** Subtracted from (Y, U, V), each in 0..1, before the matrix. */
  offset: [number, number, number];
}

/** Luma weights (Kr, Kb) of the matrices videos use. */
const WEIGHTS: Record<string, [number, number]> = {
  bt709: [0.2126, 0.0722],
  bt470bg: [0.299, 0.114],
  smpte170m: [0.299, 0.114],
  'bt2020-ncl': [0.2627, 0.0593],
};

/**
 * The YUV → RGB conversion for a frame's colour space. Unknown matrices are taken as BT.709 and
 * unknown range as limited (16–235), which is what web video almost always is.
 */
export function yuvToRgb(matrix: string | null | undefined, fullRange: boolean | null | undefined): YuvToRgb {
  const [kr, kb] = WEIGHTS[matrix ?? ''] ?? WEIGHTS.bt709!;
  const kg = 1 - kr - kb;
  // Y' in 0..1 and Cb, Cr in -0.5..0.5 to R'G'B'.
  const crR = 2 * (1 - kr);
  const cbB = 2 * (1 - kb);
  const cbG = (-2 * kb * (1 - kb)) / kg;
  const crG = (-2 * kr * (1 - kr)) / kg;
  const ys = fullRange ? 1 : 255 / 219;
  const cs = fullRange ? 1 : 255 / 224;
  const yOff = fullRange ? 0 : 16 / 255;
  // Columns: what Y, Cb and Cr each add to (R, G, B).
  return {
    matrix: [ys, ys, ys, 0, cbG * cs, cbB * cs, crR * cs, crG * cs, 0],
    offset: [yOff, 128 / 255, 128 / 255],
  };
}
