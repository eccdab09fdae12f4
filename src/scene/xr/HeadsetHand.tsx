import { DefaultXRHand, useXRInputSourceStateContext, XRSpace } from '@react-three/xr';
import { XR_POINTER } from './xrPointer';
import { WristMenu } from './WristMenu';

/**
 * A tracked hand: the library's hand (model from the project's /xr/profiles/); a pinch selects
 * what its ray meets, the floor included (a teleport there). No grab or fingertip pointers: the
 * nearest pointer wins, and their spheres, touching a merged mesh of booths around the visitor,
 * would take every selection from the ray. On the left wrist, the menu the left controller carries.
 */
export function HeadsetHand() {
  const state = useXRInputSourceStateContext('hand');
  return (
    <>
      <DefaultXRHand grabPointer={false} touchPointer={false} rayPointer={XR_POINTER} />
      {state.inputSource.handedness === 'left' && (
        <XRSpace space="wrist">
          <group position={[0, 0.05, 0.02]} rotation-x={-Math.PI / 2}>
            <WristMenu />
          </group>
        </XRSpace>
      )}
    </>
  );
}
