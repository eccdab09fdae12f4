import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, type RefObject } from 'react';
import { SphereGeometry, type PerspectiveCamera, type Texture } from 'three';
import { directionOf } from '../../hall/panoramaMath';

export interface PanoramaLook {
  yaw: number;
  pitch: number;
  fov: number;
}

/** Far enough that hotspots can sit inside it; any radius looks the same from the centre. */
export const PANORAMA_RADIUS = 50;

/**
 * An equirectangular picture around the camera, seen from inside: the sphere is mirrored so the
 * picture reads the right way round, and turned so its middle lies ahead (-Z) at yaw 0
 * (hall/panoramaMath). The camera follows `look`, a ref the viewer's input writes.
 */
export function PanoramaSphere({ texture, look }: { texture: Texture; look: RefObject<PanoramaLook> }) {
  const geometry = useMemo(() => {
    const g = new SphereGeometry(PANORAMA_RADIUS, 64, 32);
    g.scale(-1, 1, 1);
    return g;
  }, []);
  useEffect(() => () => geometry.dispose(), [geometry]);

  useFrame(({ camera }) => {
    const l = look.current;
    const [x, y, z] = directionOf(l.yaw, l.pitch);
    camera.lookAt(x, y, z);
    const cam = camera as PerspectiveCamera;
    if (cam.fov !== l.fov) {
      cam.fov = l.fov;
      cam.updateProjectionMatrix();
    }
  });

  return (
    <mesh geometry={geometry} rotation-y={-Math.PI / 2}>
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
