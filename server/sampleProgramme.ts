import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SubmittedFile } from '../src/api/types';
import { parseProgramme, programmeAssetUrls } from '../src/manifest/programme';
import type { BlobStore } from './blobs';
import { typeOf } from './content';
import { setMeta, type Db } from './db';
import type { LiveHall } from './live';

/** Stand-in origin to resolve the programme's references to paths under the hall's folder. */
const LOCAL = 'http://sample.invalid';
/** Playlists naming playlists (a master and its renditions): how deep to follow. */
const MAX_PLAYLIST_DEPTH = 3;

/** The folder-relative path of a resolved URL, or null when it points outside the folder (or off-site). */
function localPath(url: string): string | null {
  const u = new URL(url);
  if (u.origin !== LOCAL) return null;
  const rel = decodeURIComponent(u.pathname).replace(/^\/+/, '');
  return rel && !rel.split('/').includes('..') ? rel : null;
}

/** An HLS playlist's relative URIs (segments, renditions, keys, maps), resolved against it. */
function playlistRefs(text: string, url: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (!line.startsWith('#')) out.push(new URL(line, url).href);
    else for (const m of line.matchAll(/URI="([^"]+)"/g)) out.push(new URL(m[1]!, url).href);
  }
  return out;
}

/**
 * Every file under `root` the programme uses: its media, and for a live stream its playlist's
 * segments (which the manifest does not name). Off-site and missing files are left out.
 */
export function programmeFiles(root: string, rel: string): Set<string> {
  const url = `${LOCAL}/${rel}`;
  const parsed = parseProgramme({ text: readFileSync(path.join(root, rel), 'utf8'), file: rel, url }, null);
  const needed = new Set<string>();
  const visit = (u: string, depth: number) => {
    const p = localPath(u);
    if (!p || needed.has(p) || !existsSync(path.join(root, p)) || !statSync(path.join(root, p)).isFile()) return;
    needed.add(p);
    if (p.toLowerCase().endsWith('.m3u8') && depth < MAX_PLAYLIST_DEPTH)
      for (const ref of playlistRefs(readFileSync(path.join(root, p), 'utf8'), u)) visit(ref, depth + 1);
  };
  for (const { url: u } of parsed.value ? programmeAssetUrls(parsed.value) : []) visit(u, 0);
  return needed;
}

/**
 * Publishes the sample hall's programme beside its booths: programme.json and its files as one
 * immutable tree on the content origin (`live/s/<tree>/…`, paths as in the hall's folder, so its
 * relative references and a stream's segments resolve unchanged). The live hall then names it
 * by absolute URL. A programme the schema refuses is published anyway: the app reports it.
 */
export async function publishSampleProgramme(
  root: string,
  ref: string,
  db: Db,
  blobs: BlobStore,
  live: LiveHall,
): Promise<string | null> {
  const rel = path.relative(root, path.resolve(root, ref)).split(path.sep).join('/');
  if (/^[a-z][a-z\d+.-]*:/i.test(ref) || rel.startsWith('..') || !existsSync(path.join(root, rel))) return null;
  const manifest = JSON.parse(readFileSync(path.join(root, rel), 'utf8')) as Record<string, unknown>;
  delete manifest.$schema;
  const files: SubmittedFile[] = [];
  for (const p of programmeFiles(root, rel)) {
    const { sha256, size } = await blobs.putFile(path.join(root, p));
    files.push({ path: p, size, sha256, type: typeOf(p) });
  }
  const tree = await live.materialize(JSON.stringify(manifest, null, 2), files, rel);
  setMeta(db, 'hall.programme', `${tree}/${rel}`);
  return tree;
}
