import { bundleUrlBeside, canonicalJson, isBundleUrl, readBundle } from './bundle';
import { fetchTextLimited, FetchProblem } from './fetchText';
import { MANIFEST_LIMITS, parseJsonGuarded, type GuardResult } from './guards';
import type { Booth, Hall } from './model';
import { validateBooth, validateHall } from './parse';
import { HallLoadError, type ManifestProblem } from './problems';
import type { OriginPolicy } from './resolve';

export interface LoadedHall {
  hall: Hall;
  /** Valid booths, in the hall's order, unique by id. */
  booths: Booth[];
  /** Booth manifests that could not be used at all, with why. */
  failedBooths: { url: string; file: string }[];
  /** Every problem found, in hall then booth order. */
  problems: ManifestProblem[];
}

export interface LoadProgress {
  loaded: number;
  total: number;
}

export interface LoadOptions {
  appOrigin: string;
  fetch?: typeof fetch;
  onProgress?: (p: LoadProgress) => void;
  /** Booth manifests fetched at once: enough to hide latency, few enough not to flood a phone. */
  concurrency?: number;
}

export { HallLoadError };

/** Names a file for messages: relative to the hall when it sits beside it, else its URL. */
export function displayName(url: string, hallUrl: string): string {
  const base = new URL('.', hallUrl).href;
  return url.startsWith(base) ? url.slice(base.length) : url;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Booth manifests from the bundle beside a hall.json, keyed by URL, when that bundle holds this
 * very hall. A bundle is a snapshot, easily left behind when hall.json is edited: one whose hall
 * differs is ignored with a warning, so it never hides the edits. An absent or unreadable bundle
 * is simply no bundle: the booths are fetched one by one, as they would be without it.
 */
function boothsFromBundleBeside(
  text: string | null,
  bundleUrl: string,
  bundleFile: string,
  hallValue: unknown,
  hallUrl: string,
): { booths: Map<string, GuardResult>; problems: ManifestProblem[] } {
  const none = { booths: new Map<string, GuardResult>(), problems: [] };
  if (text === null) return none;
  const b = readBundle(text, bundleFile, bundleUrl, (url) => displayName(url, hallUrl));
  if (!b.ok) return none;
  if (canonicalJson(b.hall) === canonicalJson(hallValue)) return { booths: b.booths, problems: [] };
  const hallName = new URL(hallUrl).pathname.split('/').pop() ?? 'hall.json';
  return {
    booths: new Map(),
    problems: [
      {
        file: bundleFile,
        path: '',
        message: `stale bundle ignored: its hall differs from ${hallName}`,
        severity: 'warning',
      },
    ],
  };
}

/**
 * Loads a hall and all its booths. Only a broken hall manifest throws (HallLoadError);
 * a broken or missing booth becomes a problem and the rest of the hall loads.
 */
export async function loadHall(hallUrl: string, opts: LoadOptions): Promise<LoadedHall> {
  const fetchImpl = opts.fetch ?? fetch.bind(globalThis);
  const fileOf = (url: string) => (url.startsWith(opts.appOrigin) ? url.slice(opts.appOrigin.length) : url);
  let hallFile = fileOf(hallUrl);
  const bundled = isBundleUrl(hallUrl);
  // Asked for together with hall.json, so a hall with a bundle beside it costs two requests,
  // not one per booth, and one without costs a single 404 more. Any failure means no bundle.
  const bundleUrl = bundled ? null : bundleUrlBeside(hallUrl);
  const bundleText =
    bundleUrl === null ? null : fetchTextLimited(bundleUrl, fetchImpl, MANIFEST_LIMITS.maxBundleBytes).catch(() => null);
  let text: string;
  try {
    text = await fetchTextLimited(hallUrl, fetchImpl, bundled ? MANIFEST_LIMITS.maxBundleBytes : MANIFEST_LIMITS.maxBytes);
  } catch (e) {
    const message = e instanceof FetchProblem ? e.message : String(e);
    throw new HallLoadError([{ file: hallFile, path: '', message, severity: 'error' }]);
  }
  const policy: OriginPolicy = { appOrigin: opts.appOrigin, allowedOrigins: [] };
  // Booth manifests that came inside the bundle, by URL; the others are fetched one by one.
  let inBundle = new Map<string, GuardResult>();
  let hallJson: GuardResult;
  if (bundled) {
    const b = readBundle(text, hallFile, hallUrl, (url) => displayName(url, hallUrl));
    // Problems inside the hall name the hall.json its organizer edits, not the transport.
    hallFile = hallFile.replace(/\.bundle\.json$/i, '.json');
    if (!b.ok) throw new HallLoadError(b.problems);
    hallJson = { ok: true, value: b.hall };
    inBundle = b.booths;
  } else hallJson = parseJsonGuarded(text, hallFile);
  if (!hallJson.ok) throw new HallLoadError(hallJson.problems);
  const parsedHall = validateHall(hallJson.value, { file: hallFile, url: hallUrl }, policy);
  if (!parsedHall.value) throw new HallLoadError(parsedHall.problems);
  const hall = parsedHall.value;
  const boothPolicy: OriginPolicy = { appOrigin: opts.appOrigin, allowedOrigins: hall.allowedOrigins };
  const problems = [...parsedHall.problems];
  if (bundleUrl !== null && bundleText !== null) {
    const beside = boothsFromBundleBeside(await bundleText, bundleUrl, fileOf(bundleUrl), hallJson.value, hallUrl);
    inBundle = beside.booths;
    problems.push(...beside.problems);
  }

  const total = hall.boothUrls.length;
  let loaded = 0;
  opts.onProgress?.({ loaded, total });
  const results = await mapLimited(hall.boothUrls, opts.concurrency ?? 12, async (url) => {
    const file = displayName(url, hallUrl);
    try {
      const json = inBundle.get(url) ?? parseJsonGuarded(await fetchTextLimited(url, fetchImpl), file);
      if (!json.ok) return { url, file, value: null, problems: json.problems };
      return { url, file, ...validateBooth(json.value, { file, url }, boothPolicy) };
    } catch (e) {
      const message = e instanceof FetchProblem ? e.message : String(e);
      return { url, file, value: null, problems: [{ file, path: '', message, severity: 'error' as const }] };
    } finally {
      opts.onProgress?.({ loaded: ++loaded, total });
    }
  });

  const booths: Booth[] = [];
  const failedBooths: { url: string; file: string }[] = [];
  const seen = new Map<string, string>();
  for (const r of results) {
    problems.push(...r.problems);
    if (!r.value) {
      failedBooths.push({ url: r.url, file: r.file });
      continue;
    }
    const first = seen.get(r.value.id);
    if (first !== undefined) {
      problems.push({
        file: r.file,
        path: 'id',
        message: `duplicate booth id "${r.value.id}", already used by ${first}`,
        severity: 'error',
      });
      failedBooths.push({ url: r.url, file: r.file });
      continue;
    }
    seen.set(r.value.id, r.file);
    booths.push(r.value);
  }
  problems.push(...crossCheck(hall, booths, hallFile));
  return { hall, booths, failedBooths, problems };
}

/** References between the hall and its booths that point at nothing. */
export function crossCheck(hall: Hall, booths: readonly Booth[], hallFile: string): ManifestProblem[] {
  const ids = new Set(booths.map((b) => b.id));
  const out: ManifestProblem[] = [];
  const placed = new Set<string>();
  hall.zones.forEach((z, zi) =>
    z.booths.forEach((id, bi) => {
      placed.add(id);
      if (!ids.has(id))
        out.push({
          file: hallFile,
          path: `zones[${zi}].booths[${bi}]`,
          message: `no loaded booth has id "${id}"`,
          severity: 'warning',
        });
    }),
  );
  hall.featured.forEach((id, i) => {
    if (!ids.has(id))
      out.push({ file: hallFile, path: `featured[${i}]`, message: `no loaded booth has id "${id}"`, severity: 'warning' });
  });
  hall.tour?.stops.forEach((s, i) => {
    if (!ids.has(s.booth))
      out.push({
        file: hallFile,
        path: `tour.stops[${i}].booth`,
        message: `no loaded booth has id "${s.booth}"`,
        severity: 'warning',
      });
  });
  for (const b of booths)
    if (!placed.has(b.id))
      out.push({
        file: hallFile,
        path: 'zones',
        message: `booth "${b.id}" is in no zone; it is shown in the general area`,
        severity: 'warning',
      });
  return out;
}
