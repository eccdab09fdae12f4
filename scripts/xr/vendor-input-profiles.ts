/**
 * Copies what the headset mode needs from the WebXR input profiles (MIT, Amazon) into
 * public/xr/profiles/, served by the project (@react-three/xr fetches them from a CDN by default:
 * never). Every profile's layout (small JSON: which button is the trigger, the thumbstick), and
 * the generic hand's models; controllers are drawn by the project (scene/xr/XrControllerShape),
 * so the heavy controller models (90 MB for all) are left out.
 *
 *   npm pack @webxr-input-profiles/assets@1.0.20 && tar xzf webxr-input-profiles-assets-1.0.20.tgz
 *   npx tsx scripts/xr/vendor-input-profiles.ts package
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const from = process.argv[2];
if (!from) throw new Error('usage: vendor-input-profiles.ts <unpacked @webxr-input-profiles/assets folder>');
const src = path.join(from, 'dist/profiles');
const out = path.resolve('public/xr/profiles');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const minify = (file: string) => JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
writeFileSync(path.join(out, 'profilesList.json'), minify(path.join(src, 'profilesList.json')));
for (const name of readdirSync(src, { withFileTypes: true })) {
  if (!name.isDirectory()) continue;
  mkdirSync(path.join(out, name.name));
  writeFileSync(path.join(out, name.name, 'profile.json'), minify(path.join(src, name.name, 'profile.json')));
}
for (const hand of ['left', 'right'])
  copyFileSync(path.join(src, 'generic-hand', `${hand}.glb`), path.join(out, 'generic-hand', `${hand}.glb`));
copyFileSync(path.join(from, 'LICENSE.md'), path.join(out, 'LICENSE.md'));
console.log(`input profiles → ${path.relative(process.cwd(), out)}`);
