import { copyFileSync, createReadStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** three's glTF-only Draco decoder (smaller than the full one): the files DRACOLoader asks for. */
const DRACO_FILES: Record<string, string> = {
  'draco_wasm_wrapper.js': 'text/javascript; charset=utf-8',
  'draco_decoder.wasm': 'application/wasm',
  'draco_decoder.js': 'text/javascript; charset=utf-8',
};

/**
 * Serves the Draco decoder at `/decoders/draco/` from the project itself (drei's default fetches
 * it from gstatic.com: never; kiosks run offline). The meshopt decoder needs no file: its
 * WebAssembly is inside its module. Copied from the installed three, so it matches its loader.
 */
export function decodersPlugin(root: string): Plugin {
  const src = path.join(root, 'node_modules/three/examples/jsm/libs/draco/gltf');
  let outDir = 'dist';
  return {
    name: 'pavilion-decoders',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/decoders/draco', (req, res, next) => {
        const name = path.basename((req.url ?? '').split('?')[0] ?? '');
        const type = DRACO_FILES[name];
        if (!type || !existsSync(path.join(src, name))) return next();
        res.setHeader('Content-Type', type);
        createReadStream(path.join(src, name)).pipe(res);
      });
    },
    closeBundle() {
      const dir = path.join(outDir, 'decoders/draco');
      mkdirSync(dir, { recursive: true });
      for (const name of Object.keys(DRACO_FILES)) copyFileSync(path.join(src, name), path.join(dir, name));
    },
  };
}
