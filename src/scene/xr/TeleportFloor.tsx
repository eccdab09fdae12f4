import { TeleportTarget } from '@react-three/xr';
import { useEffect, useMemo } from 'react';
import { PlaneGeometry } from 'three';
import { MATERIALS } from '../materials/catalogue';
import { usePavilion } from '../../context/usePavilion';
import type { HallWorld } from '../../hall/world';
import { teleportLanding } from '../../hall/xrMotion';

/**
 * The floor the teleport arc lands on: an unseen plane over the hall (the visible floor is
 * drawn as it always is). A landing goes through the walk grid: on open floor, or the open
 * floor nearest the aim; never inside a booth, the stage or outside the walls.
 */
export function TeleportFloor({ world }: { world: HallWorld }) {
  const { nav } = usePavilion();
  const { bounds } = world.layout;
  const { geometry, material } = useMemo(
    () => ({
      geometry: new PlaneGeometry(bounds.x1 - bounds.x0, bounds.z1 - bounds.z0),
      // Seen by the arc's ray, not by the eye.
      material: Object.assign(MATERIALS.solid.make({ color: '#ffffff' }), { colorWrite: false, depthWrite: false }),
    }),
    [bounds],
  );
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  return (
    <TeleportTarget
      onTeleport={(point) => {
        const landing = teleportLanding(world.grid, { x: point.x, z: point.z });
        if (landing) nav.walkTo(landing);
      }}
    >
      <mesh
        geometry={geometry}
        material={material}
        rotation-x={-Math.PI / 2}
        position={[(bounds.x0 + bounds.x1) / 2, 0.002, (bounds.z0 + bounds.z1) / 2]}
      />
    </TeleportTarget>
  );
}
