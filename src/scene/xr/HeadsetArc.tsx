import { buildTeleportTargetFilter, createTeleportRayLine } from '@pmndrs/xr';
import { createPortal, useFrame, useThree } from '@react-three/fiber';
import {
  defaultRayPointerOpacity,
  PointerCursorModel,
  TeleportPointerRayModel,
  useLinesPointer,
  usePointerXRInputSourceEvents,
  useXRInputSourceStateContext,
  XRSpace,
} from '@react-three/xr';
import { useMemo, useRef } from 'react';
import { Euler, MathUtils, Quaternion, Vector3, type Group } from 'three';
import { arcFollow } from '../../hall/xrMotion';
import { NO_REPLAYED_EVENTS, XR_POINTER } from './xrPointer';

/** The arc starts this much below where the controller points: a relaxed wrist aims a little down. */
const TILT = (10 * Math.PI) / 180;

type Pointer = ReturnType<typeof useLinesPointer>;
const PRESSED: ReadonlySet<number> = new Set([0]);

const euler = new Euler(0, 0, 0, 'YXZ');
const aim = new Quaternion();
const scale = new Vector3();

/**
 * The teleport arc on a controller: the library's (DefaultXRInputSourceTeleportPointer), with
 * three changes it does not let us make from outside. The arc swings after the hand by a share
 * of the way that never passes the whole (arcFollow): the library's step overshoots in frames
 * over 100 ms, and a headset that stalls for a frame threw the arc metres off the aim. Mounted
 * when the stick is pushed, it does not replay the session's earlier presses
 * (NO_REPLAYED_EVENTS): the library's did, and the visitor was teleported unasked. And it is
 * drawn as soon as it is out (below).
 */
export function HeadsetArc() {
  const state = useXRInputSourceStateContext('controller');
  const space = useRef<Group>(null);
  const arc = useRef<Group>(null);
  const linePoints = useMemo(() => createTeleportRayLine(), []);
  const options = useMemo(() => ({ ...XR_POINTER, linePoints, filter: buildTeleportTargetFilter() }), [linePoints]);
  const pointer = useLinesPointer(space, state, options, 'teleport');
  usePointerXRInputSourceEvents(pointer, state.inputSource, 'select', NO_REPLAYED_EVENTS);
  const scene = useThree((s) => s.scene);

  // The arc is drawn whenever it is out, not only while the trigger is held as the library draws
  // it: a visitor who pushed the stick saw nothing and did not know to press. Its model is shown
  // the pointer as pressed; its brightness still says whether the trigger is down.
  const drawn = useMemo<Pointer>(
    () => Object.assign(Object.create(pointer) as Pointer, { getButtonsDown: () => PRESSED }),
    [pointer],
  );
  const opacity = useMemo(() => () => defaultRayPointerOpacity(pointer), [pointer]);

  useFrame((_, delta) => {
    const from = space.current;
    const group = arc.current;
    if (!from || !group) return;
    from.updateWorldMatrix(true, false);
    from.matrixWorld.decompose(group.position, aim, scale);
    // Level and unrolled, so the arc rises and falls in a vertical plane whatever the wrist does.
    euler.setFromQuaternion(aim);
    euler.z = 0;
    euler.x = MathUtils.clamp(euler.x - TILT, -Math.PI / 2, (1.1 * Math.PI) / 4);
    aim.setFromEuler(euler);
    group.quaternion.slerp(aim, arcFollow(delta * 1000));
  });

  return (
    <>
      <XRSpace ref={space} space="target-ray-space" />
      {createPortal(
        // In the scene, not under the controller: the arc's orientation is its own (above).
        <group ref={arc}>
          <TeleportPointerRayModel linePoints={linePoints} pointer={drawn} opacity={opacity} />
          {/* The landing mark, where the arc meets the floor. */}
          <PointerCursorModel pointer={pointer} opacity={opacity} />
        </group>,
        scene,
      )}
    </>
  );
}
