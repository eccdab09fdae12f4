import { ApiFailure } from '../../api/client';

/** What to tell the organiser about a failed call: the service's own words, or the browser's. */
export function apiErrorText(e: unknown): string {
  if (e instanceof ApiFailure) return `${e.body.error} (${e.status})`;
  return e instanceof Error ? e.message : String(e);
}
