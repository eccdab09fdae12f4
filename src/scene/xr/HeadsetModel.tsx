import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { headsetTargets } from './headsetTargets';
import { Box3, Vector3, type Group } from 'three';
import { useModel } from '../../boot/useModel';
import { motionStore } from '../../context/pageStores';

/** The largest side of a model held out to the visitor: a product in the hands, not a booth. */
const HELD_SIZE = 0.32;

/**
 * A booth's model within the visitor's reach, its largest side HELD_SIZE, centred, turning
 * slowly (an object turning is comfortable; the view never turns by itself) unless the visitor
 * asked for reduced motion. `turn` is added by the panel's turn buttons. The GLB is released
 * from the GPU and the loader's cache when the model is put away.
 */
export function HeadsetModel({ src, turn }: { src: string; turn: number }) {
  const scene = useModel(src);
  const fit = useMemo(() => {
    const box = new Box3().setFromObject(scene);
    const size = box.getSize(new Vector3());
    const scale = HELD_SIZE / Math.max(size.x, size.y, size.z, 1e-6);
    const centre = box.getCenter(new Vector3()).multiplyScalar(-scale);
    return { scale, centre };
  }, [scene]);
  const spin = useRef<Group>(null);
  useEffect(() => {
    const g = spin.current;
    if (!g) return;
    headsetTargets.set('model', g);
    return () => void headsetTargets.delete('model');
  }, []);
  useFrame((_, dt) => {
    const g = spin.current;
    if (!g) return;
    if (!motionStore.getState().reduced) g.rotation.y += Math.min(dt, 0.1) * 0.35;
  });
  return (
    // It takes the rays that meet it, or they would pass on to the booth behind.
    <group rotation-y={turn} onClick={(e) => e.stopPropagation()}>
      <group ref={spin}>
        <group position={fit.centre} scale={fit.scale}>
          <primitive object={scene} />
        </group>
      </group>
    </group>
  );
}
