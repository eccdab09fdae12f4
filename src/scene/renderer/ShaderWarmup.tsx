import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Color,
  DataTexture,
  Group,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Object3D,
  PlaneGeometry,
  SRGBColorSpace,
  type Material,
} from 'three';
import { screenMaterial } from '../video/screenMaterial';
import { addUvRects, atlasMaterial } from '../atlas/atlasMaterial';
import { sceneProgress } from '../../state/sceneProgress';

function whitePixel(): DataTexture {
  const t = new DataTexture(new Uint8Array([255, 255, 255, 255]), 1, 1);
  t.colorSpace = SRGBColorSpace;
  t.needsUpdate = true;
  return t;
}

/** A booth video screen's material (one shader however its frames arrive), on a white pixel. */
function videoScreen(map: DataTexture): Material {
  const m = screenMaterial();
  m.uniforms.planeY.value = map;
  return m;
}

/**
 * A mesh whose kind the hall may first draw long after it opens (a booth's video, when the
 * visitor walks up): kept, hidden, so its program outlives the warm-up instead of being
 * compiled, for a sixth of a second, mid-walk.
 */
function keep(mesh: Mesh): Mesh {
  mesh.userData.keep = true;
  return mesh;
}

function disposeMesh(o: Mesh): void {
  o.geometry.dispose();
  const m = o.material as MeshBasicMaterial;
  m.map?.dispose();
  m.dispose();
}

function instanced(geometry: BufferGeometry, material: Material, colored: boolean): InstancedMesh {
  const mesh = new InstancedMesh(geometry, material, 1);
  mesh.setMatrixAt(0, new Object3D().matrix);
  if (colored) mesh.setColorAt(0, new Color(1, 1, 1));
  return mesh;
}

/** A copy of the geometry with a colour per vertex, like the baked booth bodies'. */
function coloured(geometry: BufferGeometry): BufferGeometry {
  const g = geometry.clone();
  g.setAttribute('color', new BufferAttribute(new Float32Array(g.getAttribute('position').count * 3).fill(1), 3));
  return g;
}

/** A geometry like the zone boards': position and uv only. */
function bareQuad(): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), 3));
  g.setAttribute('uv', new BufferAttribute(new Float32Array([0, 0, 1, 0, 0, 1]), 2));
  return g;
}

/**
 * One tiny mesh for each way the hall draws (material, instancing, instance colours, atlas
 * attributes), so their shaders are compiled and linked while the manifests load, hidden by the
 * loading screen, one a frame, instead of all at once in the hall's first frame. Kept (invisible) until the
 * hall has been drawn, so its materials hold the programs first: three drops a program when no
 * material uses it. A new kind of mesh in the hall belongs here.
 */
export function ShaderWarmup({ active }: { active: boolean }) {
  const group = useMemo(() => {
    const map = whitePixel();
    const box = new BoxGeometry();
    const plane = new PlaneGeometry();
    const atlasQuad = instanced(new PlaneGeometry(), atlasMaterial(map), true);
    addUvRects(atlasQuad, 1);
    const meshes = [
      new Mesh(box, new MeshLambertMaterial()), // walls, stage, gate
      new Mesh(plane, new MeshLambertMaterial({ map })), // floor tiles
      instanced(box, new MeshLambertMaterial(), true), // aisle tints
      new Mesh(coloured(box), new MeshLambertMaterial({ vertexColors: true })), // booth bodies (baked)
      new Mesh(bareQuad(), new MeshBasicMaterial({ map, toneMapped: false })), // zone boards
      new Mesh(plane, new MeshBasicMaterial({ map, toneMapped: false })), // welcome board, stage screen
      instanced(box, new MeshBasicMaterial(), false), // sign cables
      atlasQuad, // booth signs and posters
      keep(new Mesh(plane, videoScreen(map))), // a booth's playing video
    ];
    const g = new Group();
    // In front of the default camera, a few pixels each, under the loading screen; shown one a
    // frame (below), so each frame compiles one program rather than the first frame all of them.
    meshes.forEach((m, i) => {
      m.position.set(-0.2 + i * 0.05, 0, 3.5);
      m.scale.setScalar(0.02);
      m.visible = false;
      g.add(m);
    });
    return g;
  }, []);

  // Meshes shown so far (one more a frame); -1 once the rest are released.
  const shown = useRef(0);
  useFrame(({ invalidate }) => {
    if (shown.current < 0) return;
    if (sceneProgress.shown) {
      // The hall's materials hold their programs now; the kept meshes stay (hidden) until unmount.
      for (const o of [...group.children]) {
        if (!(o instanceof Mesh) || o.userData.keep) continue;
        disposeMesh(o);
        group.remove(o);
      }
      shown.current = -1;
      return;
    }
    const next = group.children[shown.current];
    if (!next) return;
    next.visible = true;
    shown.current++;
    // The canvas renders on demand while the hall loads: ask for the frame that draws it.
    invalidate();
  });
  useEffect(
    () => () => {
      for (const o of group.children) if (o instanceof Mesh) disposeMesh(o);
      group.clear();
    },
    [group],
  );

  return <primitive object={group} visible={active} />;
}
