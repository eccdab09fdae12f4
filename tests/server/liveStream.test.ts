import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeFiles } from '../../server/sampleProgramme';
import { ROOT, startServer, type TestServer } from './support';

const SAMPLE = path.join(ROOT, 'scenes/sample');
const STREAM = 'media/live/opening/index.m3u8';
let dir: string;
let s: TestServer;

/** A hall of no booths whose programme streams the sample's live HLS and replays a sample video. */
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pavilion-live-'));
  for (const sub of ['media/live/opening', 'media/video'])
    cpSync(path.join(SAMPLE, sub), path.join(dir, sub), { recursive: true });
  const hall = JSON.parse(readFileSync(path.join(SAMPLE, 'hall.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    path.join(dir, 'hall.json'),
    JSON.stringify({
      ...hall,
      zones: [{ id: 'main-stage', kind: 'stage', name: 'Stage', color: '#be123c', booths: [] }],
      booths: [],
      featured: [],
      tour: undefined,
      ambientAudio: undefined,
    }),
  );
  const video = 'media/video/telecom-scam';
  writeFileSync(
    path.join(dir, 'programme.json'),
    JSON.stringify({
      schemaVersion: 1,
      hall: hall.id,
      sessions: [
        {
          id: 'opening',
          title: 'Opening',
          start: '2026-09-14T09:30:00+08:00',
          end: '2026-09-14T10:30:00+08:00',
          where: 'main-stage',
          stream: STREAM,
          poster: 'media/live/opening/poster.jpg',
          replay: { src: `${video}.mp4`, captions: [{ lang: 'en', src: `${video}.en.vtt` }] },
        },
      ],
    }),
  );
  mkdirSync(path.join(dir, 'unrelated'));
  writeFileSync(path.join(dir, 'unrelated', 'secret.txt'), 'not for publishing');
  s = await startServer({ sampleHall: path.join(dir, 'hall.json') });
}, 60_000);
afterAll(async () => {
  await s?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the sample programme and its live stream on the content origin', () => {
  it('publishes exactly the files the programme uses, segments included', () => {
    const files = [...programmeFiles(dir, 'programme.json')].sort();
    const segments = readFileSync(path.join(dir, STREAM), 'utf8')
      .split('\n')
      .filter((l) => l.endsWith('.ts'));
    expect(segments.length).toBeGreaterThanOrEqual(30);
    expect(files).toEqual(
      [
        STREAM,
        'media/live/opening/poster.jpg',
        ...segments.map((seg) => `media/live/opening/${seg}`),
        'media/video/telecom-scam.mp4',
        'media/video/telecom-scam.en.vtt',
      ].sort(),
    );
  });

  it('names the programme by absolute URL in the live hall, and serves the playlist and segments typed for hls.js', async () => {
    const hall = (await (await fetch(`${s.url}/live/hall.json`)).json()) as { programme?: string };
    expect(hall.programme).toMatch(new RegExp(`^${s.contentOrigin}/live/s/[0-9a-f]{32}/programme\\.json$`));
    const programme = (await (await fetch(hall.programme!)).json()) as { sessions: { stream: string }[] };
    const streamUrl = new URL(programme.sessions[0]!.stream, hall.programme).href;
    expect(streamUrl.startsWith(s.contentOrigin)).toBe(true);

    const m3u8 = await fetch(streamUrl);
    expect(m3u8.status).toBe(200);
    expect(m3u8.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    // hls.js reads it cross-origin: CORS, and no download prompt.
    expect(m3u8.headers.get('access-control-allow-origin')).toBe('*');
    expect(m3u8.headers.get('content-disposition')).toBeNull();
    const text = await m3u8.text();
    expect(text).toMatch(/^#EXTM3U/);
    expect(text).toContain('#EXT-X-ENDLIST');

    const first = text.split('\n').find((l) => l.endsWith('.ts'))!;
    const seg = await fetch(new URL(first, streamUrl));
    expect(seg.status).toBe(200);
    expect(seg.headers.get('content-type')).toBe('video/mp2t');
    const bytes = new Uint8Array(await seg.arrayBuffer());
    expect([bytes[0], bytes[188], bytes[376]]).toEqual([0x47, 0x47, 0x47]);

    // Ranged, as a player may ask.
    const part = await fetch(new URL(first, streamUrl), { headers: { Range: 'bytes=0-187' } });
    expect(part.status).toBe(206);
    expect((await part.arrayBuffer()).byteLength).toBe(188);
  });

  it('does not publish files the programme does not use', async () => {
    const hall = (await (await fetch(`${s.url}/live/hall.json`)).json()) as { programme: string };
    expect((await fetch(new URL('unrelated/secret.txt', hall.programme))).status).toBe(404);
  });
});
