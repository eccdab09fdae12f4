import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

/** Builds the app once and serves dist/ on loopback for every browser test. */
export async function setup(project: TestProject) {
  if (!process.env.PAVILION_SKIP_BUILD || !existsSync('dist/index.html')) {
    // vitest sets NODE_ENV=test, which would make Vite emit a development build.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  // Test halls (broken and hostile manifests) are served beside the app, never shipped in it.
  cpSync('tests/fixtures/halls', 'dist/test-halls', { recursive: true });
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
