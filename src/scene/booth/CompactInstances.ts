import { Box3, InstancedBufferAttribute, Sphere, Vector3, type Color, type InstancedMesh, type Matrix4 } from 'three';

/**
 * Draws only some of an instanced mesh's instances, packed at the front of its buffers, with
 * `count` set to how many. Every instance costs something to draw even where it covers no
 * pixel (in software rendering, about 20 µs each), so a 1,000-booth hall that drew every
 * booth's sign and poster paid for 2,000 quads a frame to show the few dozen near the visitor.
 *
 * Each instance is known by a key (a booth's placement index): its matrix, colour and extra
 * per-instance values are kept per key, and copied into the mesh's buffers while it is shown.
 */
export class CompactInstances {
  private readonly matrices: Float32Array;
  private readonly colors: Float32Array;
  private readonly extras: Float32Array;
  private readonly extraSize: number;
  /** Shown instance → key, and key → shown instance (−1: hidden). */
  private readonly order: Int32Array;
  private readonly slotOf: Int32Array;
  private shown = 0;

  constructor(
    readonly mesh: InstancedMesh,
    /** A per-instance attribute written alongside (the atlas's uv rects), or null. */
    private readonly extra: InstancedBufferAttribute | null,
  ) {
    const n = mesh.instanceMatrix.count;
    this.matrices = new Float32Array(n * 16);
    this.colors = new Float32Array(n * 3);
    this.extraSize = extra?.itemSize ?? 0;
    this.extras = new Float32Array(n * this.extraSize);
    this.order = new Int32Array(n);
    this.slotOf = new Int32Array(n).fill(-1);
    mesh.instanceColor ??= new InstancedBufferAttribute(new Float32Array(n * 3), 3);
    mesh.count = 0;
  }

  /**
   * Bounds around every key, shown or not: three's own would cover only the instances drawn
   * when it is computed, and cull the mesh once the visitor walks beyond them.
   */
  fitBounds(): void {
    const box = new Box3();
    const at = new Vector3();
    let reach = 0;
    const m = this.matrices;
    for (let o = 0; o < m.length; o += 16) {
      box.expandByPoint(at.fromArray(m, o + 12));
      for (const c of [0, 4, 8]) reach = Math.max(reach, Math.hypot(m[o + c]!, m[o + c + 1]!, m[o + c + 2]!));
    }
    const sphere = box.getBoundingSphere(new Sphere());
    sphere.radius += reach;
    this.mesh.boundingSphere = sphere;
  }

  get count(): number {
    return this.shown;
  }

  /** The key drawn as instance `instanceId` (a click's), or −1. */
  keyAt(instanceId: number): number {
    return instanceId < this.shown ? this.order[instanceId]! : -1;
  }

  setMatrix(key: number, m: Matrix4): void {
    m.toArray(this.matrices, key * 16);
    this.copy(key, this.mesh.instanceMatrix, this.matrices, 16);
  }

  setColor(key: number, c: Color): void {
    c.toArray(this.colors, key * 3);
    this.copy(key, this.mesh.instanceColor!, this.colors, 3);
  }

  setExtra(key: number, values: ArrayLike<number>): void {
    this.extras.set(values, key * this.extraSize);
    if (this.extra) this.copy(key, this.extra, this.extras, this.extraSize);
  }

  /**
   * Draws exactly these keys, in this order (nearest first lets the depth test skip what they
   * hide). Rewrites the buffers only when the list differs from the one drawn.
   */
  show(keys: readonly number[]): void {
    if (keys.length === this.shown && keys.every((k, i) => this.order[i] === k)) return;
    for (let i = 0; i < this.shown; i++) this.slotOf[this.order[i]!] = -1;
    const { instanceMatrix } = this.mesh;
    const instanceColor = this.mesh.instanceColor!;
    keys.forEach((k, i) => {
      this.order[i] = k;
      this.slotOf[k] = i;
      instanceMatrix.array.set(this.matrices.subarray(k * 16, k * 16 + 16), i * 16);
      instanceColor.array.set(this.colors.subarray(k * 3, k * 3 + 3), i * 3);
      this.extra?.array.set(this.extras.subarray(k * this.extraSize, (k + 1) * this.extraSize), i * this.extraSize);
    });
    this.shown = keys.length;
    this.mesh.count = keys.length;
    instanceMatrix.needsUpdate = true;
    instanceColor.needsUpdate = true;
    if (this.extra) this.extra.needsUpdate = true;
  }

  private copy(key: number, attr: InstancedBufferAttribute, from: Float32Array, size: number): void {
    const slot = this.slotOf[key]!;
    if (slot < 0) return;
    attr.array.set(from.subarray(key * size, key * size + size), slot * size);
    attr.needsUpdate = true;
  }
}
