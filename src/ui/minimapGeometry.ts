import type { Rect, Vec2 } from '../hall/geometry';

/** Maps the hall's floor (north up) into a box of pixels, and back. */
export interface MapFrame {
  scale: number;
  ox: number;
  oy: number;
  width: number;
  height: number;
}

export function fitFrame(bounds: Rect, maxW: number, maxH: number, pad = 6): MapFrame {
  const w = bounds.x1 - bounds.x0;
  const h = bounds.z1 - bounds.z0;
  const scale = Math.min((maxW - pad * 2) / w, (maxH - pad * 2) / h);
  const width = Math.round(w * scale + pad * 2);
  const height = Math.round(h * scale + pad * 2);
  return { scale, ox: pad - bounds.x0 * scale, oy: pad - bounds.z0 * scale, width, height };
}

export const toMap = (f: MapFrame, p: Vec2) => ({ x: f.ox + p.x * f.scale, y: f.oy + p.z * f.scale });
export const toFloor = (f: MapFrame, x: number, y: number): Vec2 => ({ x: (x - f.ox) / f.scale, z: (y - f.oy) / f.scale });
