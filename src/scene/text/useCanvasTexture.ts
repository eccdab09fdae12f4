import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import { cpuCanvas } from './cpuCanvas';
import { usePavilion } from '../../context/usePavilion';
import { ensureGlyphs } from './fonts';
import { oneAFrame } from './oneAFrame';

/**
 * A canvas texture painted once its text's glyphs have loaded, repainted when `deps`
 * change, disposed on unmount. For the few one-off boards (zones, gate, stage).
 */
export function useCanvasTexture(
  width: number,
  height: number,
  text: string,
  paint: (ctx: CanvasRenderingContext2D, w: number, h: number) => void,
  deps: readonly unknown[],
  /** Painted at once, before the glyphs arrive (a board's blank face, so it never shows as nothing). */
  blank?: (ctx: CanvasRenderingContext2D, w: number, h: number) => void,
): CanvasTexture {
  const texture = useMemo(() => {
    const { canvas, ctx } = cpuCanvas(width, height);
    blank?.(ctx, width, height);
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    t.anisotropy = 1;
    // A canvas keeps premultiplied pixels: uploading them as they are skips a CPU pass over
    // millions of pixels per board, and the boards are opaque, so nothing else changes.
    t.premultiplyAlpha = true;
    return t;
    // The blank face is painted once, with the canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height]);

  const gl = useThree((s) => s.gl);
  const { progress } = usePavilion();
  useEffect(() => {
    let live = true;
    let done = false;
    progress.wanted++;
    const finish = () => {
      if (!done) progress.painted++;
      done = true;
    };
    let cancel = () => {};
    void ensureGlyphs(text).then(() => {
      if (!live) return;
      // Boards usually get their glyphs together: painted and uploaded a frame apart.
      cancel = oneAFrame(() => {
        const canvas = texture.image as HTMLCanvasElement;
        const ctx = canvas.getContext('2d');
        if (!live || !ctx) return;
        paint(ctx, width, height);
        texture.needsUpdate = true;
        // Uploaded now, while the curtain is up, not in the first frame drawn.
        gl.initTexture(texture);
        finish();
      });
    });
    return () => {
      live = false;
      cancel();
      finish();
    };
    // The caller names what the painting depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [texture, text, ...deps]);

  useEffect(() => () => texture.dispose(), [texture]);
  return texture;
}
