import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let script: Promise<string> | null = null;

/** iwer (the Immersive Web Emulation Runtime) as a script for `page.addInitScript` (see xr/emulatedHeadset.ts). */
export function emulatedHeadsetScript(): Promise<string> {
  script ??= build({
    entryPoints: [fileURLToPath(new URL('./xr/emulatedHeadset.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return script;
}
