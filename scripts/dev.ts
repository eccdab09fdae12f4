/**
 * npm run dev: Vite's dev server with hot reload on 5173, and the service (API, live hall,
 * exhibitors' files on its second origin) on 5180/5181 behind Vite's proxy.
 */
import { spawn } from 'node:child_process';

const API_PORT = process.env.PAVILION_API_PORT ?? '5180';
const env = {
  ...process.env,
  PAVILION_API_PORT: API_PORT,
  PAVILION_APP_ORIGINS: 'http://127.0.0.1:5173,http://localhost:5173',
};
const service = spawn('npx', ['tsx', 'server/main.ts'], {
  stdio: 'inherit',
  env: { ...env, PORT: API_PORT, PAVILION_NO_DIST: '1' },
});
const vite = spawn('npx', ['vite', '--host', '127.0.0.1', '--port', '5173'], { stdio: 'inherit', env });
const stop = () => {
  service.kill('SIGTERM');
  vite.kill('SIGTERM');
};
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, stop);
service.on('exit', (code) => {
  vite.kill('SIGTERM');
  process.exitCode = code ?? 0;
});
vite.on('exit', () => service.kill('SIGTERM'));
