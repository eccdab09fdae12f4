import type { Localized } from './localized';
import { formatJsonPath } from './problems';

/**
 * What an exhibitor's submission changes against the booth's published version, for the
 * organiser's review. Works on manifests as written (unchecked JSON: a submission has passed
 * the checks, a live version did when it was published), so it never throws on odd input.
 */

/** One field that differs. Texts (`"…"` or `{"zh", "en"}`) come as both languages. */
export type FieldChange =
  | { kind: 'added' | 'removed' | 'changed'; path: string; text: false; before: unknown; after: unknown }
  | {
      kind: 'added' | 'removed' | 'changed';
      path: string;
      text: true;
      before: Localized | undefined;
      after: Localized | undefined;
    };

/** One media item of either version that was added, removed, moved or changed. */
export interface MediaChange {
  kind: 'added' | 'removed' | 'kept';
  type: string;
  /** What a reader calls it: its title, label or alt text. */
  name: Localized | undefined;
  /** Where it was and where it is (`media[i]`), null on the side it is missing from. */
  before: number | null;
  after: number | null;
  /** Kept but in another place relative to the other kept items (an insertion moves nothing). */
  moved: boolean;
  /** Fields of a kept item that differ, paths relative to the item (`title`, `captions[0].src`). */
  changes: FieldChange[];
}

export interface BoothDiff {
  /** No published version: everything is added. */
  isNew: boolean;
  /** Fields outside `media`, paths from the manifest's root. */
  fields: FieldChange[];
  /** Media items in the submission's order, removed ones where they were. */
  media: MediaChange[];
  /** Media items untouched (same place, same fields). */
  mediaUnchanged: number;
  /** Relative file paths the manifest refers to (logo, src, poster, captions, bodySrc). */
  files: { added: string[]; removed: string[] };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{"zh": "…", "en": "…"}` (either may be missing), as written. */
function isTextObject(v: unknown): v is Localized {
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => (k === 'zh' || k === 'en') && typeof v[k] === 'string');
}

/** A text in its object form: a plain string stands for both languages. */
function asText(v: unknown): Localized | undefined {
  if (typeof v === 'string') return { zh: v, en: v };
  return isTextObject(v)
    ? { ...(v.zh !== undefined ? { zh: v.zh } : {}), ...(v.en !== undefined ? { en: v.en } : {}) }
    : undefined;
}

/** Key order does not matter; array order does. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && same(a[k], b[k]));
  }
  return false;
}

/** Texts that read the same in both languages are the same (`"5G"` and `{"zh":"5G","en":"5G"}`). */
function sameText(a: Localized | undefined, b: Localized | undefined): boolean {
  return a?.zh === b?.zh && a?.en === b?.en;
}

function kindOf(before: unknown, after: unknown): FieldChange['kind'] {
  return before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
}

/** Every leaf that differs between `a` and `b`, under `path`, texts as one leaf each. */
function diffValues(a: unknown, b: unknown, path: PropertyKey[], out: FieldChange[]): void {
  // A field is a text when either side is written as {"zh", "en"}; then a plain string on the
  // other side is that text in both languages.
  const textish = (v: unknown) => v === undefined || typeof v === 'string' || isTextObject(v);
  if ((isTextObject(a) || isTextObject(b)) && textish(a) && textish(b)) {
    const ta = asText(a);
    const tb = asText(b);
    if (!sameText(ta, tb)) out.push({ kind: kindOf(a, b), path: formatJsonPath(path), text: true, before: ta, after: tb });
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const k of keys) diffValues(a[k], b[k], [...path, k], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) diffValues(a[i], b[i], [...path, i], out);
    return;
  }
  if (a === undefined && isObject(b)) return diffValues({}, b, path, out);
  if (a === undefined && Array.isArray(b)) return diffValues([], b, path, out);
  if (b === undefined && isObject(a)) return diffValues(a, {}, path, out);
  if (b === undefined && Array.isArray(a)) return diffValues(a, [], path, out);
  if (!same(a, b)) out.push({ kind: kindOf(a, b), path: formatJsonPath(path), text: false, before: a, after: b });
}

/** The item's identity: its type and what it shows (src, or a link's href). */
function mediaKey(item: unknown): string {
  if (!isObject(item)) return JSON.stringify(item);
  return `${String(item.type)}\u0000${JSON.stringify(item.src ?? item.href ?? null)}`;
}

function mediaName(item: unknown): Localized | undefined {
  if (!isObject(item)) return undefined;
  return asText(item.title) ?? asText(item.label) ?? asText(item.alt) ?? asText(item.src) ?? asText(item.href);
}

/** Indices (into `seq`) of one longest strictly increasing subsequence. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = [];
  seq.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

function diffMedia(before: unknown[], after: unknown[]): { media: MediaChange[]; unchanged: number } {
  const matchOf: (number | null)[] = after.map(() => null);
  const taken = new Set<number>();
  // By type and src first, in order (two items with the same src pair up first with first).
  after.forEach((item, j) => {
    const i = before.findIndex((b, i) => !taken.has(i) && mediaKey(b) === mediaKey(item));
    if (i < 0) return;
    matchOf[j] = i;
    taken.add(i);
  });
  // Then by place: the same type where an unmatched item was is that item with a new src.
  after.forEach((item, j) => {
    const b = before[j];
    if (matchOf[j] !== null || j >= before.length || taken.has(j) || !isObject(b) || !isObject(item)) return;
    if (b.type !== item.type) return;
    matchOf[j] = j;
    taken.add(j);
  });
  const kept = matchOf.flatMap((i, j) => (i === null ? [] : [j]));
  const inOrder = longestIncreasing(kept.map((j) => matchOf[j]!));
  const stays = new Set(kept.filter((_, k) => inOrder.has(k)));
  const entries: MediaChange[] = [];
  let unchanged = 0;
  const removed = (i: number): MediaChange => ({
    kind: 'removed',
    type: String(isObject(before[i]) ? before[i].type : '?'),
    name: mediaName(before[i]),
    before: i,
    after: null,
    moved: false,
    changes: [],
  });
  let nextBefore = 0;
  const flushRemovedUpTo = (limit: number) => {
    for (; nextBefore < limit; nextBefore++) if (!taken.has(nextBefore)) entries.push(removed(nextBefore));
  };
  after.forEach((item, j) => {
    const i = matchOf[j];
    const type = String(isObject(item) ? item.type : '?');
    if (i === null || i === undefined) {
      entries.push({ kind: 'added', type, name: mediaName(item), before: null, after: j, moved: false, changes: [] });
      return;
    }
    if (stays.has(j)) flushRemovedUpTo(i);
    const changes: FieldChange[] = [];
    diffValues(before[i], item, [], changes);
    const moved = !stays.has(j);
    if (!moved && changes.length === 0) unchanged++;
    else entries.push({ kind: 'kept', type, name: mediaName(item), before: i, after: j, moved, changes });
  });
  flushRemovedUpTo(before.length);
  return { media: entries, unchanged };
}

const ASSET_KEYS = new Set(['logo', 'src', 'poster', 'bodySrc']);
const isRelative = (ref: string) => !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(ref) && !ref.startsWith('//');

/** The relative file paths a manifest refers to, sorted. */
export function referencedFiles(manifest: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown, key: string | null): void => {
    if (key !== null && ASSET_KEYS.has(key)) {
      const refs = typeof v === 'string' ? [v] : isObject(v) ? [v.zh, v.en] : [];
      for (const r of refs) if (typeof r === 'string' && isRelative(r)) found.add(r);
      return;
    }
    if (Array.isArray(v)) v.forEach((x) => walk(x, null));
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(manifest, null);
  return [...found].sort();
}

/** What `after` (a submission) changes against `before` (the live version, or null for a new booth). */
export function diffBooths(before: unknown | null, after: unknown): BoothDiff {
  const b: Json = isObject(before) ? before : {};
  const a: Json = isObject(after) ? after : {};
  const fields: FieldChange[] = [];
  diffValues(
    Object.fromEntries(Object.entries(b).filter(([k]) => k !== 'media' && k !== '$schema')),
    Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'media' && k !== '$schema')),
    [],
    fields,
  );
  const { media, unchanged } = diffMedia(Array.isArray(b.media) ? b.media : [], Array.isArray(a.media) ? a.media : []);
  const was = new Set(referencedFiles(before));
  const now = new Set(referencedFiles(after));
  return {
    isNew: before === null,
    fields,
    media,
    mediaUnchanged: unchanged,
    files: { added: [...now].filter((f) => !was.has(f)), removed: [...was].filter((f) => !now.has(f)) },
  };
}
