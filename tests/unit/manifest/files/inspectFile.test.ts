import { describe, expect, it } from 'vitest';
// Through the folder's public exports, as the server and the studio import it.
import { formatFileProblems, inspectFile } from '../../../../src/manifest/files';
import { concat, counting, gif, HTML_PAGE, jpeg, mp4Boxes, png, src, text, webpVp8x } from './support';

const errors = async (path: string, bytes: Uint8Array | string) =>
  (await inspectFile(path, src(bytes))).problems.filter((p) => p.severity === 'error').map((p) => p.message);

describe('inspectFile', () => {
  it('reports an H.264/AAC MP4 with its codecs, size and duration, and no problems', async () => {
    const report = await inspectFile('media/intro.mp4', src(mp4Boxes({ width: 1920, height: 1080 })));
    expect(report).toEqual({
      path: 'media/intro.mp4',
      size: report.size,
      type: 'video/mp4',
      videoCodecs: ['avc1.64001f'],
      audioCodecs: ['mp4a.40.2'],
      width: 1920,
      height: 1080,
      durationSec: 12.5,
      problems: [],
    });
  });

  it('refuses an HEVC MP4, naming the codec', async () => {
    const report = await inspectFile('media/a.mp4', src(mp4Boxes({ video: 'hvc1' })));
    expect(formatFileProblems(report)).toEqual([
      expect.stringMatching(/^media\/a\.mp4: iOS and WeChat play only H\.264 video with AAC audio in MP4; found HEVC/),
    ]);
  });

  it.each(['mp4', 'md', 'css', 'svg', 'vtt', 'png', 'json', 'js'])(
    'refuses an HTML page named .%s, saying what it is',
    async (ext) => {
      const messages = await errors(`media/a.${ext}`, HTML_PAGE);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(new RegExp(`^expected .+ \\(\\.${ext}\\), got an HTML page$`));
    },
  );

  it('formats a mismatch as "path: expected …, got …"', async () => {
    const report = await inspectFile('media/a.mp4', src(HTML_PAGE));
    expect(formatFileProblems(report)).toEqual(['media/a.mp4: expected an MP4 video (.mp4), got an HTML page']);
    expect(report.type).toBe('text/html');
  });

  it('refuses a program disguised as an image, and a file type that is not accepted', async () => {
    const exe = concat(text('MZ'), new Uint8Array(100));
    expect(await errors('img/a.png', exe)).toEqual(['expected a PNG image (.png), got a Windows program (EXE/DLL)']);
    expect(await errors('tools/setup.exe', exe)).toEqual([expect.stringMatching(/^files of type \.exe are not accepted/)]);
    expect(await errors('docs/brochure.pdf', '%PDF-1.7\n')).toEqual([expect.stringMatching(/\.pdf are not accepted/)]);
  });

  it('refuses a bad name, an empty file and a JPEG named .png', async () => {
    expect(await errors('../a.png', png(10, 10))).toEqual([expect.stringMatching(/^the file name is not accepted: .*"\.\."/)]);
    expect(await errors('a.png', '')).toEqual(['the file is empty']);
    expect(await errors('photo.png', jpeg(10, 10))).toEqual(['expected a PNG image (.png), got a JPEG image']);
  });

  it('reads image sizes and applies the image limits', async () => {
    const report = await inspectFile('img/a.gif', src(gif(300, 200)));
    expect(report).toMatchObject({ type: 'image/gif', width: 300, height: 200, problems: [] });
    expect(await errors('img/huge.webp', webpVp8x(9000, 100))).toEqual([expect.stringContaining('over 8192 px')]);
    expect(await errors('img/broken.png', png(10, 10).subarray(0, 12))).toEqual([expect.stringContaining('size cannot be read')]);
  });

  it('checks SVGs for scripts, and reads their size', async () => {
    expect(await errors('img/a.svg', '<svg onload="alert(1)" width="10" height="10"/>')).toEqual([
      expect.stringContaining('event handler'),
    ]);
    const ok = await inspectFile('img/b.svg', src('<svg viewBox="0 0 40 20"><rect width="1" height="1"/></svg>'));
    expect(ok).toMatchObject({ type: 'image/svg+xml', width: 40, height: 20, problems: [] });
  });

  it('warns that WebM and Ogg do not play everywhere', async () => {
    const report = await inspectFile('media/a.webm', src(Uint8Array.of(0x1a, 0x45, 0xdf, 0xa3, 0x9f)));
    expect(report.problems).toEqual([
      { message: expect.stringMatching(/^WebM does not play .* WeChat/) as string, severity: 'warning' },
    ]);
    const ogg = await inspectFile('media/a.ogg', src('OggS\u0000\u0002'));
    expect(ogg).toMatchObject({ type: 'audio/ogg', problems: [{ severity: 'warning' }] });
  });

  it('accepts an H5 page that is a fragment without <html>, and stylesheets that mention tags in comments', async () => {
    expect(await errors('h5/q/index.html', '<meta charset="utf-8"><link rel="stylesheet" href="a.css"><div>Quiz</div>')).toEqual(
      [],
    );
    expect(await errors('h5/q/a.css', '/* Runs in an <iframe sandbox> */\nbody { margin: 0 }')).toEqual([]);
  });

  it('reads 64 KB to tell the type of a large text file, and flags a disguise only in its head', async () => {
    const big = text(`${'Lorem ipsum. '.repeat(20_000)}`);
    const file = counting(src(big));
    const report = await inspectFile('cases/a.md', file);
    expect(report).toMatchObject({ type: 'text/plain', problems: [] });
    expect(file.bytesRead).toBe(64 * 1024);
  });
});
