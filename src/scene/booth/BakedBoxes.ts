import { BufferAttribute, BufferGeometry, Matrix3, type Matrix4 } from 'three';

/**
 * Many copies of one small shape (a box, a slab), each moved, scaled and coloured, baked into
 * a single geometry drawn in one plain draw call. Instancing would do the same with less
 * memory, but each instance has a fixed cost to draw, seen or not: in software rendering
 * (SwiftShader, kiosks without a GPU driver) 2,000 instanced quads took 50 ms a frame, the
 * same quads baked 6 ms. Booth walls and counters never move, so baking costs nothing later.
 *
 * Copy `i` owns vertices [i·V, (i+1)·V) and triangles [i·T, (i+1)·T): a ray's face index
 * tells which copy it hit, and a copy can be hidden (collapsed to a point) and shown again.
 */
export class BakedBoxes {
  readonly geometry = new BufferGeometry();
  readonly vertsPerCopy: number;
  readonly trisPerCopy: number;
  /** The baked positions, to restore a hidden copy from. */
  private readonly rest: Float32Array;
  private readonly position: BufferAttribute;

  constructor(shape: BufferGeometry, matrices: readonly Matrix4[], colors: Float32Array) {
    const { positions, normals, indices } = usedVertices(shape);
    const V = positions.length / 3;
    const n = matrices.length;
    this.vertsPerCopy = V;
    this.trisPerCopy = indices.length / 3;
    const pos = new Float32Array(n * V * 3);
    const nor = new Float32Array(n * V * 3);
    const col = new Float32Array(n * V * 3);
    const IndexArray = n * V > 65535 ? Uint32Array : Uint16Array;
    const idx = new IndexArray(n * indices.length);
    const nm = new Matrix3();
    matrices.forEach((m, i) => {
      // The transforms written out: this runs for thousands of vertices while walking.
      const e = m.elements;
      const ne = nm.getNormalMatrix(m).elements;
      for (let j = 0; j < V; j++) {
        const o = (i * V + j) * 3;
        const x = positions[j * 3]!;
        const y = positions[j * 3 + 1]!;
        const z = positions[j * 3 + 2]!;
        pos[o] = e[0]! * x + e[4]! * y + e[8]! * z + e[12]!;
        pos[o + 1] = e[1]! * x + e[5]! * y + e[9]! * z + e[13]!;
        pos[o + 2] = e[2]! * x + e[6]! * y + e[10]! * z + e[14]!;
        const a = normals[j * 3]!;
        const b = normals[j * 3 + 1]!;
        const c = normals[j * 3 + 2]!;
        const nx = ne[0]! * a + ne[3]! * b + ne[6]! * c;
        const ny = ne[1]! * a + ne[4]! * b + ne[7]! * c;
        const nz = ne[2]! * a + ne[5]! * b + ne[8]! * c;
        const len = Math.hypot(nx, ny, nz) || 1;
        nor[o] = nx / len;
        nor[o + 1] = ny / len;
        nor[o + 2] = nz / len;
        col[o] = colors[i * 3]!;
        col[o + 1] = colors[i * 3 + 1]!;
        col[o + 2] = colors[i * 3 + 2]!;
      }
      for (let j = 0; j < indices.length; j++) idx[i * indices.length + j] = indices[j]! + i * V;
    });
    this.rest = pos.slice();
    this.position = new BufferAttribute(pos, 3);
    this.geometry.setAttribute('position', this.position);
    this.geometry.setAttribute('normal', new BufferAttribute(nor, 3));
    this.geometry.setAttribute('color', new BufferAttribute(col, 3));
    this.geometry.setIndex(new BufferAttribute(idx, 1));
    this.geometry.computeBoundingSphere();
  }

  /** Which copy a ray's face index falls in. */
  copyOfFace(faceIndex: number): number {
    return Math.floor(faceIndex / this.trisPerCopy);
  }

  /** Hides (collapses to a point: nothing to draw or hit) or shows again `count` copies from `first`. */
  setShown(first: number, count: number, shown: boolean): void {
    const start = first * this.vertsPerCopy * 3;
    const end = (first + count) * this.vertsPerCopy * 3;
    const array = this.position.array as Float32Array;
    if (shown) array.set(this.rest.subarray(start, end), start);
    else array.fill(0, start, end);
    this.position.addUpdateRange(start, end - start);
    this.position.needsUpdate = true;
  }

  dispose(): void {
    this.geometry.dispose();
  }
}

/** The shape's positions and normals, only the vertices its index uses, and its index renumbered to them. */
function usedVertices(shape: BufferGeometry): { positions: Float32Array; normals: Float32Array; indices: number[] } {
  const p = shape.getAttribute('position');
  const nrm = shape.getAttribute('normal');
  const source = shape.getIndex() ? Array.from(shape.getIndex()!.array) : Array.from({ length: p.count }, (_, i) => i);
  const renumber = new Map<number, number>();
  const positions: number[] = [];
  const normals: number[] = [];
  const indices = source.map((i) => {
    let j = renumber.get(i);
    if (j === undefined) {
      j = renumber.size;
      renumber.set(i, j);
      positions.push(p.getX(i), p.getY(i), p.getZ(i));
      normals.push(nrm.getX(i), nrm.getY(i), nrm.getZ(i));
    }
    return j;
  });
  return { positions: Float32Array.from(positions), normals: Float32Array.from(normals), indices };
}
