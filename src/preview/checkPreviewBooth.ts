import type { Booth, ManifestProblem } from '../manifest';
import { mapBoothUrls } from '../manifest/mapBoothUrls';
import { validateBooth } from '../manifest/parse';

interface CheckedBooth {
  /** The booth with its asset URLs mapped, or null when it cannot be shown. */
  booth: Booth | null;
  problems: ManifestProblem[];
  errors: ManifestProblem[];
}

/** The manifest's file name for messages: the last segment of its URL. */
export function manifestFileName(manifestUrl: string): string {
  try {
    return decodeURIComponent(new URL(manifestUrl).pathname.split('/').pop() || 'booth.json');
  } catch {
    return 'booth.json';
  }
}

/** Checks a booth as the pavilion will (the one schema module), then maps its URLs for showing. */
export function checkPreviewBooth(manifest: unknown, manifestUrl: string, mapUrl?: (url: string) => string): CheckedBooth {
  const r = validateBooth(manifest, { file: manifestFileName(manifestUrl), url: manifestUrl }, null);
  const errors = r.problems.filter((p) => p.severity === 'error');
  const booth = r.value && errors.length === 0 ? (mapUrl ? mapBoothUrls(r.value, mapUrl) : r.value) : null;
  return { booth, problems: r.problems, errors };
}
