import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { preview } from 'vite';

/**
 * Builds the app (unless `reuse` and dist/ is there), serves it on loopback. `outDir` serves
 * another build as it is (one made from an older commit, to compare).
 */
export async function serveDist(reuse: boolean, outDir?: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  if (!outDir && (!reuse || !existsSync('dist/index.html')))
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  const server = await preview({
    ...(outDir ? { build: { outDir } } : {}),
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { baseUrl: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
