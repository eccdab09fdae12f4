import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import { ensureGlyphs } from './fonts';

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
): CanvasTexture {
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    t.anisotropy = 1;
    return t;
  }, [width, height]);

  useEffect(() => {
    let live = true;
    void ensureGlyphs(text).then(() => {
      const canvas = texture.image as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      if (!live || !ctx) return;
      paint(ctx, width, height);
      texture.needsUpdate = true;
    });
    return () => {
      live = false;
    };
    // The caller names what the painting depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [texture, text, ...deps]);

  useEffect(() => () => texture.dispose(), [texture]);
  return texture;
}
