import type { Plugin } from 'vite';

/** Resolves @pmndrs/xr's lazy `./emulate.js` to scripts/xr/noEmulator.ts (see there why). */
export function noXrEmulatorPlugin(stub: string): Plugin {
  return {
    name: 'pavilion-no-xr-emulator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './emulate.js' && importer && /@pmndrs[\\/]xr[\\/]dist[\\/]store\.js$/.test(importer)) return stub;
      return null;
    },
  };
}
