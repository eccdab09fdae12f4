import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { DataTexture, Group, Mesh, SRGBColorSpace, type Material } from 'three';
import { usePavilion } from '../../context/usePavilion';
import { warmupMeshes } from '../materials/warmupMeshes';

function whitePixel(): DataTexture {
  const t = new DataTexture(new Uint8Array([255, 255, 255, 255]), 1, 1);
  t.colorSpace = SRGBColorSpace;
  t.needsUpdate = true;
  return t;
}

function disposeMesh(o: Mesh): void {
  o.geometry.dispose();
  (o.material as Material).dispose();
}

/**
 * One tiny mesh for each kind in the materials catalogue, so their shaders are compiled and
 * linked while the manifests load, hidden by the loading screen, one a frame, instead of all at
 * once in the hall's first frame. Kept (invisible) until the hall has been drawn, so its
 * materials hold the programs first: three drops a program when no material uses it. Kinds the
 * hall draws long after it opens (a booth's video) are kept until unmount.
 */
export function ShaderWarmup({ active }: { active: boolean }) {
  const { progress } = usePavilion();
  const { group, map } = useMemo(() => {
    const map = whitePixel();
    const g = new Group();
    // In front of the default camera, a few pixels each, under the loading screen; shown one a
    // frame (below), so each frame compiles one program rather than the first frame all of them.
    warmupMeshes(map).forEach((m, i) => {
      m.position.set(-0.2 + i * 0.05, 0, 3.5);
      m.scale.setScalar(0.02);
      m.visible = false;
      g.add(m);
    });
    return { group: g, map };
  }, []);

  // Meshes shown so far (one more a frame); -1 once the rest are released.
  const shown = useRef(0);
  useFrame(({ invalidate }) => {
    if (shown.current < 0) return;
    if (progress.shown) {
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
      map.dispose();
    },
    [group, map],
  );

  return <primitive object={group} visible={active} />;
}
