import { describe, expect, it } from 'vitest';
import { BOOTH_FOOTPRINT } from '../../../../src/hall/layout';
import { boothFixtures } from '../../../../src/scene/booth/boothParts';

describe('boothFixtures', () => {
  it.each(['classic', 'open', 'tower'] as const)(
    '%s: only the counter opens the booth; everything fits the footprint',
    (template) => {
      for (const size of ['S', 'M', 'L'] as const) {
        const { w, d } = BOOTH_FOOTPRINT[size];
        const f = boothFixtures({ w, d, size }, template);
        expect(f.parts.filter((p) => p.opens).map((p) => p.color)).toEqual(['counter', 'accent']);
        for (const p of f.parts) {
          expect(Math.abs(p.pos[0]) + p.size[0] / 2).toBeLessThanOrEqual(w / 2 + 0.1);
          expect(Math.abs(p.pos[2]) + p.size[2] / 2).toBeLessThanOrEqual(d / 2 + 0.01);
        }
        // The screen sits below the wall top and above the counter.
        expect(f.screen.pos[1] - f.screen.size[1] / 2).toBeGreaterThan(1);
      }
    },
  );

  it.each(['classic', 'open', 'tower'] as const)(
    '%s: the far silhouette is a few boxes, as tall and wide as the booth',
    (template) => {
      for (const size of ['S', 'M', 'L'] as const) {
        const { w, d } = BOOTH_FOOTPRINT[size];
        const f = boothFixtures({ w, d, size }, template);
        expect(f.far.length).toBeLessThanOrEqual(3);
        expect(f.far.length * 4).toBeLessThanOrEqual(f.parts.length * 1.5);
        const top = (parts: typeof f.parts) => Math.max(...parts.map((p) => p.pos[1] + p.size[1] / 2));
        const width = (parts: typeof f.parts) => Math.max(...parts.map((p) => Math.abs(p.pos[0]) + p.size[0] / 2));
        expect(top(f.far)).toBeCloseTo(top(f.parts), 0);
        expect(width(f.far)).toBeCloseTo(w / 2, 1);
        for (const p of f.far) expect(Math.abs(p.pos[2]) + p.size[2] / 2).toBeLessThanOrEqual(d / 2 + 0.01);
        expect(f.far.some((p) => p.color === 'primary')).toBe(true);
      }
    },
  );

  it.each(['classic', 'open', 'tower'] as const)('%s: nothing stands in front of the header sign or the screen', (template) => {
    for (const size of ['S', 'M', 'L'] as const) {
      const { w, d } = BOOTH_FOOTPRINT[size];
      const f = boothFixtures({ w, d, size }, template);
      for (const quad of [f.sign, f.screen]) {
        const [x, y, z] = quad.pos;
        const [qw, qh] = quad.size;
        const hiding = f.parts.filter(
          (p) =>
            p.pos[2] + p.size[2] / 2 > z &&
            Math.abs(p.pos[0] - x) < (p.size[0] + qw) / 2 &&
            Math.abs(p.pos[1] - y) < (p.size[1] + qh) / 2,
        );
        expect(hiding, `${template} ${size}`).toEqual([]);
      }
    }
  });
});
