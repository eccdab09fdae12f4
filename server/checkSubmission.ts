import type { Booth, ManifestProblem } from '../src/manifest';
import { boothAdvice } from '../src/manifest/advice';
import type { FileReport } from '../src/manifest/files';
import { boothAssetUrls } from '../src/manifest/assetUrls';
import { parseJsonGuarded } from '../src/manifest/guards';
import { validateBooth } from '../src/manifest/parse';
import type { StagedFile } from './blobs';
import { inspectStaged } from './fileChecks';

/**
 * Where a submission's manifest is checked as if it stood: its relative paths resolve under
 * this folder, so a path that climbs out (`../x`) lands outside it and is caught.
 */
const BASE_ORIGIN = 'http://submission.invalid';
const BASE_DIR = `${BASE_ORIGIN}/booth/`;

export interface SubmissionCheck {
  /** Errors: the submission is refused (422) and nothing is kept. */
  errors: ManifestProblem[];
  warnings: ManifestProblem[];
  manifest: unknown;
  booth: Booth | null;
  /** Sniffed types by path, for serving. */
  types: Map<string, string>;
}

/**
 * Everything checked before an upload is accepted: the manifest exactly as `npm run validate`
 * checks it (same schema module, same located messages), that it is the booth the exhibitor may
 * write, that every file it uses was sent and is what its name says, and every file's own checks.
 */
export async function checkSubmission(input: {
  boothId: string;
  manifestText: string;
  manifestName: string;
  files: StagedFile[];
  allowedOrigins: readonly string[];
}): Promise<SubmissionCheck> {
  const file = input.manifestName;
  const errors: ManifestProblem[] = [];
  const warnings: ManifestProblem[] = [];
  const types = new Map<string, string>();
  const err = (path: string, message: string, f = file) => errors.push({ file: f, path, message, severity: 'error' });

  const seen = new Set<string>();
  const reports: FileReport[] = [];
  for (const f of input.files) {
    if (seen.has(f.path)) {
      err('', 'sent twice in one submission', f.path);
      continue;
    }
    seen.add(f.path);
    const report = await inspectStaged(f);
    reports.push(report);
    if (report.type) types.set(f.path, report.type);
    for (const p of report.problems) (p.severity === 'error' ? errors : warnings).push({ file: f.path, path: '', ...p });
  }

  const json = parseJsonGuarded(input.manifestText, file);
  if (!json.ok) return { errors: [...json.problems, ...errors], warnings, manifest: null, booth: null, types };
  const parsed = validateBooth(
    json.value,
    { file, url: `${BASE_DIR}booth.json` },
    {
      appOrigin: BASE_ORIGIN,
      allowedOrigins: input.allowedOrigins,
    },
  );
  for (const p of parsed.problems) (p.severity === 'error' ? errors : warnings).push(p);
  const booth = parsed.value;
  if (booth && booth.id !== input.boothId)
    err('id', `expected "${input.boothId}" (the booth this upload is for), got "${booth.id}"`);
  if (booth) {
    for (const { url, path } of boothAssetUrls(booth)) {
      if (!url.startsWith(BASE_ORIGIN)) continue;
      if (!url.startsWith(BASE_DIR)) {
        err(path, `expected a path inside the booth's folder; this one climbs out of it`);
        continue;
      }
      const rel = decodeURIComponent(new URL(url).pathname.slice('/booth/'.length)).normalize('NFC');
      if (!seen.has(rel)) err(path, `file not found: ${rel} was not uploaded with the manifest`);
    }
  }
  // What validates but costs visitors: the same advice the studio shows before an upload.
  warnings.push(...boothAdvice(json.value, { file, allowedOrigins: input.allowedOrigins, files: reports }));
  return { errors, warnings, manifest: json.value, booth, types };
}
