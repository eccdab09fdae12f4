import { checkAssetPath } from './assetPath';
import { type ByteSource, formatSize, readHead } from './byteSource';
import { checkExtension, checkType } from './expectedTypes';
import { glbChecks } from './glb';
import { imageProblems, imageSize } from './imageSize';
import { type FileProblem, inspectMp4, mp4Problems } from './mp4';
import { sniffType } from './sniff';
import { svgProblems } from './svg';
import { textType } from './textType';

/** What one uploaded file is, and what keeps it from reaching visitors as it should. */
export interface FileReport {
  /** The path inside the submission, as given. */
  path: string;
  size: number;
  /** The sniffed MIME type; null when neither a signature nor UTF-8 text. */
  type: string | null;
  width?: number;
  height?: number;
  videoCodecs?: string[];
  audioCodecs?: string[];
  durationSec?: number;
  /** A model's triangles, as the glTF validator counted them. */
  triangles?: number;
  problems: FileProblem[];
}

/** Bytes read to tell a file's type: signatures sit at the start, and text is judged on its head. */
export const SNIFF_BYTES = 64 * 1024;
/** SVGs are read whole to be checked; a drawing larger than this is refused as uncheckable. */
export const SVG_CHECK_MAX_BYTES = 4_000_000;
/** Videos larger than this get a warning in the booth advice: phones on mobile data pay for every byte. */
export const videoSizeWarn = 50_000_000;

const RASTER = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

async function svgChecks(src: ByteSource): Promise<FileProblem[]> {
  if (src.size > SVG_CHECK_MAX_BYTES)
    return [
      {
        message: `the SVG is ${formatSize(src.size)}, too large to check for scripts (at most ${formatSize(SVG_CHECK_MAX_BYTES)}); simplify it or export a PNG`,
        severity: 'error',
      },
    ];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await src.read(0, src.size));
  } catch {
    return [{ message: 'the SVG is not valid UTF-8 text; export it again', severity: 'error' }];
  }
  return svgProblems(text).map((message) => ({ message, severity: 'error' }));
}

/** Checks that depend on what the file is, once its type matches its name. */
async function typeChecks(report: FileReport, src: ByteSource): Promise<void> {
  const type = report.type;
  if (type === 'video/mp4' || type === 'audio/mp4') {
    const info = await inspectMp4(src);
    report.problems.push(...mp4Problems(info, type === 'video/mp4'));
    if (!('error' in info)) {
      const { videoCodecs, audioCodecs, width, height, durationSec } = info;
      Object.assign(report, { videoCodecs, audioCodecs });
      if (width && height) Object.assign(report, { width, height });
      if (durationSec !== undefined) report.durationSec = durationSec;
    }
  } else if (type === 'model/gltf-binary') {
    const facts = await glbChecks(src);
    report.problems.push(...facts.problems);
    if (facts.triangles !== undefined) report.triangles = facts.triangles;
  } else if (type === 'video/webm' || type === 'audio/ogg') {
    const format = type === 'video/webm' ? 'WebM' : 'Ogg';
    report.problems.push({
      message: `${format} does not play on older iPhones or in WeChat; use MP4 (H.264 video, AAC audio) or, for sound only, MP3, which play for every visitor`,
      severity: 'warning',
    });
  } else if (type?.startsWith('image/')) {
    const size = await imageSize(src, type);
    if (size) {
      Object.assign(report, size);
      report.problems.push(...imageProblems(size));
    } else if (RASTER.has(type))
      report.problems.push({
        message: "the image's size cannot be read: the file is damaged; export it again",
        severity: 'error',
      });
    if (type === 'image/svg+xml') report.problems.push(...(await svgChecks(src)));
  }
}

/**
 * What the file at `path` (inside the submission) really is, and what is wrong with it:
 * its name, its extension, content that does not match the extension, and per type the MP4's
 * codecs, an image's size and an SVG's safety. Reads the first 64 KB, and for MP4 the few
 * boxes that describe the tracks; an SVG is read whole.
 */
export async function inspectFile(path: string, src: ByteSource): Promise<FileReport> {
  const report: FileReport = { path, size: src.size, type: null, problems: [] };
  const error = (message: string) => report.problems.push({ message, severity: 'error' });
  const pathProblem = checkAssetPath(path);
  if (pathProblem) error(`the file name is not accepted: ${pathProblem}`);
  if (src.size === 0) {
    error('the file is empty');
    return report;
  }
  const head = await readHead(src, SNIFF_BYTES);
  report.type = sniffType(head) ?? textType(head, path, src.size <= head.length);
  const extProblem = checkExtension(path);
  if (extProblem) {
    error(extProblem);
    return report;
  }
  const typeProblem = checkType(path, report.type);
  if (typeProblem) {
    error(typeProblem);
    return report;
  }
  await typeChecks(report, src);
  return report;
}

/** `media/a.mp4: expected an MP4 video (.mp4), got an HTML page`, one line per problem. */
export function formatFileProblems(report: FileReport): string[] {
  return report.problems.map((p) => `${report.path}: ${p.message}${p.severity === 'warning' ? ' (warning)' : ''}`);
}
