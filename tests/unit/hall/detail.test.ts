import { describe, expect, it } from 'vitest';
import { chunkPlacements } from '../../../src/hall/chunks';
import { boundsOf, DETAIL, distanceToRect, wantsFullDetail } from '../../../src/hall/detail';
import { layoutHall } from '../../../src/hall/layout';
import { hallOf } from './support';

describe('distance-based detail', () => {
  it('measures distance to the nearest edge, and 0 inside', () => {
    const r = { x0: 0, z0: 0, x1: 10, z1: 4 };
    expect(distanceToRect(5, 2, r)).toBe(0);
    expect(distanceToRect(13, 2, r)).toBe(3);
    expect(distanceToRect(-3, 8, r)).toBe(5);
  });

  it('switches to full inside `near`, back to silhouettes only past near + margin', () => {
    const { near, margin } = DETAIL;
    expect(wantsFullDetail(near - 0.1, false)).toBe(true);
    expect(wantsFullDetail(near + 0.1, false)).toBe(false);
    // Standing on the boundary: no flicker either way.
    expect(wantsFullDetail(near + 0.1, true)).toBe(true);
    expect(wantsFullDetail(near + margin - 0.1, true)).toBe(true);
    expect(wantsFullDetail(near + margin + 0.1, true)).toBe(false);
  });

  it('bounds every booth of a cell, so the cell you stand in is always in full', () => {
    const layout = layoutHall(hallOf(400));
    for (const ks of chunkPlacements(layout.booths, 36)) {
      const b = boundsOf(layout.booths, ks);
      for (const k of ks) {
        const p = layout.booths[k]!;
        expect(distanceToRect(p.front.x, p.front.z, b)).toBeLessThan(DETAIL.near);
        expect(distanceToRect(p.x, p.z, b)).toBe(0);
        expect(p.footprint.x0).toBeGreaterThanOrEqual(b.x0);
        expect(p.footprint.z1).toBeLessThanOrEqual(b.z1);
      }
    }
  });
});
