import { bytesSource, type ByteSource } from './byteSource';
import { type Box, boxes, findBox, readPayload, u16, type WalkBudget } from './isoBoxes';

/**
 * Codec strings (RFC 6381 style, e.g. `avc1.64001f`, `mp4a.40.2`) of the sample entries in an
 * `stsd` box: what a browser would be asked to decode.
 */

const STSD_MAX = 1 << 20;
const VISUAL_FIELDS = 78; // SampleEntry (8) + VisualSampleEntry fields (70), before child boxes
const AUDIO_FIELDS = 28; // SampleEntry (8) + AudioSampleEntry fields (20)

export interface SampleEntry {
  codec: string;
  width?: number;
  height?: number;
}

/** Reads one MPEG-4 descriptor header (tag, then a length in 7-bit groups); null past the end. */
function descriptor(b: Uint8Array, at: number): { tag: number; body: number; end: number } | null {
  const tag = b[at];
  if (tag === undefined) return null;
  let len = 0;
  let i = at + 1;
  for (let n = 0; n < 4; n++, i++) {
    const byte = b[i];
    if (byte === undefined) return null;
    len = (len << 7) | (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      i++;
      break;
    }
  }
  return { tag, body: i, end: Math.min(b.length, i + len) };
}

/** `mp4a.40.2` for AAC-LC, `mp4a.6b` for MP3 in MP4, `mp4a` when the `esds` cannot be read. */
export function mp4aCodec(esds: Uint8Array): string {
  const es = descriptor(esds, 4); // after version and flags
  if (!es || es.tag !== 0x03) return 'mp4a';
  const flags = esds[es.body + 2] ?? 0;
  let at = es.body + 3;
  if (flags & 0x80) at += 2;
  if (flags & 0x40) at += 1 + (esds[at] ?? 0);
  if (flags & 0x20) at += 2;
  const dc = descriptor(esds, at);
  if (!dc || dc.tag !== 0x04) return 'mp4a';
  const oti = esds[dc.body];
  if (oti === undefined) return 'mp4a';
  const hex = oti.toString(16).padStart(2, '0');
  if (oti !== 0x40) return `mp4a.${hex}`;
  const dsi = descriptor(esds, dc.body + 13);
  if (!dsi || dsi.tag !== 0x05 || dsi.body >= dsi.end) return `mp4a.${hex}`;
  const first = esds[dsi.body] ?? 0;
  let aot = first >> 3;
  if (aot === 31) aot = 32 + (((first & 0x07) << 3) | ((esds[dsi.body + 1] ?? 0) >> 5));
  return `mp4a.40.${aot}`;
}

function hex2(n: number | undefined): string {
  return (n ?? 0).toString(16).padStart(2, '0');
}

async function entry(src: ByteSource, box: Box, budget: WalkBudget): Promise<SampleEntry> {
  const type = box.type;
  const b = await src.read(box.payload, Math.min(box.end - box.payload, 64));
  const child = async (name: string, fields: number) =>
    box.end - box.payload > fields ? findBox(src, { ...box, payload: box.payload + fields }, name, budget) : null;
  if (type === 'avc1' || type === 'avc3') {
    const avcC = await child('avcC', VISUAL_FIELDS);
    const cfg = avcC ? await readPayload(src, avcC, 4096) : null;
    const codec = cfg && cfg.length >= 4 ? `${type}.${hex2(cfg[1])}${hex2(cfg[2])}${hex2(cfg[3])}` : type;
    return { codec, width: u16(b, 24), height: u16(b, 26) };
  }
  if (['hvc1', 'hev1', 'av01', 'vp09', 'vp08', 'mp4v', 'encv', 'dvh1', 'dvhe', 'avc2', 'avc4'].includes(type))
    return { codec: type, width: u16(b, 24), height: u16(b, 26) };
  if (type === 'mp4a') {
    // QuickTime sound descriptions of version 1 and 2 carry 16 and 36 more bytes of fields.
    const version = u16(b, 8);
    const extra = version === 1 ? 16 : version === 2 ? 36 : 0;
    const esds = await child('esds', AUDIO_FIELDS + extra);
    return { codec: esds ? mp4aCodec(await readPayload(src, esds, 4096)) : 'mp4a' };
  }
  return { codec: type };
}

/** The sample entries of an `stsd` box (normally one per track). */
export async function sampleEntries(src: ByteSource, stsd: Box, budget: WalkBudget): Promise<SampleEntry[]> {
  const payload = await readPayload(src, stsd, STSD_MAX);
  const inner = bytesSource(payload);
  const out: SampleEntry[] = [];
  // Version and flags, then the entry count; the entries are boxes.
  for await (const box of boxes(inner, 8, payload.length, budget)) out.push(await entry(inner, box, budget));
  return out;
}

const NAMES: Record<string, string> = {
  avc1: 'H.264',
  avc3: 'H.264',
  hvc1: 'HEVC (H.265)',
  hev1: 'HEVC (H.265)',
  dvh1: 'Dolby Vision',
  dvhe: 'Dolby Vision',
  av01: 'AV1',
  vp09: 'VP9',
  vp08: 'VP8',
  mp4v: 'MPEG-4 Part 2 video',
  encv: 'encrypted video (DRM)',
  enca: 'encrypted audio (DRM)',
  mp4a: 'AAC',
  Opus: 'Opus',
  'ac-3': 'Dolby Digital (AC-3)',
  'ec-3': 'Dolby Digital Plus (E-AC-3)',
  fLaC: 'FLAC',
  alac: 'Apple Lossless (ALAC)',
  lpcm: 'uncompressed PCM',
  sowt: 'uncompressed PCM',
  twos: 'uncompressed PCM',
};
const MP4A_OBJECT_TYPES: Record<string, string> = { '66': 'AAC', '67': 'AAC', '68': 'AAC', '69': 'MP3', '6b': 'MP3' };

/** "HEVC (H.265)" for `hvc1`: what an exhibitor may recognise from their export settings. */
export function codecName(codec: string): string {
  const [fourcc = codec, oti] = codec.split('.');
  if (fourcc === 'mp4a' && oti !== undefined && oti !== '40') return MP4A_OBJECT_TYPES[oti] ?? `MPEG-4 audio type 0x${oti}`;
  return NAMES[fourcc] ?? `"${fourcc}"`;
}

/** H.264 in a profile that phones decode in hardware: not High 10, 4:2:2 or 4:4:4 (10-bit, studio formats). */
export function isPlayableH264(codec: string): boolean {
  const m = /^avc[13](?:\.([0-9a-f]{2}))?/.exec(codec);
  if (!m) return false;
  const profile = m[1] === undefined ? 0 : parseInt(m[1], 16);
  return ![110, 122, 244, 44].includes(profile);
}

/** AAC in any of its object types; an `mp4a` whose `esds` could not be read is given the benefit of the doubt. */
export function isAac(codec: string): boolean {
  return /^mp4a(?:$|\.40(?:\.|$)|\.6[678]$)/.test(codec);
}
