import { InstancedBufferAttribute, MeshBasicMaterial, type InstancedMesh, type Texture } from 'three';

/**
 * A basic material whose per-instance `aUvRect` (u, v, w, h) picks a slot of an atlas, so
 * hundreds of signs or posters draw as one instanced mesh with one texture.
 */
export function atlasMaterial(map: Texture): MeshBasicMaterial {
  const m = new MeshBasicMaterial({ map, toneMapped: false });
  m.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute vec4 aUvRect;')
      .replace('#include <uv_vertex>', '#include <uv_vertex>\nvMapUv = aUvRect.xy + uv * aUvRect.zw;');
  };
  // One program for all atlas materials, whatever their texture.
  m.customProgramCacheKey = () => 'atlas-uv-rect';
  return m;
}

export function addUvRects(mesh: InstancedMesh, count: number): InstancedBufferAttribute {
  const attr = new InstancedBufferAttribute(new Float32Array(count * 4), 4);
  mesh.geometry.setAttribute('aUvRect', attr);
  return attr;
}
