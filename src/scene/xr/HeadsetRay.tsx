import {
  defaultRayPointerOpacity,
  PointerCursorModel,
  PointerRayModel,
  usePointerXRInputSourceEvents,
  useRayPointer,
  useXRInputSourceStateContext,
  XRSpace,
} from '@react-three/xr';
import { useMemo, useRef } from 'react';
import type { Group } from 'three';
import { NO_REPLAYED_EVENTS, XR_POINTER } from './xrPointer';

/**
 * A controller's ray: the library's (DefaultXRInputSourceRayPointer) except that, mounted again
 * when the teleport arc is put away, it does not replay the session's earlier presses
 * (NO_REPLAYED_EVENTS).
 */
export function HeadsetRay() {
  const state = useXRInputSourceStateContext('controller');
  const space = useRef<Group>(null);
  const options = useMemo(() => ({ ...XR_POINTER, makeDefault: true, minDistance: 0.2 }), []);
  const pointer = useRayPointer(space, state, options);
  usePointerXRInputSourceEvents(pointer, state.inputSource, 'select', NO_REPLAYED_EVENTS);
  return (
    <XRSpace ref={space} space="target-ray-space">
      <PointerRayModel pointer={pointer} opacity={defaultRayPointerOpacity} />
      <PointerCursorModel pointer={pointer} opacity={defaultRayPointerOpacity} />
    </XRSpace>
  );
}
