import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mapBoothRefs } from '../src/manifest/boothRefs';
import type { BlobStore, StagedFile } from './blobs';
import { audit, setMeta, type Db } from './db';
import { typeOf } from './content';
import type { LiveHall } from './live';
import type { Publishing } from './publishing';
import { publishSampleProgramme } from './sampleProgramme';

const isUrl = (ref: string) => /^[a-z][a-z\d+.-]*:/i.test(ref);

function filesUnder(dir: string, root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, root));
    else if (!name.startsWith('.')) out.push(path.relative(root, p).split(path.sep).join('/'));
  }
  return out;
}

/**
 * Publishes a hall of files (the bundled sample expo) as the first live version, through the
 * same path as an approved upload. Each booth's references (`../media/a.mp4`, relative to
 * `booths/`) become paths inside the booth's own folder (`media/a.mp4`); an H5 page brings the
 * whole folder it sits in (`h5/`), since its pages share styles (`../shared/h5.css`).
 */
export async function publishSampleHall(
  hallFile: string,
  db: Db,
  blobs: BlobStore,
  publishing: Publishing,
  live: LiveHall,
): Promise<number> {
  const root = path.dirname(hallFile);
  const hall = JSON.parse(readFileSync(hallFile, 'utf8')) as Record<string, unknown> & {
    zones: { id: string; booths?: string[] }[];
    booths: string[];
    ambientAudio?: string;
    programme?: string;
  };
  const zoneOf = new Map<string, string>();
  for (const z of hall.zones) for (const id of z.booths ?? []) zoneOf.set(id, z.id);
  if (hall.ambientAudio && !isUrl(hall.ambientAudio)) {
    const { sha256 } = await blobs.putFile(path.resolve(root, hall.ambientAudio));
    setMeta(db, 'hall.ambientAudio', `${sha256}${path.extname(hall.ambientAudio).toLowerCase()}`);
  }
  setMeta(db, 'hall', JSON.stringify({ ...hall, booths: [], zones: hall.zones.map((z) => ({ ...z, booths: [] })) }));
  if (hall.programme) await publishSampleProgramme(root, hall.programme, db, blobs, live);

  let published = 0;
  let ord = 0;
  for (const ref of hall.booths) {
    const boothFile = path.resolve(root, ref);
    if (!existsSync(boothFile)) continue;
    const raw: unknown = JSON.parse(readFileSync(boothFile, 'utf8'));
    const needed = new Set<string>();
    const manifest = mapBoothRefs(raw, (r) => {
      if (isUrl(r.ref)) return r.ref;
      const abs = path.resolve(path.dirname(boothFile), r.ref);
      const rel = path.relative(root, abs).split(path.sep).join('/');
      if (rel.startsWith('..')) return r.ref;
      if (r.kind === 'page') for (const f of filesUnder(path.join(root, rel.split('/')[0] ?? ''), root)) needed.add(f);
      else needed.add(rel);
      return rel;
    }) as Record<string, unknown>;
    delete manifest.$schema;
    const id = String(manifest.id);
    const files: StagedFile[] = [];
    for (const rel of needed) {
      const abs = path.join(root, rel);
      if (!existsSync(abs)) continue;
      const { sha256, size } = await blobs.putFile(abs);
      files.push({ path: rel, abs: blobs.blobPath(sha256), size, sha256 });
    }
    const name = (manifest.exhibitor as { name?: { zh?: string; en?: string } | string } | undefined)?.name;
    db.prepare('INSERT OR IGNORE INTO booths (id, zone, name, ord) VALUES (?, ?, ?, ?)').run(
      id,
      zoneOf.get(id) ?? hall.zones[0]?.id ?? 'general',
      typeof name === 'string' ? name : [name?.zh, name?.en].filter(Boolean).join(' · '),
      ord++,
    );
    const sub = await publishing.accept({
      booth: id,
      account: null,
      by: 'sample',
      manifestText: JSON.stringify(manifest, null, 2),
      files,
      types: new Map(files.map((f) => [f.path, typeOf(f.path)])),
      warnings: [],
    });
    await publishing.approve(sub, 'sample');
    published++;
  }
  audit(db, 'system', 'publish-sample', path.basename(root), `${published} booths`);
  return published;
}
