import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE_FORMAT, type HallBundleFile } from '../../src/manifest/bundle.ts';

export interface MadeBundle {
  bundle: HallBundleFile;
  /** Booth references left out (remote, missing or not JSON): the pavilion fetches those alone and reports them. */
  left: string[];
}

/** `scenes/x/hall.json` → `scenes/x/hall.bundle.json` */
export function bundlePathFor(hallPath: string): string {
  return hallPath.replace(/\.json$/i, '') + '.bundle.json';
}

/**
 * Packs a hall manifest and its local booth manifests, as written, into one bundle. Nothing
 * is validated or rewritten here: the pavilion checks each manifest on arrival as it would
 * the file, so a bundle can never make a broken booth look fine.
 */
export function makeBundle(hallPath: string): MadeBundle {
  const hall: unknown = JSON.parse(readFileSync(hallPath, 'utf8'));
  const refs = (hall as { booths?: unknown }).booths;
  const booths: Record<string, unknown> = {};
  const left: string[] = [];
  for (const ref of Array.isArray(refs) ? refs : []) {
    if (typeof ref !== 'string') continue;
    const file = path.resolve(path.dirname(hallPath), ref);
    try {
      if (/^[a-z][a-z\d+.-]*:|^\/|^\\/i.test(ref) || !existsSync(file)) throw new Error('not a local file');
      booths[ref] = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      left.push(ref);
    }
  }
  return { bundle: { format: BUNDLE_FORMAT, version: 1, hall, booths }, left };
}

/** Every `hall.json` under a folder: the halls a build ships bundles for. */
export function findHalls(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findHalls(p));
    else if (name === 'hall.json') out.push(p);
  }
  return out;
}
