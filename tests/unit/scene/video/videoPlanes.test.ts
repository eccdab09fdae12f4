import { Matrix3, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { planeLayout, PlaneMode, yuvToRgb } from '../../../../src/scene/video/videoPlanes';

/** (Y, Cb, Cr) as 8-bit codes → (R, G, B) in 0..1, as the screen shader computes it. */
function toRgb(conv: ReturnType<typeof yuvToRgb>, y: number, cb: number, cr: number): number[] {
  const v = new Vector3(y / 255, cb / 255, cr / 255).sub(new Vector3().fromArray(conv.offset));
  return v.applyMatrix3(new Matrix3().fromArray(conv.matrix)).toArray();
}

describe('planeLayout', () => {
  it('packs NV12 as Y then interleaved UV at half size', () => {
    const l = planeLayout('NV12', 640, 360)!;
    expect(l.mode).toBe(PlaneMode.NV12);
    expect(l.planes).toEqual([
      { offset: 0, stride: 640, width: 640, height: 360, channels: 1 },
      { offset: 640 * 360, stride: 640, width: 320, height: 180, channels: 2 },
    ]);
    expect(l.byteLength).toBe(640 * 360 * 1.5);
  });

  it('packs I420 as three planes and rounds odd sizes up for chroma', () => {
    const l = planeLayout('I420', 641, 359)!;
    expect(l.mode).toBe(PlaneMode.I420);
    expect(l.planes.map((p) => [p.offset, p.width, p.height, p.stride])).toEqual([
      [0, 641, 359, 641],
      [641 * 359, 321, 180, 321],
      [641 * 359 + 321 * 180, 321, 180, 321],
    ]);
    expect(l.byteLength).toBe(641 * 359 + 2 * 321 * 180);
    expect(planeLayout('I420A', 640, 360)!.byteLength).toBe(640 * 360 * 1.5);
  });

  it('reads RGB formats as one plane, and refuses what the shader cannot read', () => {
    expect(planeLayout('RGBX', 4, 2)).toEqual({
      mode: PlaneMode.RGBA,
      planes: [{ offset: 0, stride: 16, width: 4, height: 2, channels: 4 }],
      byteLength: 32,
      copyOptions: { layout: [{ offset: 0, stride: 16 }] },
    });
    expect(planeLayout('BGRA', 4, 2)!.mode).toBe(PlaneMode.BGRA);
    for (const f of ['I444', 'I422', 'NV12A', null]) expect(planeLayout(f, 640, 360)).toBeNull();
    expect(planeLayout('NV12', 0, 360)).toBeNull();
    expect(planeLayout('NV12', Number.NaN, 360)).toBeNull();
  });
});

describe('yuvToRgb', () => {
  const close = (a: number[], b: number[]) => a.forEach((x, i) => expect(x).toBeCloseTo(b[i]!, 2));

  it('maps limited-range black and white to 0 and 1', () => {
    const c = yuvToRgb('bt709', false);
    close(toRgb(c, 16, 128, 128), [0, 0, 0]);
    close(toRgb(c, 235, 128, 128), [1, 1, 1]);
  });

  it('maps BT.709 and BT.601 primaries to their colours', () => {
    // Limited-range codes of pure red and pure blue in each matrix.
    close(toRgb(yuvToRgb('bt709', false), 63, 102, 240), [1, 0, 0]);
    close(toRgb(yuvToRgb('bt709', false), 32, 240, 118), [0, 0, 1]);
    close(toRgb(yuvToRgb('smpte170m', false), 81, 90, 240), [1, 0, 0]);
    close(toRgb(yuvToRgb('bt470bg', false), 41, 240, 110), [0, 0, 1]);
  });

  it('uses the full 0–255 range when the frame says so', () => {
    const c = yuvToRgb('bt709', true);
    close(toRgb(c, 0, 128, 128), [0, 0, 0]);
    close(toRgb(c, 255, 128, 128), [1, 1, 1]);
  });

  it('takes an unknown matrix as BT.709, limited range', () => {
    expect(yuvToRgb(null, null)).toEqual(yuvToRgb('bt709', false));
    expect(yuvToRgb('rgb', undefined)).toEqual(yuvToRgb('bt709', false));
  });
});
