import { allLanguages, type Booth, type Zone } from '../manifest';

export interface DirectoryEntry {
  booth: Booth;
  zone: Zone | undefined;
  /** Lower-cased texts a visitor may search by, by weight. */
  names: string[];
  tags: string[];
  zoneNames: string[];
  other: string[];
  /** Pinyin of the Chinese names, in full and by initials ("yinhang", "yh"): empty without a romanizer. */
  pinyinNames: string[];
  /** Pinyin of the Chinese tags and zone names. */
  pinyinOther: string[];
}

/**
 * Latin keys for a Chinese text: its pinyin without tones and its initials, lower-case, spaces
 * and punctuation dropped; null for a text with no Han characters. Injected, so the tour's
 * directory does not carry a pinyin dictionary; a kiosk, which has no Chinese input method,
 * loads one (i18n/pinyin).
 */
export type Romanizer = (text: string) => { full: string; initials: string } | null;

const HAN = /\p{Script=Han}/u;

function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function pinyinKeys(texts: readonly string[], romanize: Romanizer | undefined): string[] {
  if (!romanize) return [];
  const keys: string[] = [];
  for (const text of texts) {
    if (!HAN.test(text)) continue;
    const r = romanize(text);
    if (r) keys.push(r.full, r.initials);
  }
  return keys;
}

export function buildDirectory(
  booths: readonly Booth[],
  zones: readonly Zone[],
  opts: { romanize?: Romanizer } = {},
): DirectoryEntry[] {
  const zoneOf = new Map<string, Zone>();
  for (const z of zones) for (const id of z.booths) if (!zoneOf.has(id)) zoneOf.set(id, z);
  return booths.map((booth) => {
    const zone = zoneOf.get(booth.id);
    const zh = (text: { zh?: string } | undefined) => (text?.zh ? [text.zh] : []);
    return {
      booth,
      zone,
      names: allLanguages(booth.exhibitor.name).map(norm),
      tags: booth.tags.flatMap(allLanguages).map(norm),
      zoneNames: zone ? [...allLanguages(zone.name), zone.id].map(norm) : [],
      other: allLanguages(booth.exhibitor.tagline).map(norm),
      pinyinNames: pinyinKeys(zh(booth.exhibitor.name), opts.romanize),
      pinyinOther: pinyinKeys([...booth.tags.flatMap(zh), ...zh(zone?.name)], opts.romanize),
    };
  });
}

/** Pinyin keys are long runs of a few letters: a short token inside one matches almost anything. */
const PINYIN_INFIX_MIN = 3;

function score(e: DirectoryEntry, token: string): number {
  if (e.names.some((n) => n.startsWith(token))) return 8;
  if (e.pinyinNames.some((n) => n.startsWith(token))) return 7;
  if (e.names.some((n) => n.includes(token))) return 6;
  if (token.length >= PINYIN_INFIX_MIN && e.pinyinNames.some((n) => n.includes(token))) return 5;
  if (e.tags.some((t) => t === token)) return 5;
  if (e.tags.some((t) => t.includes(token))) return 4;
  if (e.zoneNames.some((z) => z.includes(token))) return 3;
  if (e.pinyinOther.some((p) => p.startsWith(token))) return 2;
  if (e.other.some((o) => o.includes(token))) return 1;
  return 0;
}

/**
 * Booths matching every word of the query in Chinese or English, by name, tag or zone,
 * best matches first; the hall's own order breaks ties. An empty query lists all.
 */
export function searchDirectory(entries: readonly DirectoryEntry[], query: string): DirectoryEntry[] {
  const tokens = norm(query).split(' ').filter(Boolean);
  if (!tokens.length) return [...entries];
  return entries
    .map((e, i) => {
      let total = 0;
      for (const tk of tokens) {
        const s = score(e, tk);
        if (!s) return null;
        total += s;
      }
      return { e, total, i };
    })
    .filter((x): x is { e: DirectoryEntry; total: number; i: number } => x !== null)
    .sort((a, b) => b.total - a.total || a.i - b.i)
    .map((x) => x.e);
}
