/**
 * Stands in for @pmndrs/xr's emulator (iwer with its dev UI and synthetic rooms: 1.4 MB) in the
 * build: the pavilion turns emulation off (scene/xr/headsetOptions), so it is never called, and
 * its chunk has no business in dist or a kiosk's cache. Tests inject their own emulator.
 */
export function emulate(): never {
  throw new Error('no WebXR emulator in this build (tests inject iwer themselves)');
}
