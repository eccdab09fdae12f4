import { Color } from 'three';

const a = new Color();
const b = new Color();

/** Mixes two CSS colours in sRGB and returns a CSS hex string (for canvases and tints). */
export function mixHex(x: string, y: string, t: number): string {
  a.set(x);
  b.set(y);
  return `#${a.lerp(b, t).getHexString()}`;
}

/** Black or white, whichever reads better on `bg`. */
export function inkOn(bg: string): string {
  a.set(bg);
  const l = 0.2126 * a.r + 0.7152 * a.g + 0.0722 * a.b;
  return l > 0.55 ? '#0f172a' : '#ffffff';
}
