import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Color,
  InstancedMesh,
  Mesh,
  Object3D,
  PlaneGeometry,
  type Material,
  type Texture,
} from 'three';
import { addUvRects } from './atlasMaterial';
import { MATERIALS, type DrawShape, type MaterialKind } from './catalogue';

function geometryFor(shape: DrawShape['geometry']): BufferGeometry {
  switch (shape) {
    case 'box':
      return new BoxGeometry();
    case 'plane':
    case 'atlasQuad':
      return new PlaneGeometry();
    case 'vertexColored': {
      // Like the baked booth bodies': a colour per vertex.
      const g = new BoxGeometry();
      g.setAttribute('color', new BufferAttribute(new Float32Array(g.getAttribute('position').count * 3).fill(1), 3));
      return g;
    }
    case 'positionUv': {
      // Like the zone boards': no normals.
      const g = new BufferGeometry();
      g.setAttribute('position', new BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), 3));
      g.setAttribute('uv', new BufferAttribute(new Float32Array([0, 0, 1, 0, 0, 1]), 2));
      return g;
    }
  }
}

function meshFor(shape: DrawShape, material: Material): Mesh {
  const geometry = geometryFor(shape.geometry);
  if (shape.mesh === 'single') return new Mesh(geometry, material);
  const mesh = new InstancedMesh(geometry, material, 1);
  mesh.setMatrixAt(0, new Object3D().matrix);
  if (shape.mesh === 'instancedColored') mesh.setColorAt(0, new Color(1, 1, 1));
  if (shape.geometry === 'atlasQuad') addUvRects(mesh, 1);
  return mesh;
}

/**
 * One tiny mesh of every kind in the materials catalogue, drawn the way the hall draws that
 * kind, for the shader warm-up to compile. `userData.kind` names its entry; `userData.keep`
 * marks those whose programs must outlive the warm-up.
 */
export function warmupMeshes(map: Texture): Mesh[] {
  return (Object.keys(MATERIALS) as MaterialKind[]).map((kind) => {
    const entry = MATERIALS[kind];
    // Each entry's sample fits its own make; TypeScript cannot follow that through the union.
    const make = entry.make as (params: unknown) => Material;
    const mesh = meshFor(entry, make(entry.sample(map)));
    mesh.userData.kind = kind;
    mesh.userData.keep = entry.keep === true;
    return mesh;
  });
}
