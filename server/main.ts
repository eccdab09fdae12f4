/**
 * `npm start` (after `vite build`): the pavilion, the studio, the review page and the API on
 * PORT (5173), exhibitors' files on a second origin (PORT + 1). Settings: README "Organiser's guide".
 */
import { fileURLToPath } from 'node:url';
import { configFromEnv } from './config';
import { createServer } from './createServer';

const root = fileURLToPath(new URL('..', import.meta.url));
let config;
try {
  config = configFromEnv(process.env, root);
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exit(2);
}
if (process.env.PAVILION_NO_DIST === '1') config.distDir = null;
const server = await createServer(config);
if (server.newAdminToken) {
  console.log('\nThe organiser token (shown once; only its hash is kept — store it now):');
  console.log(`  ${server.newAdminToken}\n`);
}
if (config.distDir) {
  console.log(`Pavilion:  ${server.url}/`);
  console.log(`Studio:    ${server.url}/studio/`);
  console.log(`Review:    ${server.url}/review/`);
} else console.log(`API and live hall: ${server.url}/ (the pages are Vite's)`);
console.log(`Exhibitor files (second origin): ${server.contentOrigin}/`);
// Tests wait for this line.
console.log(`PAVILION_READY ${JSON.stringify({ url: server.url, content: server.contentOrigin })}`);

for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    void server.close().then(() => process.exit(0));
  });
