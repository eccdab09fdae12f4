/**
 * npm run bundle -- [hall.json …]   (default: every hall.json under scenes/)
 * Writes hall.bundle.json beside each hall: the hall and its booth manifests in one file,
 * so a big hall opens with one request. Open it with ?hall=<URL of hall.bundle.json>.
 * `vite build` writes these into dist/ itself; this is for halls hosted elsewhere.
 */
import { writeFileSync } from 'node:fs';
import { bundlePathFor, findHalls, makeBundle } from './bundle/makeBundle';

const halls = process.argv.slice(2).filter((a) => !a.startsWith('-'));
let failed = false;
for (const hallPath of halls.length ? halls : findHalls('scenes')) {
  try {
    const { bundle, left } = makeBundle(hallPath);
    const out = bundlePathFor(hallPath);
    writeFileSync(out, JSON.stringify(bundle));
    const n = Object.keys(bundle.booths).length;
    console.log(`${out}: ${n} booths${left.length ? `; left out (fetched alone): ${left.join(', ')}` : ''}`);
  } catch (e) {
    failed = true;
    console.error(`${hallPath}: ${(e as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
