/**
 * What a kiosk page and its service worker (kioskSw.ts) say to each other, shared by both so
 * neither can drift. Messages cross a trust boundary (any page of the origin may post to the
 * worker), so each side reads the other's messages through the guards below.
 */

/** The service worker's script, at the root so that its scope may cover `/` and `/kiosk/`. */
export const KIOSK_SW_URL = '/kioskSw.js';

/** Hall and booth manifests: network first, this copy when the network is gone or slow. */
export const HALL_CACHE = 'pavilion-hall-v1';
/** Booth media fetched ahead for offline use, within the kiosk's budget. */
export const MEDIA_CACHE = 'pavilion-media-v1';
/** Header on each cached media response: its size, so the budget is counted without reading bodies. */
export const BYTES_HEADER = 'x-pavilion-bytes';

/** Page → worker: cache these, in this order, within `budgetBytes`. */
export interface WarmMessage {
  type: 'warm';
  /** Names this run in the worker's replies. */
  runId: string;
  /** The hall's own documents (its bundle, or hall.json and booth manifests), cached whatever the budget. */
  hallDocs: string[];
  /** Media URLs, most wanted first. */
  urls: string[];
  budgetBytes: number;
  /** Drop cached media this list does not name (false while an update is fetched beside the hall on show). */
  prune: boolean;
}

export type PageMessage = WarmMessage | { type: 'status' } | { type: 'skip-waiting' };

export type CacheRunState = 'idle' | 'filling' | 'done' | 'stalled';

/** Worker → pages: how the media cache stands. */
export interface StatusMessage {
  type: 'offline-status';
  runId: string | null;
  /** idle: no run yet; filling: a run is going; done: every URL cached or refused for good; stalled: the network failed, a later run resumes. */
  state: CacheRunState;
  cachedBytes: number;
  cachedFiles: number;
  /** URLs of this run looked at so far, of `total`. */
  done: number;
  total: number;
  /** URLs that could not be cached (an error status, or too big for what is left of the budget). */
  skipped: number;
}

const MAX_URLS = 20_000;

function stringList(v: unknown, max: number): string[] | null {
  if (!Array.isArray(v) || v.length > max) return null;
  const out: string[] = [];
  for (const s of v) {
    if (typeof s !== 'string' || s.length > 2048) return null;
    try {
      const u = new URL(s);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
    } catch {
      continue;
    }
    out.push(s);
  }
  return out;
}

/** A page's message as the worker may act on it, or null. */
export function readPageMessage(data: unknown): PageMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'status' || m.type === 'skip-waiting') return { type: m.type };
  if (m.type !== 'warm') return null;
  const hallDocs = stringList(m.hallDocs, MAX_URLS);
  const urls = stringList(m.urls, MAX_URLS);
  const budget = m.budgetBytes;
  if (!hallDocs || !urls || typeof m.runId !== 'string' || m.runId.length > 64) return null;
  if (typeof budget !== 'number' || !Number.isFinite(budget) || budget < 0) return null;
  return { type: 'warm', runId: m.runId, hallDocs, urls, budgetBytes: Math.floor(budget), prune: m.prune === true };
}

const STATES: readonly CacheRunState[] = ['idle', 'filling', 'done', 'stalled'];
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

/** The worker's status message, or null for any other message. */
export function readStatusMessage(data: unknown): StatusMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'offline-status' || !STATES.includes(m.state as CacheRunState)) return null;
  return {
    type: 'offline-status',
    runId: typeof m.runId === 'string' ? m.runId : null,
    state: m.state as CacheRunState,
    cachedBytes: count(m.cachedBytes),
    cachedFiles: count(m.cachedFiles),
    done: count(m.done),
    total: count(m.total),
    skipped: count(m.skipped),
  };
}
