import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { decodersPlugin } from './scripts/vite-plugin-decoders.ts';
import { fontsPlugin } from './scripts/vite-plugin-fonts.ts';
import { noXrEmulatorPlugin } from './scripts/vite-plugin-no-xr-emulator.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';
import { scenesPlugin } from './scripts/vite-plugin-scenes.ts';

const scenesDir = fileURLToPath(new URL('./scenes', import.meta.url));

const apiPort = process.env.PAVILION_API_PORT;

/** The build's version for kiosk heartbeats: the package's, with the commit where git knows it. */
function appVersion(): string {
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^[0-9a-f]{4,40}$/.test(hash) ? `${version}+${hash}` : version;
  } catch {
    return version; // a build from a source archive, without git
  }
}

export default defineConfig({
  plugins: [
    // With the service behind the proxy (npm run dev), pages open its live hall, as they do when it serves them.
    {
      name: 'pavilion-live-hall',
      transformIndexHtml: (html) =>
        apiPort
          ? html.replace(
              '<meta charset="UTF-8" />',
              '<meta charset="UTF-8" />\n    <meta name="pavilion-hall" content="/live/hall.bundle.json" />',
            )
          : html,
    },
    react(),
    scenesPlugin(scenesDir),
    // The hall's and every booth's page as 2D HTML with its share card (after the scenes are copied).
    prerenderPlugin(fileURLToPath(new URL('.', import.meta.url)), scenesDir),
    fontsPlugin(fileURLToPath(new URL('.', import.meta.url))),
    decodersPlugin(fileURLToPath(new URL('.', import.meta.url))),
    noXrEmulatorPlugin(fileURLToPath(new URL('./scripts/xr/noEmulator.ts', import.meta.url))),
    // The kiosk's service worker (src/sw/kioskSw.ts → dist/kioskSw.js). Only kiosk pages register
    // it, from their own chunk: no register script, no web manifest, nothing in a visitor's page.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'kioskSw.ts',
      injectRegister: false,
      manifest: false,
      devOptions: { enabled: false },
      injectManifest: {
        rollupFormat: 'iife',
        // The app shell a kiosk needs offline: every built script and style (lazy chunks too), the
        // two pages a kiosk opens, and the CJK font (its slices: a page only knows which it needs
        // when it draws the text). Never scenes/ (the sample's media go by the media budget).
        globPatterns: [
          'assets/**/*.{js,css,wasm,woff2,svg,png}',
          'index.html',
          'kiosk/index.html',
          'fonts/**/*.{css,woff2}',
          'decoders/draco/draco_wasm_wrapper.js',
          'decoders/draco/draco_decoder.wasm',
          'favicon.svg',
        ],
        // A kiosk is no headset's: the headset mode's chunk is not kept.
        globIgnores: ['assets/HallHeadset-*.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // The pages by the URLs the service serves them at (with the live hall's meta tag and CSP).
        manifestTransforms: [
          (entries) => ({
            manifest: entries.map((e) => ({
              ...e,
              url: e.url === 'index.html' ? './' : e.url === 'kiosk/index.html' ? 'kiosk/' : e.url,
            })),
            warnings: [],
          }),
        ],
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(appVersion()) },
  // One page: a missing manifest must be a 404, not index.html.
  appType: 'mpa',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // One app, one script: each page picks its mode from its path (boot/flags).
    rollupOptions: {
      input: { main: 'index.html', studio: 'studio/index.html', review: 'review/index.html', kiosk: 'kiosk/index.html' },
    },
  },
  // `npm run dev`: the service (scripts/dev.ts starts it) answers the API and the live hall.
  server: {
    proxy: Object.fromEntries(['/api', '/live'].map((p) => [p, { target: `http://127.0.0.1:${apiPort ?? 5180}` }])),
  },
  // Kiosks and bench runs read the same headers as production would need: see README.
  preview: { headers: { 'Access-Control-Allow-Origin': '*' } },
});
