import { createHash, randomUUID } from 'node:crypto';
import { copyFile, link, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SubmittedFile } from '../src/api/types';
import { BUNDLE_FORMAT } from '../src/manifest/bundle';
import type { BlobStore } from './blobs';
import { exists, fsyncFile } from './blobs';
import { crashPoint } from './crash';
import type { Db } from './db';
import { getMeta } from './db';

/**
 * The live hall as plain static files under `live/`, servable by any web server or CDN:
 * - `s/<tree>/booth.json` and its files: one published booth version, named by the hash of its
 *   whole content (manifest and files), so it never changes and caches forever; its relative
 *   paths (H5 pages' own CSS and scripts included) resolve inside it;
 * - `h/<sha256>.<ext>`: the hall's own media (ambient audio);
 * - `s/<tree>/programme.json` and its files: the sample hall's programme, as a tree like a booth's;
 * - `hall.json` and `hall.bundle.json`: the hall, naming each booth's live tree by absolute URL on
 *   the content origin, rewritten whole by temporary file and rename, so a visitor gets the
 *   old hall or the new one, never half of one.
 */
export class LiveHall {
  readonly dir: string;
  /** Serialised booth manifests by tree: a publish rewrites the bundle without reading 1,000 files. */
  private readonly cache = new Map<string, string>();
  constructor(
    dataDir: string,
    private readonly blobs: BlobStore,
    private readonly db: Db,
    private contentOrigin: string,
  ) {
    this.dir = path.join(dataDir, 'live');
  }

  setContentOrigin(origin: string): void {
    this.contentOrigin = origin;
  }

  treeUrl(tree: string): string {
    return `${this.contentOrigin}/live/s/${tree}/booth.json`;
  }

  /**
   * Lays out a submission's files as a tree (hard links to the blobs: no copy); returns its name.
   * `manifestName`: where the manifest goes in it (the sample's programme is a tree too).
   */
  async materialize(manifestText: string, files: readonly SubmittedFile[], manifestName = 'booth.json'): Promise<string> {
    const manifestSha = createHash('sha256').update(manifestText).digest('hex');
    const listing = [
      `${manifestName}\0${manifestSha}`,
      ...[...files].sort((a, b) => (a.path < b.path ? -1 : 1)).map((f) => `${f.path}\0${f.sha256}`),
    ];
    const tree = createHash('sha256').update(listing.join('\n')).digest('hex').slice(0, 32);
    const dest = path.join(this.dir, 's', tree);
    if (await exists(path.join(dest, manifestName))) return tree;
    const tmp = path.join(this.dir, `.tmp-${randomUUID()}`);
    await mkdir(tmp, { recursive: true });
    try {
      for (const f of files) {
        const to = path.join(tmp, ...f.path.split('/'));
        await mkdir(path.dirname(to), { recursive: true });
        await linkOrCopy(this.blobs.blobPath(f.sha256), to);
      }
      await mkdir(path.dirname(path.join(tmp, manifestName)), { recursive: true });
      await writeDurably(path.join(tmp, manifestName), manifestText);
      await mkdir(path.dirname(dest), { recursive: true });
      await rm(dest, { recursive: true, force: true }); // a tree left half-made by a crash
      await rename(tmp, dest);
    } catch (e) {
      await rm(tmp, { recursive: true, force: true });
      throw e;
    }
    return tree;
  }

  private async boothJson(tree: string): Promise<string> {
    let text = this.cache.get(tree);
    if (text === undefined) {
      // Re-serialised compactly: the bundle carries the manifest's value, not its spacing.
      text = JSON.stringify(JSON.parse(await readFile(path.join(this.dir, 's', tree, 'booth.json'), 'utf8')));
      this.cache.set(tree, text);
    }
    return text;
  }

  /** The hall manifest as it stands in the database now. */
  hallManifest(): { hall: Record<string, unknown>; trees: string[] } {
    const base = JSON.parse(getMeta(this.db, 'hall') ?? 'null') as Record<string, unknown> | null;
    if (!base) throw new Error('no hall: the data folder has no hall manifest');
    const rows = this.db
      .prepare(
        `SELECT b.id, b.zone, v.tree FROM booths b JOIN versions v ON v.booth = b.id AND v.version = b.live_version
         ORDER BY b.ord`,
      )
      .all() as { id: string; zone: string; tree: string }[];
    const zones = (base.zones as { id: string; booths?: string[] }[]).map((z) => ({
      ...z,
      booths: rows.filter((r) => r.zone === z.id).map((r) => r.id),
    }));
    const live = new Set(rows.map((r) => r.id));
    const ambient = getMeta(this.db, 'hall.ambientAudio');
    const allowed = new Set([...((base.allowedOrigins as string[] | undefined) ?? []), this.contentOrigin]);
    const hall: Record<string, unknown> = {
      ...base,
      zones,
      featured: ((base.featured as string[] | undefined) ?? []).filter((id) => live.has(id)),
      booths: rows.map((r) => this.treeUrl(r.tree)),
      allowedOrigins: [...allowed],
    };
    delete hall.$schema;
    // Like `featured`: a route stop whose booth is not live would only be a warning to every visitor.
    const tour = base.tour as { stops?: { booth: string }[] } | undefined;
    const stops = (tour?.stops ?? []).filter((s) => live.has(s.booth));
    if (stops.length) hall.tour = { ...tour, stops };
    else delete hall.tour;
    if (ambient) hall.ambientAudio = `${this.contentOrigin}/live/h/${ambient}`;
    // The programme lives in a tree of its own; a relative path from the organiser's files would not resolve here.
    const programme = getMeta(this.db, 'hall.programme');
    if (programme) hall.programme = `${this.contentOrigin}/live/s/${programme}`;
    else delete hall.programme;
    return { hall, trees: rows.map((r) => r.tree) };
  }

  /** Rewrites hall.json and hall.bundle.json from the database, atomically. `publishing`: a publish's write (crash tests kill it). */
  async writeHall(publishing = false): Promise<void> {
    const { hall, trees } = this.hallManifest();
    const ambient = getMeta(this.db, 'hall.ambientAudio');
    if (ambient) {
      const to = path.join(this.dir, 'h', ambient);
      if (!(await exists(to))) {
        await mkdir(path.dirname(to), { recursive: true });
        await linkOrCopy(this.blobs.blobPath(ambient.split('.')[0] ?? ''), to);
      }
    }
    const hallText = JSON.stringify(hall);
    const entries: string[] = [];
    for (const tree of trees) entries.push(`${JSON.stringify(this.treeUrl(tree))}:${await this.boothJson(tree)}`);
    const bundle = `{"format":${JSON.stringify(BUNDLE_FORMAT)},"version":1,"hall":${hallText},"booths":{${entries.join(',')}}}`;
    await mkdir(this.dir, { recursive: true });
    await writeAtomic(path.join(this.dir, 'hall.json'), hallText);
    await writeAtomic(path.join(this.dir, 'hall.bundle.json'), bundle, publishing ? 'mid-hall' : undefined);
  }
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    // Another file system (a mounted data folder): copy instead.
    if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP') await copyFile(from, to);
    else throw e;
  }
}

async function writeDurably(file: string, text: string): Promise<void> {
  const fh = await open(file, 'wx');
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Temporary file, fsync, rename, fsync the folder: readers see the old file or the new one. */
export async function writeAtomic(file: string, text: string, crashAt?: 'mid-hall'): Promise<void> {
  const tmp = `${file}.${randomUUID()}.tmp`;
  const fh = await open(tmp, 'wx');
  try {
    const half = Math.floor(text.length / 2);
    await fh.writeFile(text.slice(0, half));
    if (crashAt) crashPoint(crashAt);
    await fh.writeFile(text.slice(half));
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
  await fsyncFile(path.dirname(file));
}
