import { describe, expect, it } from 'vitest';
import * as files from '../../../../src/manifest/files';
import { counting, mp4Boxes } from './support';

// The folder's public surface, as the server and the studio import it: changing it is a decision.
describe('src/manifest/files', () => {
  it('exports the checks and their limits', () => {
    expect(Object.keys(files).sort()).toEqual([
      'EXPECTED_TYPES',
      'IMAGE_LIMITS',
      'MAX_PATH_LENGTH',
      'MAX_PATH_SEGMENTS',
      'MAX_VIDEO_LONG_SIDE',
      'MAX_VIDEO_SHORT_SIDE',
      'MP4_LIMITS',
      'SNIFF_BYTES',
      'SVG_CHECK_MAX_BYTES',
      'TYPE_NAMES',
      'bytesSource',
      'checkAssetPath',
      'checkExtension',
      'checkType',
      'codecName',
      'cssProblems',
      'describeType',
      'fileExtension',
      'formatFileProblems',
      'formatSize',
      'imageProblems',
      'imageSize',
      'inspectFile',
      'inspectMp4',
      'isOver1080p',
      'looksLikeHtml',
      'mp4Problems',
      'normalizeAssetRef',
      'readHead',
      'sniffType',
      'svgProblems',
      'textType',
      'videoSizeWarn',
    ]);
  });

  it('works on any ByteSource, such as a server adapter over a file handle', async () => {
    const bytes = mp4Boxes({ width: 640, height: 360 });
    // What the server's adapter looks like: size, and reads at offsets.
    const handle: files.ByteSource = { size: bytes.length, read: (o, n) => Promise.resolve(bytes.slice(o, o + n)) };
    const src = counting(handle);
    const report: files.FileReport = await files.inspectFile('media/a.mp4', src);
    const info: files.Mp4Info | { error: string } = await files.inspectMp4(src);
    const problems: files.FileProblem[] = report.problems;
    const size: files.ImageSize | null = await files.imageSize(files.bytesSource(new Uint8Array(0)), 'image/png');
    expect({ type: report.type, problems, size, info: 'error' in info ? info.error : info.videoCodecs }).toEqual({
      type: 'video/mp4',
      problems: [],
      size: null,
      info: ['avc1.64001f'],
    });
    expect(files.formatSize(212_000_000)).toBe('212 MB');
    expect(files.formatSize(1_234_567)).toBe('1.2 MB');
    expect(files.formatSize(31_126)).toBe('31 KB');
    expect((await files.readHead(files.bytesSource(bytes), 8)).length).toBe(8);
  });
});
