/**
 * Writes public/schema/{hall,booth,programme}.schema.json from src/manifest/schema.ts, so exhibitors'
 * editors check manifests against the very rules the pavilion enforces.
 * `--check` fails when the committed files are stale (run by npm test).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { programmeManifestSchema } from '../src/manifest/programmeSchema';
import { boothManifestSchema, hallManifestSchema } from '../src/manifest/schema';

const outDir = fileURLToPath(new URL('../public/schema/', import.meta.url));
const check = process.argv.includes('--check');

const docs = {
  'hall.schema.json': { schema: hallManifestSchema, title: 'Cloud Expo hall manifest' },
  'booth.schema.json': { schema: boothManifestSchema, title: 'Cloud Expo booth manifest' },
  'programme.schema.json': {
    schema: programmeManifestSchema,
    title: 'Cloud Expo programme (theme days, sessions, contests, cloud classes)',
  },
};

let stale = 0;
for (const [name, { schema, title }] of Object.entries(docs)) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const text = `${JSON.stringify({ ...json, $id: `/schema/${name}`, title }, null, 2)}\n`;
  const file = outDir + name;
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error(`public/schema/${name} is out of date: run npm run schema`);
      stale++;
    }
  } else writeFileSync(file, text);
}
process.exit(stale ? 1 : 0);
