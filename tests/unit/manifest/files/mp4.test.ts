import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../../src/manifest/files/byteSource';
import { codecName, isAac, mp4aCodec } from '../../../../src/manifest/files/mp4Codecs';
import { inspectMp4, mp4Problems, type Mp4Info } from '../../../../src/manifest/files/mp4';
import { ascii, be32, be64, box, concat, counting, esds, ftyp, moov, mp4Boxes, sparse, src } from './support';

async function inspect(bytes: Uint8Array): Promise<Mp4Info> {
  const info = await inspectMp4(bytesSource(bytes));
  if ('error' in info) throw new Error(`expected an inspection, got the error: ${info.error}`);
  return info;
}

describe('inspectMp4', () => {
  it('reads H.264 + AAC, the picture size and the duration', async () => {
    const info = await inspect(mp4Boxes({ width: 1280, height: 720, timescale: 1000, duration: 12_500 }));
    expect(info).toEqual({
      videoCodecs: ['avc1.64001f'],
      audioCodecs: ['mp4a.40.2'],
      width: 1280,
      height: 720,
      durationSec: 12.5,
    });
    expect(mp4Problems(info)).toEqual([]);
  });

  it('finds the moov after the mdat (files not "fast-started")', async () => {
    const info = await inspect(mp4Boxes({ moovAfterMdat: true, mdatBytes: 100_000, width: 640, height: 360 }));
    expect(info.videoCodecs).toEqual(['avc1.64001f']);
    expect([info.width, info.height]).toEqual([640, 360]);
  });

  it('skips a 64-bit mdat of 5 GB with one header read, and reads little of the file', async () => {
    const head = ftyp();
    const mdatSize = 5_000_000_000;
    const mdatHeader = concat(be32(1), ascii('mdat'), be64(mdatSize));
    const tail = moov({ width: 1920, height: 1080 });
    const file = counting(
      sparse(head.length + mdatSize + tail.length, [
        { at: 0, bytes: head },
        { at: head.length, bytes: mdatHeader },
        { at: head.length + mdatSize, bytes: tail },
      ]),
    );
    const info = await inspectMp4(file);
    expect(info).toMatchObject({ videoCodecs: ['avc1.64001f'], audioCodecs: ['mp4a.40.2'], width: 1920, height: 1080 });
    expect(file.bytesRead).toBeLessThan(4096);
  });

  it('reads a box of size 0 as reaching to the end of the file', async () => {
    const bytes = concat(ftyp(), moov(), be32(0), ascii('mdat'), new Uint8Array(1000));
    expect((await inspect(bytes)).videoCodecs).toEqual(['avc1.64001f']);
  });

  it('reads only headers of a real-size file, not its media data', async () => {
    const file = counting(src(mp4Boxes({ moovAfterMdat: true, mdatBytes: 2_000_000 })));
    await inspectMp4(file);
    expect(file.bytesRead).toBeLessThan(2048);
  });

  it('names HEVC and says why it is refused', async () => {
    const info = await inspect(mp4Boxes({ video: 'hvc1' }));
    expect(info.videoCodecs).toEqual(['hvc1']);
    const problems = mp4Problems(info);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBe('error');
    expect(problems[0]?.message).toContain(
      'iOS and WeChat play only H.264 video with AAC audio in MP4; found HEVC (H.265) (hvc1)',
    );
  });

  it('refuses Opus audio, and H.264 in the 10-bit High 10 profile', async () => {
    const opus = mp4Problems(await inspect(mp4Boxes({ audio: 'Opus' })));
    expect(opus.map((p) => p.message).join()).toContain('found Opus (Opus)');
    const high10 = mp4Problems(await inspect(mp4Boxes({ avcProfile: 0x6e })));
    expect(high10[0]?.message).toMatch(/10-bit or studio profile \(H\.264 \(avc1\.6e001f\)\)/);
  });

  it('accepts a video without audio, and refuses an MP4 without video', async () => {
    expect(mp4Problems(await inspect(mp4Boxes({ audio: null })))).toEqual([]);
    const noVideo = await inspect(mp4Boxes({ video: null }));
    expect(noVideo.audioCodecs).toEqual(['mp4a.40.2']);
    expect(mp4Problems(noVideo)[0]?.message).toMatch(/no video track/);
    expect(mp4Problems(noVideo, false)).toEqual([]);
    const silent = mp4Problems(await inspect(mp4Boxes({ audio: null })), false).map((p) => p.message);
    expect(silent).toEqual(['the audio file has no audio track; export it again', expect.stringContaining('also holds video')]);
  });

  it('warns over 1080p, either way up', async () => {
    const uhd = mp4Problems(await inspect(mp4Boxes({ width: 3840, height: 2160 })));
    expect(uhd).toEqual([{ message: expect.stringContaining('3840×2160, over 1080p') as string, severity: 'warning' }]);
    expect(mp4Problems(await inspect(mp4Boxes({ width: 1080, height: 1920 })))).toEqual([]);
    expect(mp4Problems(await inspect(mp4Boxes({ width: 1440, height: 1440 }))).map((p) => p.severity)).toEqual(['warning']);
  });

  it('lets a 360° video (exactly 2:1) be up to 4096×2048: a phone shows a sixth of it at once', async () => {
    expect(mp4Problems(await inspect(mp4Boxes({ width: 4096, height: 2048 })))).toEqual([]);
    expect(mp4Problems(await inspect(mp4Boxes({ width: 5760, height: 2880 }))).map((p) => p.severity)).toEqual(['warning']);
  });

  it('reports a file without a moov, a cut-off file and an impossible box', async () => {
    const noMoov = await inspectMp4(src(concat(ftyp(), box('mdat', new Uint8Array(100)))));
    expect(noMoov).toEqual({ error: expect.stringContaining('no "moov" box') as string });
    // Uploads cut off mid-way: the moov, written last, is missing.
    const whole = mp4Boxes({ moovAfterMdat: true, mdatBytes: 5000 });
    const cut = await inspectMp4(src(whole.subarray(0, 3000)));
    expect('error' in cut && cut.error).toMatch(/runs \d+ bytes past the end/);
    const tiny = await inspectMp4(src(concat(ftyp(), be32(4), ascii('moov'))));
    expect('error' in tiny && tiny.error).toMatch(/impossible size \(4\)/);
  });

  it('stops at the box budget instead of walking a crafted file for ever', async () => {
    const many = concat(ftyp(), ...Array.from({ length: 12_000 }, () => box('free')), moov());
    const info = await inspectMp4(src(many));
    expect(info).toEqual({ error: expect.stringContaining('too many boxes') as string });
  });
});

describe('codecs', () => {
  it('reads the AAC object type from esds, and other object types', () => {
    expect(mp4aCodec(esds().subarray(8))).toBe('mp4a.40.2');
    expect(mp4aCodec(esds(0x6b).subarray(8))).toBe('mp4a.6b');
    expect(mp4aCodec(new Uint8Array(4))).toBe('mp4a');
    expect(isAac('mp4a.40.5')).toBe(true);
    expect(isAac('mp4a.6b')).toBe(false);
    expect(codecName('mp4a.6b')).toBe('MP3');
    expect(codecName('av01')).toBe('AV1');
  });
});
