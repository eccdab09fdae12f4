import { unzipSync } from 'fflate';

/** One file picked or dropped, by its path inside what was picked (`my-booth/media/a.mp4`). */
export interface PickedFile {
  path: string;
  data: Blob;
}

export type ImportResult =
  | { ok: true; manifest: unknown; manifestPath: string; files: Map<string, Blob> }
  | { ok: false; reason: 'noManifest' | 'badZip' };

/** `a/b/../c` → `a/c`; a leading `..` stays (a file above the manifest's folder). */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** `to`'s path relative to the folder `fromDir` (both normalized, `''` the top). */
export function relativePath(fromDir: string, to: string): string {
  const from = fromDir ? fromDir.split('/') : [];
  const parts = to.split('/');
  let k = 0;
  while (k < from.length && k < parts.length - 1 && from[k] === parts[k]) k++;
  return [...from.slice(k).map(() => '..'), ...parts.slice(k)].join('/');
}

const isBoothJson = (v: unknown) =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && 'schemaVersion' in v && 'exhibitor' in v;

/**
 * Finds the booth manifest among picked files (a `.json` with "schemaVersion" and "exhibitor";
 * the shallowest wins) and keys every other file by its path relative to the manifest.
 */
export async function importBoothFiles(picked: readonly PickedFile[]): Promise<ImportResult> {
  const files = picked
    .map((f) => ({ path: normalizePath(f.path), data: f.data }))
    .filter((f) => !/(^|\/)(\.DS_Store|Thumbs\.db|__MACOSX\/.*)$/.test(f.path) && !f.path.startsWith('__MACOSX/'));
  const candidates = files
    .filter((f) => /\.json$/i.test(f.path))
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  for (const c of candidates) {
    let value: unknown;
    try {
      value = JSON.parse(await c.data.text());
    } catch {
      continue;
    }
    if (!isBoothJson(value)) continue;
    const dir = c.path.includes('/') ? c.path.slice(0, c.path.lastIndexOf('/')) : '';
    const out = new Map<string, Blob>();
    for (const f of files) if (f !== c) out.set(relativePath(dir, f.path), f.data);
    return { ok: true, manifest: value, manifestPath: c.path, files: out };
  }
  return { ok: false, reason: 'noManifest' };
}

/** The files inside a zip archive (folders skipped). */
export function unzipFiles(bytes: Uint8Array): PickedFile[] | null {
  try {
    const entries = unzipSync(bytes);
    return Object.entries(entries)
      .filter(([path]) => !path.endsWith('/'))
      .map(([path, data]) => ({ path, data: new Blob([data as Uint8Array<ArrayBuffer>]) }));
  } catch {
    return null;
  }
}
