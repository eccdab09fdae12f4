import type { ByteSource } from './byteSource';
import { type Box, BoxError, boxes, findPath, readPayload, u32, u64, type WalkBudget } from './isoBoxes';
import { codecName, isAac, isPlayableH264, sampleEntries } from './mp4Codecs';

export interface Mp4Info {
  /** Codec strings of the video tracks, e.g. `avc1.64001f`, `hvc1`. */
  videoCodecs: string[];
  /** Codec strings of the audio tracks, e.g. `mp4a.40.2`, `Opus`. */
  audioCodecs: string[];
  width?: number;
  height?: number;
  durationSec?: number;
}

export interface FileProblem {
  message: string;
  severity: 'error' | 'warning';
}

export const MP4_LIMITS = { maxBoxes: 10_000, maxDepth: 8, maxMoovBytes: 64 * 1024 * 1024 } as const;

const HEADER_MAX = 4096;

async function movieDuration(src: ByteSource, mvhd: Box): Promise<number | undefined> {
  const b = await readPayload(src, mvhd, HEADER_MAX);
  const v1 = b[0] === 1;
  const timescale = u32(b, v1 ? 20 : 12);
  const duration = v1 ? u64(b, 24) : u32(b, 16);
  // All ones means "unknown" (live or fragmented files).
  if (timescale === 0 || duration === 0 || duration === 0xffffffff || !Number.isFinite(duration)) return undefined;
  return duration / timescale;
}

/** Presentation size from the track header, in 16.16 fixed point. */
async function trackSize(src: ByteSource, tkhd: Box): Promise<{ width: number; height: number }> {
  const b = await readPayload(src, tkhd, HEADER_MAX);
  const at = b[0] === 1 ? 88 : 76;
  return { width: Math.round(u32(b, at) / 65536), height: Math.round(u32(b, at + 4) / 65536) };
}

async function handlerType(src: ByteSource, mdia: Box, budget: WalkBudget, depth: number): Promise<string | null> {
  const hdlr = await findPath(src, mdia, ['hdlr'], budget, depth);
  if (!hdlr) return null;
  const b = await readPayload(src, hdlr, HEADER_MAX);
  return String.fromCharCode(...b.subarray(8, 12));
}

interface Track {
  kind: string | null;
  codecs: string[];
  width?: number;
  height?: number;
}

async function inspectTrak(src: ByteSource, trak: Box, budget: WalkBudget): Promise<Track> {
  const depth = 2;
  const tkhd = await findPath(src, trak, ['tkhd'], budget, depth);
  const size = tkhd ? await trackSize(src, tkhd) : { width: 0, height: 0 };
  const mdia = await findPath(src, trak, ['mdia'], budget, depth);
  if (!mdia) return { kind: null, codecs: [] };
  const kind = await handlerType(src, mdia, budget, depth + 1);
  const stsd = await findPath(src, mdia, ['minf', 'stbl', 'stsd'], budget, depth + 1);
  const entries = stsd ? await sampleEntries(src, stsd, budget) : [];
  const first = entries[0];
  return {
    kind,
    codecs: entries.map((e) => e.codec),
    width: size.width || first?.width,
    height: size.height || first?.height,
  };
}

async function findMoov(src: ByteSource, budget: WalkBudget): Promise<Box | null> {
  for await (const box of boxes(src, 0, src.size, budget)) if (box.type === 'moov') return box;
  return null;
}

/**
 * Codecs, picture size and duration of an MP4 (or M4A), reading box headers and the few small
 * boxes that describe tracks: never the media data, wherever the `moov` box sits.
 */
export async function inspectMp4(src: ByteSource): Promise<Mp4Info | { error: string }> {
  const budget: WalkBudget = { boxes: MP4_LIMITS.maxBoxes, maxDepth: MP4_LIMITS.maxDepth };
  try {
    const moov = await findMoov(src, budget);
    if (!moov)
      return {
        error: 'the file has no "moov" box (the index players need): it is cut off or not an MP4; export it again',
      };
    if (moov.end - moov.start > MP4_LIMITS.maxMoovBytes)
      return { error: `the MP4's index ("moov" box) is over ${MP4_LIMITS.maxMoovBytes / 1024 / 1024} MB; export it again` };
    const info: Mp4Info = { videoCodecs: [], audioCodecs: [] };
    for await (const box of boxes(src, moov.payload, moov.end, budget)) {
      if (box.type === 'mvhd') {
        const d = await movieDuration(src, box);
        if (d !== undefined) info.durationSec = d;
      } else if (box.type === 'trak') {
        const t = await inspectTrak(src, box, budget);
        if (t.kind === 'vide') {
          info.videoCodecs.push(...t.codecs);
          if (info.width === undefined && t.width && t.height) Object.assign(info, { width: t.width, height: t.height });
        } else if (t.kind === 'soun') info.audioCodecs.push(...t.codecs);
      }
    }
    return info;
  } catch (e) {
    if (e instanceof BoxError) return { error: `the MP4 cannot be read: ${e.message}` };
    throw e;
  }
}

/** 1080p, either way up: phones show no more, and portrait video is as welcome as landscape. */
export const MAX_VIDEO_LONG_SIDE = 1920;
export const MAX_VIDEO_SHORT_SIDE = 1080;

/**
 * A 360° video (equirectangular, exactly 2:1) spreads its pixels over the whole sphere: a phone
 * shows about a sixth of them at once, so up to 4096×2048 is what 1080p is for a flat video.
 */
export const MAX_PANORAMA_VIDEO_WIDTH = 4096;

export function isOver1080p(width: number | undefined, height: number | undefined): boolean {
  if (!width || !height) return false;
  if (width === 2 * height) return width > MAX_PANORAMA_VIDEO_WIDTH;
  return Math.max(width, height) > MAX_VIDEO_LONG_SIDE || Math.min(width, height) > MAX_VIDEO_SHORT_SIDE;
}

const list = (codecs: string[]) => [...new Set(codecs.map((c) => `${codecName(c)} (${c})`))].join(', ');

/**
 * What keeps an MP4 from playing for every visitor. `expectVideo` is false for audio files
 * (`.m4a`), which need AAC but no picture.
 */
export function mp4Problems(info: Mp4Info | { error: string }, expectVideo = true): FileProblem[] {
  if ('error' in info) return [{ message: info.error, severity: 'error' }];
  const problems: FileProblem[] = [];
  const why = 'iOS and WeChat play only H.264 video with AAC audio in MP4';
  const fix = 'export again as H.264 + AAC (e.g. ffmpeg -i in.mp4 -c:v libx264 -pix_fmt yuv420p -c:a aac out.mp4)';
  if (expectVideo && info.videoCodecs.length === 0)
    problems.push({ message: `the MP4 has no video track; ${fix}`, severity: 'error' });
  if (!expectVideo && info.audioCodecs.length === 0)
    problems.push({ message: 'the audio file has no audio track; export it again', severity: 'error' });
  if (!expectVideo && info.videoCodecs.length > 0)
    problems.push({
      message: `the audio file also holds video (${list(info.videoCodecs)}); export the sound only`,
      severity: 'error',
    });
  const badVideo = expectVideo ? info.videoCodecs.filter((c) => !isPlayableH264(c)) : [];
  const badAudio = info.audioCodecs.filter((c) => !isAac(c));
  if (badVideo.some((c) => c.startsWith('avc')))
    problems.push({
      message: `the video is H.264 in a 10-bit or studio profile (${list(badVideo)}), which phones do not play; ${fix}`,
      severity: 'error',
    });
  const wrong = [...badVideo.filter((c) => !c.startsWith('avc')), ...badAudio];
  if (wrong.length > 0) problems.push({ message: `${why}; found ${list(wrong)}: ${fix}`, severity: 'error' });
  if (expectVideo && isOver1080p(info.width, info.height))
    problems.push({
      message:
        info.width === 2 * info.height!
          ? `the 360° video is ${info.width}×${info.height}: phones download far more than they can show; export at ${MAX_PANORAMA_VIDEO_WIDTH}×${MAX_PANORAMA_VIDEO_WIDTH / 2} or smaller`
          : `the video is ${info.width}×${info.height}, over 1080p: phones download far more than their screens show; export at 1920×1080 or smaller`,
      severity: 'warning',
    });
  return problems;
}
