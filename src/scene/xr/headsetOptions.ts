import type { XRStoreOptions } from '@react-three/xr';
import { HeadsetController } from './HeadsetController';
import { HeadsetHand } from './HeadsetHand';

/**
 * How the pavilion's headset session is set up. Everything it loads is the project's own:
 * the input profiles (which button is which) and hand models are served from /xr/profiles/
 * (scripts/xr/vendor-input-profiles.ts), never the library's CDN default; no emulator is
 * injected on localhost (tests inject their own); no session is offered unasked.
 */
export function headsetOptions(): XRStoreOptions {
  return {
    emulate: false,
    offerSession: false,
    baseAssetPath: new URL(`${import.meta.env.BASE_URL}xr/profiles/`, location.href).href,
    controller: HeadsetController,
    hand: HeadsetHand,
    // Gaze and screen input are for phones held up and AR: neither is this hall's.
    gaze: false,
    screenInput: false,
    // The hall is a VR room: nothing from the wearer's real room (planes, meshes, anchors).
    planeDetection: false,
    meshDetection: false,
    anchors: false,
    hitTest: false,
    layers: false,
    domOverlay: false,
    bodyTracking: false,
    depthSensing: false,
    handTracking: true,
  };
}
