import type { PassportHall } from './passport';

/**
 * A passport as a short code, to carry from a kiosk to a phone (`#/passport/<code>`). Bytes,
 * base64url without padding:
 *
 *     [version = 1] [hall tag: 2 bytes] [stamps: a bitset, trailing zero bytes dropped] [check: 2 bytes]
 *
 * - stamps: bit i (byte i >> 3, bit i & 7, least significant first) is the booth at position i of
 *   the hall's booth list (PassportHall.slots), so a hall of 60 booths fits in 8 bytes;
 * - hall tag: FNV-1a of the hall's id (UTF-8), low 16 bits: a code from another hall is refused;
 * - check: FNV-1a of every byte before it, low 16 bits: a mistyped or truncated code is refused.
 *
 * Decoding trusts nothing: the code came from a URL anyone can write.
 */

export const PASSPORT_CODE_VERSION = 1;
/** Longest code read (a hall of about 3,500 booths): anything longer is not a passport. */
export const PASSPORT_CODE_MAX_CHARS = 600;
const CODE_CHARS = /^[A-Za-z0-9_-]+$/;

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

const hallTag = (hallId: string) => fnv1a(new TextEncoder().encode(hallId)) & 0xffff;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): Uint8Array | null {
  // A base64 text of n*4+1 characters decodes to nothing whole.
  if (code.length % 4 === 1) return null;
  try {
    const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Whether a text has the form of a passport code (what a route may accept before the hall loads). */
export function isPassportCodeText(text: string): boolean {
  return text.length >= 7 && text.length <= PASSPORT_CODE_MAX_CHARS && CODE_CHARS.test(text);
}

/** The code of these stamps in this hall (stamps of booths it does not have are left out). */
export function encodePassport(hall: PassportHall, stamps: readonly string[]): string {
  const have = new Set(stamps);
  const bits = new Uint8Array(Math.ceil(hall.slots.length / 8));
  hall.slots.forEach((id, i) => {
    if (id !== null && have.has(id)) bits[i >> 3]! |= 1 << (i & 7);
  });
  let used = bits.length;
  while (used > 0 && bits[used - 1] === 0) used--;
  const tag = hallTag(hall.id);
  const body = Uint8Array.of(PASSPORT_CODE_VERSION, tag >> 8, tag & 0xff, ...bits.subarray(0, used));
  const check = fnv1a(body) & 0xffff;
  return toBase64Url(Uint8Array.of(...body, check >> 8, check & 0xff));
}

export type PassportDecode =
  | { ok: true; ids: string[] }
  /** `malformed`: not a code; `corrupt`: its check fails (mistyped, cut short) or it names booths past the hall's end; `version`: a newer format; `otherHall`. */
  | { ok: false; reason: 'malformed' | 'corrupt' | 'version' | 'otherHall' };

/** The stamps a code carries for this hall, or why it is refused. */
export function decodePassport(hall: PassportHall, code: string): PassportDecode {
  if (typeof code !== 'string' || !isPassportCodeText(code)) return { ok: false, reason: 'malformed' };
  const bytes = fromBase64Url(code);
  if (!bytes || bytes.length < 5) return { ok: false, reason: 'malformed' };
  const body = bytes.subarray(0, bytes.length - 2);
  const check = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  if ((fnv1a(body) & 0xffff) !== check) return { ok: false, reason: 'corrupt' };
  if (body[0] !== PASSPORT_CODE_VERSION) return { ok: false, reason: 'version' };
  if (((body[1]! << 8) | body[2]!) !== hallTag(hall.id)) return { ok: false, reason: 'otherHall' };
  const ids: string[] = [];
  const bits = body.subarray(3);
  for (let i = 0; i < bits.length * 8; i++) {
    if (!(bits[i >> 3]! & (1 << (i & 7)))) continue;
    if (i >= hall.slots.length) return { ok: false, reason: 'corrupt' };
    const id = hall.slots[i];
    // A booth that did not load here: its stamp cannot be placed (nor shown) on this device.
    if (id) ids.push(id);
  }
  return { ok: true, ids };
}

/** The hash a passport link opens: `#/passport/<code>` (the lead's route reads it). */
export const passportHash = (code: string) => `#/passport/${code}`;
