import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { scenesPlugin } from './scripts/vite-plugin-scenes';

const scenesDir = fileURLToPath(new URL('./scenes', import.meta.url));

export default defineConfig({
  plugins: [react(), scenesPlugin(scenesDir)],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  // Kiosks and bench runs read the same headers as production would need: see README.
  preview: { headers: { 'Access-Control-Allow-Origin': '*' } },
});
