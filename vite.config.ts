import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { fontsPlugin } from './scripts/vite-plugin-fonts.ts';
import { scenesPlugin } from './scripts/vite-plugin-scenes.ts';

const scenesDir = fileURLToPath(new URL('./scenes', import.meta.url));

export default defineConfig({
  plugins: [react(), scenesPlugin(scenesDir), fontsPlugin(fileURLToPath(new URL('.', import.meta.url)))],
  // One page: a missing manifest must be a 404, not index.html.
  appType: 'mpa',
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  // Kiosks and bench runs read the same headers as production would need: see README.
  preview: { headers: { 'Access-Control-Allow-Origin': '*' } },
});
