import { useEffect, useMemo } from 'react';
import { BoxGeometry, InstancedMesh, Object3D, type Material } from 'three';
import { MATERIALS } from '../materials/catalogue';
import type { ZoneArea } from '../../hall/layout';
import { zoneSignPlacement } from './zoneSignPlacement';

/** The hanging cables of every zone board, as one instanced mesh (one draw call for all). */
export function ZoneSignCables({ zones }: { zones: readonly ZoneArea[] }) {
  const mesh = useMemo(() => {
    const hanging = zones.filter((z) => z.side !== 0);
    const m = new InstancedMesh(
      new BoxGeometry(0.03, 3, 0.03),
      MATERIALS.cable.make({ color: '#94a3b8' }),
      Math.max(1, hanging.length * 2),
    );
    m.count = hanging.length * 2;
    const o = new Object3D();
    hanging.forEach((area, i) => {
      const { x, y, z, size } = zoneSignPlacement(area);
      [-1, 1].forEach((s, k) => {
        o.position.set(x + s * (size[0] / 2 - 0.3), y + size[1] / 2 + 1.5, z);
        o.updateMatrix();
        m.setMatrixAt(i * 2 + k, o.matrix);
      });
    });
    m.computeBoundingSphere();
    m.raycast = () => {};
    return m;
  }, [zones]);
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as Material).dispose();
      mesh.dispose();
    },
    [mesh],
  );
  return <primitive object={mesh} />;
}
