import { useFrame } from '@react-three/fiber';
import { CombinedPointer, useXRInputSourceStateContext } from '@react-three/xr';
import { useEffect, useMemo, useState } from 'react';
import { BoxGeometry } from 'three';
import { MATERIALS } from '../materials/catalogue';
import { HeadsetArc } from './HeadsetArc';
import { HeadsetRay } from './HeadsetRay';
import { WristMenu } from './WristMenu';

/** How far forward (-y) the stick is pushed to aim a teleport arc, and back to put it away. */
const ARC_ON = 0.6;
const ARC_OFF = 0.3;

/**
 * A controller: a ray pointer (HeadsetRay) without the library's model, which would be fetched per device
 * (90 MB for all of them): a plain grip shape instead. The ray selects whatever it meets: a
 * booth, a button, the floor (a teleport there). With the stick pushed forward the ray becomes
 * the teleport arc (only the floor answers it; the trigger jumps). The arc is not always on:
 * the nearer of two pointers wins, and the arc, landing a few metres ahead, would take every
 * selection from the ray. No grab pointer either: nothing here is grabbed, and its sphere,
 * touching a merged mesh of booths around the visitor, would win every selection too. The left controller carries the menu (exit, back to the entrance).
 */
export function HeadsetController() {
  const state = useXRInputSourceStateContext('controller');
  const [arc, setArc] = useState(false);
  useFrame(() => {
    const y = state.inputSource.gamepad?.axes[3] ?? 0;
    if (!arc && y <= -ARC_ON) setArc(true);
    else if (arc && y > -ARC_OFF) setArc(false);
  });
  const { geometry, material } = useMemo(
    () => ({ geometry: new BoxGeometry(0.035, 0.03, 0.13), material: MATERIALS.solid.make({ color: '#334155' }) }),
    [],
  );
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  return (
    <>
      <mesh geometry={geometry} material={material} position-z={0.075} />
      <CombinedPointer>{arc ? <HeadsetArc /> : <HeadsetRay />}</CombinedPointer>
      {state.inputSource.handedness === 'left' && (
        <group position={[0, 0.07, 0.06]} rotation-x={-0.9}>
          <WristMenu />
        </group>
      )}
    </>
  );
}
