import { getAtPath, type JsonPath } from '../manifest/jsonPath';
import { validateBooth } from '../manifest/parse';
import { formatJsonPath, type ManifestProblem } from '../manifest/problems';

/** Where the studio pretends the manifest stands: its relative paths resolve under it. */
const STUDIO_BASE = 'https://studio.invalid/booth/';
export const STUDIO_MANIFEST_URL = `${STUDIO_BASE}booth.json`;
export const STUDIO_FILE = 'booth.json';

/** The exhibitor's local file a URL under STUDIO_BASE names, or null for any other URL. */
export function studioPathOf(url: string): string | null {
  if (!url.startsWith(STUDIO_BASE)) return null;
  const rest = url.slice(STUDIO_BASE.length).split(/[?#]/, 1)[0] ?? '';
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/** A reference's local file path (relative to the manifest), or null for a URL elsewhere. */
export function localPathOf(ref: string): string | null {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(ref) || ref.startsWith('//')) return null;
  try {
    return studioPathOf(new URL(ref, STUDIO_MANIFEST_URL).href);
  } catch {
    return null;
  }
}

/** Every file reference in a raw manifest, with its JSON path (checked or not). */
function fileRefs(manifest: unknown): { path: JsonPath; ref: string }[] {
  const out: { path: JsonPath; ref: string }[] = [];
  const add = (path: JsonPath, localized = false) => {
    const v = getAtPath(manifest, path);
    if (typeof v === 'string') out.push({ path, ref: v });
    else if (localized && v && typeof v === 'object') for (const lang of ['zh', 'en'] as const) add([...path, lang]);
  };
  add(['exhibitor', 'logo']);
  const media = getAtPath(manifest, ['media']);
  (Array.isArray(media) ? media : []).forEach((item: unknown, i) => {
    const type = getAtPath(item, ['type']);
    if (type === 'link') return;
    add(['media', i, 'src'], type === 'audio');
    add(['media', i, 'poster']);
    add(['media', i, 'bodySrc'], true);
    for (const key of ['captions', 'images'] as const) {
      const list = getAtPath(item, [key]);
      (Array.isArray(list) ? list : []).forEach((_, j) => add(['media', i, key, j, 'src']));
    }
  });
  return out;
}

/** References to local files the exhibitor has not added. */
export function missingFiles(manifest: unknown, files: ReadonlyMap<string, Blob>): ManifestProblem[] {
  return fileRefs(manifest).flatMap(({ path, ref }) => {
    const local = localPathOf(ref);
    if (local === null || files.has(local)) return [];
    return [
      {
        file: STUDIO_FILE,
        path: formatJsonPath(path),
        message: `the file "${local}" is not among your files`,
        severity: 'error' as const,
      },
    ];
  });
}

/** Everything the studio reports about a draft: the pavilion's own checks, then its files. */
export function studioProblems(manifest: unknown, files: ReadonlyMap<string, Blob>): ManifestProblem[] {
  const checked = validateBooth(manifest, { file: STUDIO_FILE, url: STUDIO_MANIFEST_URL }, null);
  return [...checked.problems, ...missingFiles(manifest, files)];
}

/** A file's checks (inspectFile's report) located at the JSON paths that name the file. */
export function fileReportProblems(
  manifest: unknown,
  reports: readonly { path: string; problems: { message: string; severity: 'error' | 'warning' }[] }[],
): ManifestProblem[] {
  const named = new Map<string, string[]>();
  for (const { path, ref } of fileRefs(manifest)) {
    const local = localPathOf(ref);
    if (local !== null) named.set(local, [...(named.get(local) ?? []), formatJsonPath(path)]);
  }
  return reports.flatMap((r) =>
    r.problems.flatMap((p) =>
      (named.get(r.path) ?? ['']).map((at) => ({ file: r.path, path: at, message: p.message, severity: p.severity })),
    ),
  );
}
