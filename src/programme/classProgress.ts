import type { Playlist } from '../manifest/programme';

/**
 * What a visitor has done in the cloud classes, kept on the device: per playlist the items
 * finished and the one they were on. Pure: parsing untrusted storage and picking where to resume.
 */
export type ClassProgress = Record<string, { done: string[]; last: string | null }>;

const ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Reads stored progress; anything malformed is dropped, never thrown. */
export function parseClassProgress(text: string | null): ClassProgress {
  if (!text || text.length > 100_000) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: ClassProgress = {};
  for (const [id, v] of Object.entries(raw as Record<string, unknown>).slice(0, 200)) {
    if (!ID.test(id) || typeof v !== 'object' || v === null) continue;
    const { done, last } = v as { done?: unknown; last?: unknown };
    out[id] = {
      done: Array.isArray(done)
        ? [...new Set(done.filter((d): d is string => typeof d === 'string' && ID.test(d)))].slice(0, 500)
        : [],
      last: typeof last === 'string' && ID.test(last) ? last : null,
    };
  }
  return out;
}

/** Marks an item done (and where the visitor is), returning new progress. */
export function markDone(p: ClassProgress, playlist: string, item: string): ClassProgress {
  const cur = p[playlist] ?? { done: [], last: null };
  return { ...p, [playlist]: { done: cur.done.includes(item) ? cur.done : [...cur.done, item], last: item } };
}

/** Remembers the item the visitor is on. */
export function markAt(p: ClassProgress, playlist: string, item: string): ClassProgress {
  const cur = p[playlist] ?? { done: [], last: null };
  return cur.last === item ? p : { ...p, [playlist]: { ...cur, last: item } };
}

/** Where to resume a playlist: the item last opened if it is not done, else the first not done after it, else the first. */
export function resumeAt(pl: Playlist, p: ClassProgress): number {
  const prog = p[pl.id];
  if (!prog || pl.items.length === 0) return 0;
  const done = new Set(prog.done);
  const last = pl.items.findIndex((i) => i.id === prog.last);
  if (last >= 0 && !done.has(pl.items[last]!.id)) return last;
  for (let k = 1; k <= pl.items.length; k++) {
    const i = (Math.max(last, 0) + k) % pl.items.length;
    if (!done.has(pl.items[i]!.id)) return i;
  }
  return Math.max(last, 0);
}

/** Items of the playlist done, counting only items it still has. */
export function doneCount(pl: Playlist, p: ClassProgress): number {
  const done = new Set(p[pl.id]?.done ?? []);
  return pl.items.filter((i) => done.has(i.id)).length;
}
