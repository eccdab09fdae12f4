import type { BufferAttribute } from 'three';
import { BoxGeometry, Matrix4, Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { BakedBoxes } from '../../../../src/scene/booth/BakedBoxes';

/** Three unit boxes at x = 0, 10, 20, coloured red, green, blue. */
function setup() {
  const matrices = [0, 10, 20].map((x) => new Matrix4().makeTranslation(x, 0, 0));
  const colors = Float32Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  return new BakedBoxes(new BoxGeometry(1, 1, 1), matrices, colors);
}

/** Which copy a ray straight down at x hits, or null. */
function hitAt(b: BakedBoxes, x: number): number | null {
  const hits = new Raycaster(new Vector3(x, 5, 0), new Vector3(0, -1, 0)).intersectObject(
    new Mesh(b.geometry, new MeshBasicMaterial()),
  );
  return hits.length ? b.copyOfFace(hits[0]!.faceIndex!) : null;
}

describe('BakedBoxes', () => {
  it('bakes every copy in place, with its colour and outward normals', () => {
    const b = setup();
    expect(b.vertsPerCopy).toBe(24);
    expect(b.trisPerCopy).toBe(12);
    const pos = b.geometry.getAttribute('position');
    const col = b.geometry.getAttribute('color');
    const nor = b.geometry.getAttribute('normal');
    expect(pos.count).toBe(72);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 24; j++) {
        const v = i * 24 + j;
        expect(Math.abs(pos.getX(v) - 10 * i)).toBeCloseTo(0.5);
        expect([col.getX(v), col.getY(v), col.getZ(v)]).toEqual([i === 0 ? 1 : 0, i === 1 ? 1 : 0, i === 2 ? 1 : 0]);
        expect(Math.hypot(nor.getX(v), nor.getY(v), nor.getZ(v))).toBeCloseTo(1);
      }
    expect(b.geometry.getIndex()!.count).toBe(3 * 36);
  });

  it('tells which copy a ray hit', () => {
    const b = setup();
    expect([hitAt(b, 0), hitAt(b, 10), hitAt(b, 20), hitAt(b, 5)]).toEqual([0, 1, 2, null]);
  });

  it('hides a copy (nothing to draw or hit) and shows it again where it was', () => {
    const b = setup();
    const before = Array.from(b.geometry.getAttribute('position').array);
    b.setShown(1, 1, false);
    expect(hitAt(b, 10)).toBeNull();
    expect(hitAt(b, 0)).toBe(0);
    expect((b.geometry.getAttribute('position') as BufferAttribute).updateRanges).toEqual([{ start: 72, count: 72 }]);
    b.setShown(1, 1, true);
    expect(Array.from(b.geometry.getAttribute('position').array)).toEqual(before);
    expect(hitAt(b, 10)).toBe(1);
  });

  it('keeps only the vertices a partial shape uses', () => {
    const slab = new BoxGeometry(1, 1, 1);
    slab.setIndex(Array.from(slab.getIndex()!.array.slice(24, 36))); // the ±z faces
    const b = new BakedBoxes(slab, [new Matrix4()], Float32Array.from([1, 1, 1]));
    expect(b.vertsPerCopy).toBe(8);
    expect(b.trisPerCopy).toBe(4);
  });
});
