// Bundled by ../xrDevice.ts into a script run in the page before the app: an emulated Meta
// Quest 3 as `navigator.xr` (over Chromium's own, which has no headset), kept on
// `window.__xrDevice` for the test to move the head and controllers and press their buttons.
import { metaQuest3, XRDevice } from 'iwer';

const device = new XRDevice(metaQuest3);
device.installRuntime({ forceInstall: true });
(window as unknown as { __xrDevice: XRDevice }).__xrDevice = device;
