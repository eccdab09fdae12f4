// Checks of uploaded files, shared by the booth studio (in the browser) and the server. Not part
// of src/manifest/index.ts: the pavilion's main bundle never checks files.
export { type ByteSource, bytesSource, formatSize, readHead } from './byteSource';
export { checkAssetPath, normalizeAssetRef, MAX_PATH_LENGTH, MAX_PATH_SEGMENTS } from './assetPath';
export { sniffType } from './sniff';
export { textType, looksLikeHtml } from './textType';
export { EXPECTED_TYPES, TYPE_NAMES, checkExtension, checkType, describeType, fileExtension } from './expectedTypes';
export {
  inspectMp4,
  mp4Problems,
  isOver1080p,
  MP4_LIMITS,
  MAX_VIDEO_LONG_SIDE,
  MAX_VIDEO_SHORT_SIDE,
  type Mp4Info,
  type FileProblem,
} from './mp4';
export { codecName } from './mp4Codecs';
export { imageSize, imageProblems, IMAGE_LIMITS, type ImageSize } from './imageSize';
export { svgProblems, cssProblems } from './svg';
export { inspectFile, formatFileProblems, videoSizeWarn, SNIFF_BYTES, SVG_CHECK_MAX_BYTES, type FileReport } from './inspectFile';
