import { SIGN_FONT_FAMILY } from './fonts';

/** Sets ctx.font at `size`, shrunk so `text` fits in `maxW`; returns the size used. */
export function fitFont(ctx: CanvasRenderingContext2D, text: string, weight: number, size: number, maxW: number): number {
  ctx.font = `${weight} ${size}px ${SIGN_FONT_FAMILY}`;
  const w = ctx.measureText(text).width;
  const s = w > maxW ? Math.max(10, Math.floor((size * maxW) / w)) : size;
  ctx.font = `${weight} ${s}px ${SIGN_FONT_FAMILY}`;
  return s;
}
