import type { Rect, Vec2 } from './geometry';

/**
 * Rectangles bucketed on a uniform grid, so a query looks at the few obstacles near a
 * point whatever the hall's size.
 */
export class RectIndex {
  private readonly buckets = new Map<number, number[]>();
  constructor(
    readonly rects: readonly Rect[],
    private readonly cell = 8,
  ) {
    rects.forEach((r, i) => {
      for (let cx = Math.floor(r.x0 / cell); cx <= Math.floor(r.x1 / cell); cx++)
        for (let cz = Math.floor(r.z0 / cell); cz <= Math.floor(r.z1 / cell); cz++) {
          const key = this.key(cx, cz);
          const list = this.buckets.get(key);
          if (list) list.push(i);
          else this.buckets.set(key, [i]);
        }
    });
  }

  private key(cx: number, cz: number): number {
    return (cx + 32768) * 65536 + (cz + 32768);
  }

  /** Indices of rectangles whose buckets touch the square of half-size `r` around p. */
  near(p: Vec2, r: number, out: number[] = []): number[] {
    out.length = 0;
    for (let cx = Math.floor((p.x - r) / this.cell); cx <= Math.floor((p.x + r) / this.cell); cx++)
      for (let cz = Math.floor((p.z - r) / this.cell); cz <= Math.floor((p.z + r) / this.cell); cz++) {
        const list = this.buckets.get(this.key(cx, cz));
        if (list) for (const i of list) if (!out.includes(i)) out.push(i);
      }
    return out;
  }
}

const scratch: number[] = [];

/**
 * Moves a circular body by (dx, dz), sliding along obstacles instead of stopping dead, and
 * keeps it inside `bounds`. Writes into and returns `pos`; allocates nothing per call.
 */
export function moveWithCollisions(pos: Vec2, dx: number, dz: number, radius: number, index: RectIndex, bounds: Rect): Vec2 {
  // Sub-steps keep a fast step from tunnelling through a thin wall.
  const steps = Math.max(1, Math.ceil(Math.hypot(dx, dz) / (radius * 0.8)));
  for (let s = 0; s < steps; s++) {
    pos.x += dx / steps;
    pos.z += dz / steps;
    for (let pass = 0; pass < 2; pass++) {
      for (const i of index.near(pos, radius + 0.5, scratch)) pushOut(pos, index.rects[i]!, radius);
    }
    pos.x = Math.min(bounds.x1 - radius, Math.max(bounds.x0 + radius, pos.x));
    pos.z = Math.min(bounds.z1 - radius, Math.max(bounds.z0 + radius, pos.z));
  }
  return pos;
}

/** Pushes a circle out of a rectangle along the shortest way. */
export function pushOut(pos: Vec2, r: Rect, radius: number): void {
  const cx = Math.min(r.x1, Math.max(r.x0, pos.x));
  const cz = Math.min(r.z1, Math.max(r.z0, pos.z));
  const ox = pos.x - cx;
  const oz = pos.z - cz;
  const d2 = ox * ox + oz * oz;
  if (d2 >= radius * radius) return;
  if (d2 > 1e-12) {
    const d = Math.sqrt(d2);
    pos.x = cx + (ox / d) * radius;
    pos.z = cz + (oz / d) * radius;
    return;
  }
  // Centre inside the rectangle: leave by the nearest side.
  const left = pos.x - r.x0;
  const right = r.x1 - pos.x;
  const top = pos.z - r.z0;
  const bottom = r.z1 - pos.z;
  const m = Math.min(left, right, top, bottom);
  if (m === left) pos.x = r.x0 - radius;
  else if (m === right) pos.x = r.x1 + radius;
  else if (m === top) pos.z = r.z0 - radius;
  else pos.z = r.z1 + radius;
}
