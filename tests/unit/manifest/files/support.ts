import { type ByteSource, bytesSource } from '../../../../src/manifest/files/byteSource';

/** Hand-made file fixtures: the bytes each format's header needs, and nothing more. */

export const text = (s: string) => new TextEncoder().encode(s);
export const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const be16 = (n: number) => Uint8Array.of(n >> 8, n & 0xff);
export const be32 = (n: number) => Uint8Array.of((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
export const be64 = (n: number) => concat(be32(Math.floor(n / 2 ** 32)), be32(n >>> 0));
export const le16 = (n: number) => Uint8Array.of(n & 0xff, n >> 8);
export const zeros = (n: number) => new Uint8Array(n);

/** An ISO BMFF box: 32-bit size, four-character type, payload. */
export const box = (type: string, ...payload: Uint8Array[]) => {
  const body = concat(...payload);
  return concat(be32(8 + body.length), ascii(type), body);
};
/** A full box: version and flags before the payload. */
export const fullBox = (type: string, version: number, ...payload: Uint8Array[]) =>
  box(type, Uint8Array.of(version, 0, 0, 0), ...payload);

export interface Mp4Options {
  video?: string | null;
  audio?: string | null;
  width?: number;
  height?: number;
  /** avcC profile, level: 0x64 = High, 0x6e = High 10. */
  avcProfile?: number;
  moovAfterMdat?: boolean;
  mdatBytes?: number;
  timescale?: number;
  duration?: number;
  brand?: string;
}

function tkhd(width: number, height: number) {
  // creation, modification, track id, reserved, duration; reserved, layer, group, volume, reserved; matrix
  return fullBox('tkhd', 0, zeros(20), zeros(16), zeros(36), be32(width * 65536), be32(height * 65536));
}

const hdlr = (handler: string) => fullBox('hdlr', 0, zeros(4), ascii(handler), zeros(12), Uint8Array.of(0));

function visualEntry(fourcc: string, width: number, height: number, profile: number) {
  const fields = concat(zeros(6), be16(1), zeros(16), be16(width), be16(height), zeros(50));
  const config = fourcc.startsWith('avc')
    ? box('avcC', Uint8Array.of(1, profile, 0, 0x1f, 0xff, 0xe0))
    : box(fourcc === 'hvc1' ? 'hvcC' : 'conf', zeros(4));
  return box(fourcc, fields, config);
}

/** An `esds` for AAC-LC (object type 0x40, audio object type 2), or another object type. */
export function esds(objectType = 0x40) {
  const dsi = Uint8Array.of(0x05, 2, 0x12, 0x10);
  const dcd = concat(Uint8Array.of(0x04, 13 + dsi.length, objectType, 0x15), zeros(11), dsi);
  const es = concat(Uint8Array.of(0x03, 3 + dcd.length + 3), be16(1), Uint8Array.of(0), dcd, Uint8Array.of(0x06, 1, 2));
  return fullBox('esds', 0, es);
}

function audioEntry(fourcc: string) {
  const fields = concat(zeros(6), be16(1), zeros(8), be16(2), be16(16), zeros(4), be32(48000 * 65536));
  return box(fourcc, fields, fourcc === 'mp4a' ? esds() : box('dOps', zeros(11)));
}

function trak(handler: string, entry: Uint8Array, width = 0, height = 0) {
  const stsd = fullBox('stsd', 0, be32(1), entry);
  const stbl = box('stbl', stsd, box('stsz', zeros(12)), box('stco', zeros(8)));
  return box('trak', tkhd(width, height), box('mdia', fullBox('mdhd', 0, zeros(20)), hdlr(handler), box('minf', stbl)));
}

export function ftyp(brand = 'isom') {
  return box('ftyp', ascii(brand), be32(512), ascii(brand), ascii('iso2'), ascii('mp41'));
}

export function moov(o: Mp4Options = {}) {
  const { video = 'avc1', audio = 'mp4a', width = 1280, height = 720, avcProfile = 0x64 } = o;
  const mvhd = fullBox('mvhd', 0, zeros(8), be32(o.timescale ?? 1000), be32(o.duration ?? 12_500), zeros(80));
  const traks = [
    video ? trak('vide', visualEntry(video, width, height, avcProfile), width, height) : new Uint8Array(0),
    audio ? trak('soun', audioEntry(audio)) : new Uint8Array(0),
  ];
  return box('moov', mvhd, ...traks);
}

/** A minimal MP4: `ftyp`, `moov` with a video and an audio track, and an `mdat`. */
export function mp4Boxes(o: Mp4Options = {}): Uint8Array {
  const mdat = box('mdat', zeros(o.mdatBytes ?? 64));
  const head = ftyp(o.brand);
  return o.moovAfterMdat ? concat(head, mdat, moov(o)) : concat(head, moov(o), mdat);
}

/** Counts what is read, to prove that checks read headers and not whole files. */
export function counting(src: ByteSource): ByteSource & { bytesRead: number; reads: number } {
  const out = {
    size: src.size,
    bytesRead: 0,
    reads: 0,
    read: async (offset: number, length: number) => {
      const b = await src.read(offset, length);
      out.bytesRead += b.length;
      out.reads++;
      return b;
    },
  };
  return out;
}

/** A file of `size` bytes that is zero except for the given pieces: a 5 GB MP4 without 5 GB of memory. */
export function sparse(size: number, pieces: { at: number; bytes: Uint8Array }[]): ByteSource {
  return {
    size,
    read: (offset, length) => {
      const n = Math.max(0, Math.min(length, size - offset));
      const out = new Uint8Array(n);
      for (const { at, bytes } of pieces) {
        const from = Math.max(offset, at);
        const to = Math.min(offset + n, at + bytes.length);
        if (from < to) out.set(bytes.subarray(from - at, to - at), from - offset);
      }
      return Promise.resolve(out);
    },
  };
}

export const src = (bytes: Uint8Array | string) => bytesSource(typeof bytes === 'string' ? text(bytes) : bytes);

export function png(width: number, height: number) {
  const ihdr = concat(be32(13), ascii('IHDR'), be32(width), be32(height), Uint8Array.of(8, 6, 0, 0, 0), zeros(4));
  return concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), ihdr, be32(0), ascii('IEND'), zeros(4));
}

export function gif(width: number, height: number) {
  return concat(ascii('GIF89a'), le16(width), le16(height), Uint8Array.of(0, 0, 0), ascii(';'));
}

const segment = (marker: number, body: Uint8Array) => concat(Uint8Array.of(0xff, marker), be16(body.length + 2), body);

/** A JPEG header: APP0 (JFIF), a large APP1 (EXIF), a DHT before the frame header (SOF0, or SOF2 progressive). */
export function jpeg(width: number, height: number, sof = 0xc0) {
  return concat(
    Uint8Array.of(0xff, 0xd8),
    segment(0xe0, concat(ascii('JFIF\0'), zeros(9))),
    segment(0xe1, concat(ascii('Exif\0\0'), zeros(30_000))),
    segment(0xc4, zeros(20)),
    segment(sof, concat(Uint8Array.of(8), be16(height), be16(width), Uint8Array.of(3), zeros(9))),
    segment(0xda, zeros(10)),
    Uint8Array.of(0xff, 0xd9),
  );
}

const riff = (chunk: Uint8Array) => concat(ascii('RIFF'), zeros(4), ascii('WEBP'), chunk);

export function webpVp8(width: number, height: number) {
  return riff(concat(ascii('VP8 '), zeros(4), zeros(3), Uint8Array.of(0x9d, 0x01, 0x2a), le16(width), le16(height)));
}

export function webpVp8l(width: number, height: number) {
  const w = width - 1;
  const h = height - 1;
  const bits = Uint8Array.of(w & 0xff, ((w >> 8) & 0x3f) | ((h & 0x03) << 6), (h >> 2) & 0xff, (h >> 10) & 0x0f);
  return riff(concat(ascii('VP8L'), zeros(4), Uint8Array.of(0x2f), bits));
}

export function webpVp8x(width: number, height: number) {
  const le24 = (n: number) => Uint8Array.of(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff);
  return riff(concat(ascii('VP8X'), zeros(4), zeros(4), le24(width - 1), le24(height - 1)));
}

export const HTML_PAGE =
  '<!DOCTYPE html>\n<html><head><title>Win a prize</title></head><body><script>alert(1)</script></body></html>\n';
