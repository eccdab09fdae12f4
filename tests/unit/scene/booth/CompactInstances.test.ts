import { Color, InstancedBufferAttribute, InstancedMesh, Matrix4, MeshBasicMaterial, PlaneGeometry } from 'three';
import { describe, expect, it } from 'vitest';
import { CompactInstances } from '../../../../src/scene/booth/CompactInstances';

/** Five quads, key k at x = 10k, colour (k/10, 0, 0), extra value [k, k, k, k]. */
function setup() {
  const mesh = new InstancedMesh(new PlaneGeometry(), new MeshBasicMaterial(), 5);
  const extra = new InstancedBufferAttribute(new Float32Array(5 * 4), 4);
  const c = new CompactInstances(mesh, extra);
  for (let k = 0; k < 5; k++) {
    c.setMatrix(k, new Matrix4().makeTranslation(10 * k, 0, 0));
    c.setColor(k, new Color(k / 10, 0, 0));
    c.setExtra(k, [k, k, k, k]);
  }
  return { mesh, extra, c };
}

const xOf = (mesh: InstancedMesh, i: number) => mesh.instanceMatrix.array[i * 16 + 12];

describe('CompactInstances', () => {
  it('draws nothing until told which keys to show', () => {
    const { mesh, c } = setup();
    expect(mesh.count).toBe(0);
    expect(c.keyAt(0)).toBe(-1);
  });

  it('packs the shown keys at the front, in the order given, and maps clicks back to keys', () => {
    const { mesh, extra, c } = setup();
    c.show([3, 0]);
    expect(mesh.count).toBe(2);
    expect([xOf(mesh, 0), xOf(mesh, 1)]).toEqual([30, 0]);
    expect(mesh.instanceColor!.array[0]).toBeCloseTo(0.3);
    expect(Array.from(extra.array.slice(0, 8))).toEqual([3, 3, 3, 3, 0, 0, 0, 0]);
    expect([c.keyAt(0), c.keyAt(1), c.keyAt(2)]).toEqual([3, 0, -1]);
  });

  it('writes an update to a shown key into its slot, and keeps a hidden key’s for when it is shown', () => {
    const { mesh, extra, c } = setup();
    c.show([1, 2]);
    const version = extra.version;
    c.setExtra(2, [9, 9, 9, 9]);
    expect(Array.from(extra.array.slice(4, 8))).toEqual([9, 9, 9, 9]);
    expect(extra.version).toBeGreaterThan(version);
    c.setColor(4, new Color(1, 1, 1)); // hidden: no slot written
    expect(Array.from(mesh.instanceColor!.array.slice(0, 6)).every((v) => v < 1)).toBe(true);
    c.show([4]);
    expect(Array.from(mesh.instanceColor!.array.slice(0, 3))).toEqual([1, 1, 1]);
    expect(xOf(mesh, 0)).toBe(40);
    c.show([2]);
    expect(Array.from(extra.array.slice(0, 4))).toEqual([9, 9, 9, 9]);
  });

  it('leaves the buffers alone when the same keys are shown again', () => {
    const { mesh, c } = setup();
    c.show([0, 1]);
    const version = mesh.instanceMatrix.version;
    c.show([0, 1]);
    expect(mesh.instanceMatrix.version).toBe(version);
    c.show([1, 0]);
    expect(mesh.instanceMatrix.version).toBeGreaterThan(version);
  });

  it('bounds every key, shown or not, so the mesh is not culled when the shown ones change', () => {
    const { mesh, c } = setup();
    c.show([0]);
    c.fitBounds();
    const s = mesh.boundingSphere!;
    for (let k = 0; k < 5; k++) expect(Math.abs(10 * k - s.center.x)).toBeLessThanOrEqual(s.radius);
  });
});
