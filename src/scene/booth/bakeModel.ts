import {
  Box3,
  BoxGeometry,
  BufferGeometry,
  Color,
  Float32BufferAttribute,
  Vector3,
  type Material,
  type Mesh,
  type Object3D,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

const WHITE = new Color('#ffffff');
export const PLINTH = { side: 0.45, height: 0.9, color: new Color('#e2e8f0') };

/** A geometry's triangles as plain floats (compressed models keep quantised integers), with normals. */
function plain(mesh: Mesh): BufferGeometry {
  const src = mesh.geometry.index ? mesh.geometry.toNonIndexed() : mesh.geometry;
  const out = new BufferGeometry();
  const copy = (name: string) => {
    const a = src.getAttribute(name);
    if (!a) return;
    const f = new Float32Array(a.count * 3);
    for (let i = 0; i < a.count; i++) f.set([a.getX(i), a.getY(i), a.getZ(i)], i * 3);
    out.setAttribute(name, new Float32BufferAttribute(f, 3));
  };
  copy('position');
  copy('normal');
  if (src !== mesh.geometry) src.dispose();
  out.applyMatrix4(mesh.matrixWorld);
  if (!out.getAttribute('normal')) out.computeVertexNormals();
  const material = ([] as Material[]).concat(mesh.material)[0] as (Material & { color?: Color }) | undefined;
  const c = material?.color ?? WHITE;
  const colors = new Float32Array(out.getAttribute('position').count * 3);
  for (let i = 0; i < colors.length; i += 3) colors.set([c.r, c.g, c.b], i);
  out.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return out;
}

function coloured(geometry: BufferGeometry, c: Color): BufferGeometry {
  const g = geometry.toNonIndexed();
  geometry.dispose();
  g.deleteAttribute('uv');
  const colors = new Float32Array(g.getAttribute('position').count * 3);
  for (let i = 0; i < colors.length; i += 3) colors.set([c.r, c.g, c.b], i);
  g.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return g;
}

/**
 * What stands for a model far away: its box (metres, centred on x and z, from `y0` up) in its
 * average colour, the way a few pixels of it would look anyway.
 */
export interface StandIn {
  size: [number, number, number];
  y0: number;
  color: [number, number, number];
}

/** The box and average colour (by vertex, in the baked colours) of a baked model, plinth excluded. */
function standInOf(geometry: BufferGeometry): StandIn {
  geometry.computeBoundingBox();
  const box = geometry.boundingBox!;
  const size = box.getSize(new Vector3());
  const colors = geometry.getAttribute('color');
  const sum = [0, 0, 0];
  for (let i = 0; i < colors.count; i++) {
    sum[0]! += colors.getX(i);
    sum[1]! += colors.getY(i);
    sum[2]! += colors.getZ(i);
  }
  const n = Math.max(1, colors.count);
  return { size: [size.x, size.y, size.z], y0: box.min.y, color: [sum[0]! / n, sum[1]! / n, sum[2]! / n] };
}

/**
 * A model as the hall shows it: one geometry with each part's base colour in its vertices, drawn
 * with the booths' own baked material (one draw call, no new shader; textures are left to the
 * panel's viewer), scaled so its largest side is `size` metres, standing at the origin on y = 0,
 * on a plinth when asked. Returns the geometry, its triangle count and its far stand-in.
 */
export function bakeModel(
  root: Object3D,
  size: number,
  plinth: boolean,
): { geometry: BufferGeometry; triangles: number; standIn: StandIn } {
  root.updateMatrixWorld(true);
  const parts: BufferGeometry[] = [];
  root.traverse((o) => {
    if ((o as Mesh).isMesh) parts.push(plain(o as Mesh));
  });
  if (parts.length === 0) throw new Error('the model has no meshes');
  const merged = mergeGeometries(parts);
  for (const p of parts) p.dispose();
  if (!merged) throw new Error('the model’s parts cannot be merged');
  const box = new Box3().setFromBufferAttribute(merged.getAttribute('position') as Float32BufferAttribute);
  const dims = box.getSize(new Vector3());
  const scale = size / Math.max(dims.x, dims.y, dims.z, 1e-6);
  const base = plinth ? PLINTH.height : 0;
  const centre = box.getCenter(new Vector3());
  merged.translate(-centre.x, -box.min.y, -centre.z);
  merged.scale(scale, scale, scale);
  merged.translate(0, base, 0);
  const standIn = standInOf(merged);
  let geometry = merged;
  if (plinth) {
    const stand = coloured(
      new BoxGeometry(PLINTH.side, PLINTH.height, PLINTH.side).translate(0, PLINTH.height / 2, 0),
      PLINTH.color,
    );
    geometry = mergeGeometries([merged, stand])!;
    merged.dispose();
    stand.dispose();
  }
  return { geometry, triangles: geometry.getAttribute('position').count / 3, standIn };
}
