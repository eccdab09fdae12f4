import { DataTexture, InstancedMesh, type Material } from 'three';
import { describe, expect, it } from 'vitest';
import { MATERIALS, type MaterialKind } from '../../../../src/scene/materials/catalogue';
import { warmupMeshes } from '../../../../src/scene/materials/warmupMeshes';

const map = new DataTexture(new Uint8Array(4), 1, 1);
const meshes = warmupMeshes(map);
const kinds = Object.keys(MATERIALS) as MaterialKind[];

/** What three's program for a material depends on, among what the catalogue varies. */
function programKey(m: Material) {
  const x = m as Material & { map?: unknown; vertexColors?: boolean };
  return { type: m.type, map: !!x.map, vertexColors: !!x.vertexColors, cacheKey: m.customProgramCacheKey() };
}

describe('warmupMeshes', () => {
  it('covers every kind of the materials catalogue, once', () => {
    expect(meshes.map((m) => m.userData.kind).sort()).toEqual([...kinds].sort());
  });

  it.each(kinds)('draws %s the way the hall does', (kind) => {
    const entry = MATERIALS[kind];
    const mesh = meshes.find((m) => m.userData.kind === kind)!;
    const made = (entry.make as (p: unknown) => Material)(entry.sample(map));
    expect(programKey(mesh.material as Material)).toEqual(programKey(made));
    expect(mesh instanceof InstancedMesh).toBe(entry.mesh !== 'single');
    expect(mesh instanceof InstancedMesh && mesh.instanceColor !== null).toBe(entry.mesh === 'instancedColored');
    const g = mesh.geometry;
    expect(g.hasAttribute('color')).toBe(entry.geometry === 'vertexColored');
    expect(g.hasAttribute('normal')).toBe(entry.geometry !== 'positionUv');
    expect(g.hasAttribute('aUvRect')).toBe(entry.geometry === 'atlasQuad');
    expect(mesh.userData.keep).toBe(entry.keep === true);
  });

  it('keeps the booth video screen, which the hall first draws long after it opens', () => {
    expect(meshes.filter((m) => m.userData.keep).map((m) => m.userData.kind)).toEqual(['videoScreen']);
  });
});
