/**
 * npm run gen:hall -- --booths N --seed S --out DIR
 * Writes DIR/hall.json, DIR/booths/*.json and DIR/hall.bundle.json: a synthetic hall for the
 * benchmark. Put DIR under the served root (e.g. public/halls/…) and open it with
 * ?hall=<URL of DIR/hall.json> (or of hall.bundle.json: one request for the whole hall).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeBundle } from './bundle/makeBundle';
import { generateHall } from './gen-hall/generateHall';

const { values } = parseArgs({
  options: { booths: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
});
const count = Number(values.booths);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(count) || count < 1 || count > 2000 || !Number.isInteger(seed)) {
  console.error('usage: npm run gen:hall -- --booths N (1–2000) --seed S --out DIR');
  process.exit(2);
}
const logos = readdirSync('scenes/sample/logos')
  .filter((f) => f.endsWith('.svg'))
  .sort();
const { hall, booths } = generateHall(count, seed, logos);
const out = path.resolve(values.out);
rmSync(path.join(out, 'booths'), { recursive: true, force: true });
mkdirSync(path.join(out, 'booths'), { recursive: true });
writeFileSync(path.join(out, 'hall.json'), `${JSON.stringify(hall, null, 2)}\n`);
for (const b of booths) writeFileSync(path.join(out, b.file), `${JSON.stringify(b.manifest, null, 2)}\n`);
writeFileSync(path.join(out, 'hall.bundle.json'), JSON.stringify(makeBundle(path.join(out, 'hall.json')).bundle));
console.log(`wrote ${out}/hall.json, ${booths.length} booths and hall.bundle.json (all in one file)`);
