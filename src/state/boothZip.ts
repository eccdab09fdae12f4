import { zipSync, strToU8 } from 'fflate';

/** The booth as a zip: `booth.json` at the top and every file at its path relative to it. */
export async function zipBooth(manifest: unknown, files: ReadonlyMap<string, Blob>): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = { 'booth.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`) };
  for (const [path, blob] of files) {
    // Paths above the manifest's folder cannot be stored under it: they are left out.
    if (path.startsWith('../')) continue;
    entries[path] = new Uint8Array(await blob.arrayBuffer());
  }
  return zipSync(entries, { level: 6 });
}
