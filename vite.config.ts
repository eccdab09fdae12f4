import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { fontsPlugin } from './scripts/vite-plugin-fonts.ts';
import { scenesPlugin } from './scripts/vite-plugin-scenes.ts';

const scenesDir = fileURLToPath(new URL('./scenes', import.meta.url));

const apiPort = process.env.PAVILION_API_PORT;

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
    fontsPlugin(fileURLToPath(new URL('.', import.meta.url))),
  ],
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
