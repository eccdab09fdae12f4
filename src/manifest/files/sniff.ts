/**
 * What a file is, from its first bytes, whatever its name says. Only types with a signature
 * are here; text formats are classified by textType.
 */

const ascii = (bytes: Uint8Array, at: number, len: number): string => String.fromCharCode(...bytes.subarray(at, at + len));

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

const u16be = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);

/** Brands of the ISO BMFF `ftyp` box that mean audio only, or still images. */
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

function sniffFtyp(head: Uint8Array): string | null {
  if (head.length < 12 || ascii(head, 4, 4) !== 'ftyp') return null;
  const size = (head[0] ?? 0) * 2 ** 24 + u16be(head, 1) * 256 + (head[3] ?? 0);
  // A real ftyp box is small and whole brands long; a text that says "ftyp" is not.
  if (size < 16 || size > 1024 || size % 4 !== 0) return null;
  const major = ascii(head, 8, 4);
  // Compatible brands follow the minor version; only those present in the head are read.
  const end = Math.min(head.length, size);
  const brands = [major];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(head, at, 4));
  if (AVIF_BRANDS.has(major)) return 'image/avif';
  if (HEIF_BRANDS.has(major)) return 'image/heic';
  if (AUDIO_BRANDS.has(major)) return 'audio/mp4';
  if (major === 'qt  ') return 'video/quicktime';
  if (major.startsWith('3g')) return 'video/3gpp';
  if (brands.some((b) => AVIF_BRANDS.has(b)) && !brands.some((b) => /^(isom|iso\d|mp4\d|avc1|dash)$/.test(b)))
    return 'image/avif';
  return 'video/mp4';
}

function sniffRiff(head: Uint8Array): string | null {
  if (ascii(head, 0, 4) !== 'RIFF') return null;
  const form = ascii(head, 8, 4);
  if (form === 'WEBP') return 'image/webp';
  if (form === 'WAVE') return 'audio/wav';
  if (form === 'AVI ') return 'video/x-msvideo';
  return null;
}

function sniffMpegAudio(head: Uint8Array): string | null {
  if (ascii(head, 0, 3) === 'ID3' && (head[3] ?? 0) >= 2 && (head[3] ?? 0) <= 4) return 'audio/mpeg';
  const b0 = head[0] ?? 0;
  const b1 = head[1] ?? 0;
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  // ADTS (raw AAC) shares the 12-bit sync and has layer bits 00; MP3 frames never do.
  if ((b1 & 0xf6) === 0xf0) return 'audio/aac';
  return (b1 & 0x06) !== 0 ? 'audio/mpeg' : null;
}

function sniffFont(head: Uint8Array): string | null {
  const tag = ascii(head, 0, 4);
  if (tag === 'wOF2') return 'font/woff2';
  if (tag === 'wOFF') return 'font/woff';
  // TrueType/OpenType: a table count follows, small in a real font, large in text that happens to say "true".
  const numTables = u16be(head, 4);
  if ((startsWith(head, [0, 1, 0, 0]) || tag === 'OTTO' || tag === 'true') && numTables > 0 && numTables < 256)
    return tag === 'OTTO' ? 'font/otf' : 'font/ttf';
  if (tag === 'ttcf') return 'font/collection';
  return null;
}

/**
 * MPEG transport stream (HLS segments): 188-byte packets, each opening with the sync byte 0x47.
 * One byte proves nothing ("G" starts many texts), so every packet start in the head must agree,
 * and at least two must be there.
 */
const TS_PACKET = 188;
function sniffMpegTs(head: Uint8Array): string | null {
  if (head.length < TS_PACKET + 1) return null;
  for (let at = 0; at < Math.min(head.length, TS_PACKET * 8); at += TS_PACKET) if (head[at] !== 0x47) return null;
  return 'video/mp2t';
}

/** Two-letter signatures ("MZ", "BM") could start a text: the zero bytes that follow them in real files decide. */
function sniffShort(head: Uint8Array): string | null {
  if (startsWith(head, [0x4d, 0x5a]) && head.subarray(2, 64).includes(0)) return 'application/x-msdownload';
  if (startsWith(head, [0x42, 0x4d]) && head.length >= 10 && head.subarray(6, 10).every((b) => b === 0)) return 'image/bmp';
  return null;
}

function sniffExecutable(head: Uint8Array): string | null {
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return 'application/x-elf';
  const magic = ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
  const machO = [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].map((m) => m | 0);
  if (machO.includes(magic)) return 'application/x-mach-binary';
  if (startsWith(head, [0x00, 0x61, 0x73, 0x6d])) return 'application/wasm';
  return null;
}

const SIMPLE: readonly (readonly [readonly number[], string])[] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
  [[0xff, 0xd8, 0xff], 'image/jpeg'],
  [[0x47, 0x49, 0x46, 0x38, 0x37, 0x61], 'image/gif'],
  [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'image/gif'],
  [[0x1a, 0x45, 0xdf, 0xa3], 'video/webm'],
  [[0x4f, 0x67, 0x67, 0x53], 'audio/ogg'],
  // "glTF", then version 2 (little-endian): a binary glTF.
  [[0x67, 0x6c, 0x54, 0x46, 0x02, 0x00, 0x00, 0x00], 'model/gltf-binary'],
  [[0x66, 0x4c, 0x61, 0x43], 'audio/flac'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'application/pdf'],
  [[0x50, 0x4b, 0x03, 0x04], 'application/zip'],
  [[0x50, 0x4b, 0x05, 0x06], 'application/zip'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'application/vnd.rar'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'application/x-7z-compressed'],
  [[0x1f, 0x8b], 'application/gzip'],
  [[0x00, 0x00, 0x01, 0x00], 'image/x-icon'],
  [[0x49, 0x49, 0x2a, 0x00], 'image/tiff'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'image/tiff'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'application/x-ole-storage'],
];

/**
 * The MIME type that `head` (a file's first bytes; 64 KB is plenty) announces, or null when
 * it carries no known signature (text files, and binary formats this does not know).
 * Programs, archives and PDFs are recognised so that they can be named when refused.
 */
export function sniffType(head: Uint8Array): string | null {
  for (const [sig, type] of SIMPLE) if (startsWith(head, sig)) return type;
  return (
    sniffFtyp(head) ??
    sniffRiff(head) ??
    sniffMpegAudio(head) ??
    sniffFont(head) ??
    sniffShort(head) ??
    sniffExecutable(head) ??
    sniffMpegTs(head)
  );
}
