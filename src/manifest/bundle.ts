// Extensions spelled out: vite.config.ts loads this module (via the scenes plugin) natively.
import { checkStructure, MANIFEST_LIMITS, tooLargeMessage, type GuardResult } from './guards.ts';
import { describeValue, type ManifestProblem } from './problems.ts';

/**
 * A hall bundle is a hall manifest and its booth manifests in one file, so that a hall of
 * 1,000 booths opens with one request instead of 1,001. It is only a transport: each
 * manifest inside is the exhibitor's file as written, checked exactly as if fetched alone,
 * and a booth the bundle lacks is fetched on its own. `npm run bundle` writes one; the
 * pavilion reads one when `?hall=` names a file ending in `.bundle.json`, or names a
 * `hall.json` with its bundle beside it and the same hall inside.
 */
export interface HallBundleFile {
  format: typeof BUNDLE_FORMAT;
  version: 1;
  /** The hall manifest, as in hall.json. */
  hall: unknown;
  /** Booth manifests keyed by the reference the hall uses for them (`booths/acme.json`). */
  booths: Record<string, unknown>;
}

export const BUNDLE_FORMAT = 'cloud-expo-hall-bundle';

export function isBundleUrl(url: string): boolean {
  try {
    return /\.bundle\.json$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * Where the bundle of a hall manifest would stand: `…/hall.json` → `…/hall.bundle.json`.
 * Null for a bundle itself and for a name not ending in `.json`, which no bundle is made for.
 */
export function bundleUrlBeside(hallUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(hallUrl);
  } catch {
    return null;
  }
  if (isBundleUrl(hallUrl) || !/\.json$/i.test(url.pathname)) return null;
  url.pathname = url.pathname.replace(/\.json$/i, '.bundle.json');
  url.hash = '';
  return url.href;
}

/**
 * JSON with every object's keys sorted, so that two documents compare equal however their
 * keys were ordered or spaced. Recursive: only for values checkStructure has passed, whose
 * depth is bounded.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export type BundleRead =
  { ok: true; hall: unknown; booths: Map<string, GuardResult> } | { ok: false; problems: ManifestProblem[] };

/**
 * Opens a bundle's envelope. Booth entries are keyed by absolute URL (resolved against the
 * bundle) and each carries its own structure check, named after the booth's own file, so a
 * broken booth fails alone and its message points at the file its exhibitor edits.
 */
export function readBundle(text: string, file: string, url: string, nameOf: (url: string) => string): BundleRead {
  const fail = (path: string, message: string): BundleRead => ({
    ok: false,
    problems: [{ file, path, message, severity: 'error' }],
  });
  let root: unknown;
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail('', `expected valid JSON, got a syntax error: ${(e as Error).message}`);
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root))
    return fail('', `expected a hall bundle object, got ${describeValue(root)}`);
  const b = root as Partial<Record<keyof HallBundleFile, unknown>>;
  if (b.format !== BUNDLE_FORMAT) return fail('format', `expected "${BUNDLE_FORMAT}", got ${describeValue(b.format)}`);
  if (b.version !== 1)
    return fail('version', `expected 1 (the only bundle version this pavilion reads), got ${describeValue(b.version)}`);
  if (b.booths === null || typeof b.booths !== 'object' || Array.isArray(b.booths))
    return fail('booths', `expected an object of booth manifests keyed by file, got ${describeValue(b.booths)}`);
  const hallProblems = checkStructure(b.hall, file).map((p) => ({ ...p, path: p.path ? `hall.${p.path}` : 'hall' }));
  if (hallProblems.length) return { ok: false, problems: hallProblems };
  const entries = Object.entries(b.booths as Record<string, unknown>);
  if (entries.length > MANIFEST_LIMITS.maxArrayLength)
    return fail('booths', `expected at most ${MANIFEST_LIMITS.maxArrayLength} booths, got ${entries.length}`);

  const booths = new Map<string, GuardResult>();
  for (const [ref, value] of entries) {
    let boothUrl: string;
    try {
      boothUrl = new URL(ref, url).href;
    } catch {
      continue; // a key no hall reference can match is simply never used
    }
    const boothFile = nameOf(boothUrl);
    const size = JSON.stringify(value)?.length ?? 0;
    const problems =
      size > MANIFEST_LIMITS.maxBytes
        ? [
            {
              file: boothFile,
              path: '',
              message: tooLargeMessage(MANIFEST_LIMITS.maxBytes, size),
              severity: 'error' as const,
            },
          ]
        : checkStructure(value, boothFile);
    booths.set(boothUrl, problems.length ? { ok: false, problems } : { ok: true, value });
  }
  return { ok: true, hall: b.hall, booths };
}
