import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mp4Boxes, png } from '../unit/manifest/files/support';
import {
  ADMIN,
  type Json,
  boothManifest,
  defaultFiles,
  fileCount,
  get,
  post,
  startServer,
  submission,
  type TestServer,
} from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(async () => {
  await s.stop();
});

const submissionsOf = (booth: string) =>
  (s.db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE booth = ?').get(booth) as { n: number }).n;
const blobs = () => fileCount(path.join(s.dataDir, 'blobs'));
const staging = () => fileCount(path.join(s.dataDir, 'tmp'));

/** Sends a submission that must be refused, and checks that nothing of it was kept. */
async function refused(token: string | null, booth: string, form: FormData) {
  const before = { subs: submissionsOf(booth), blobs: blobs() };
  const r = await post(`${s.url}/api/booths/${booth}/submissions`, token, form);
  expect(submissionsOf(booth)).toBe(before.subs);
  expect(blobs()).toBe(before.blobs);
  expect(staging()).toBe(0);
  return r;
}

describe('who may submit', () => {
  it('refuses without a token, with an unknown one, and for another exhibitor’s booth', async () => {
    const mine = s.exhibitor('acme-security');
    s.exhibitor('other-bank');
    expect((await refused(null, 'acme-security', submission(boothManifest('acme-security')))).status).toBe(401);
    expect(
      (await refused('exh_not_a_real_token_at_all_000', 'acme-security', submission(boothManifest('acme-security')))).status,
    ).toBe(401);
    const r = await refused(mine, 'other-bank', submission(boothManifest('other-bank')));
    expect(r.status).toBe(403);
    expect(r.json.error).toMatch(/only booth "acme-security"/);
  });

  it('refuses an expired token and a revoked one', async () => {
    const expired = s.exhibitor('late-co', 'telecom', new Date(Date.now() - 1000).toISOString());
    expect((await refused(expired, 'late-co', submission(boothManifest('late-co')))).status).toBe(401);
    const revoked = s.exhibitor('gone-co');
    const { revokeBooth } = await import('../../server/auth');
    revokeBooth(s.db, 'gone-co', 'test');
    expect((await refused(revoked, 'gone-co', submission(boothManifest('gone-co')))).status).toBe(401);
    expect((await get(`${s.url}/api/me`, revoked)).status).toBe(401);
  });

  it('lets an exhibitor read only their own booth’s submissions, and the organiser all', async () => {
    const a = s.exhibitor('reader-a');
    expect((await get(`${s.url}/api/booths/reader-a/submissions`, a)).status).toBe(200);
    expect((await get(`${s.url}/api/booths/seed-booth/submissions`, a)).status).toBe(403);
    expect((await get(`${s.url}/api/review`, a)).status).toBe(403);
    expect((await get(`${s.url}/api/booths/seed-booth/submissions`, ADMIN)).status).toBe(200);
  });
});

describe('refused uploads say why, where, and keep nothing', () => {
  it('an invalid manifest: 422 with the validator’s located problems', async () => {
    const t = s.exhibitor('bad-manifest');
    const m = boothManifest('bad-manifest', { booth: { size: 'XL', colors: { primary: 'blue', accent: '#fff000' } } });
    const r = await refused(t, 'bad-manifest', submission(m));
    expect(r.status).toBe(422);
    const paths = r.json.problems.map((p: { path: string }) => p.path);
    expect(paths).toContain('booth.size');
    expect(paths).toContain('booth.colors.primary');
    expect(r.json.problems[0]).toMatchObject({ file: 'booth.json' });
    expect(r.json.problems.find((p: { path: string }) => p.path === 'booth.colors.primary').message).toMatch(/colour/);
  });

  it('a manifest for another booth id', async () => {
    const t = s.exhibitor('id-check');
    const r = await refused(t, 'id-check', submission(boothManifest('someone-else')));
    expect(r.status).toBe(422);
    expect(r.json.problems).toContainEqual(expect.objectContaining({ path: 'id', message: expect.stringMatching(/"id-check"/) }));
  });

  it('file names that climb out, absolute paths and odd characters', async () => {
    const t = s.exhibitor('names-co');
    for (const bad of ['../escape.png', '/etc/passwd.png', 'images/../../x.png', 'a\\b.png', '.htaccess', 'images//x.png']) {
      const files = [...defaultFiles(), { path: bad, body: 'x' }];
      const r = await refused(t, 'names-co', submission(boothManifest('names-co'), files));
      expect(r.status, bad).toBe(422);
      expect(
        r.json.problems.some((p: { file: string }) => p.file === bad),
        bad,
      ).toBe(true);
    }
  });

  it('a reference to a file that climbs out of the booth’s folder, or one not sent', async () => {
    const t = s.exhibitor('refs-co');
    const m = boothManifest('refs-co');
    (m.exhibitor as Record<string, unknown>).logo = '../../secret.svg';
    let r = await refused(t, 'refs-co', submission(m));
    expect(r.status).toBe(422);
    expect(r.json.problems).toContainEqual(
      expect.objectContaining({ path: 'exhibitor.logo', message: expect.stringMatching(/climbs out/) }),
    );
    r = await refused(t, 'refs-co', submission(boothManifest('refs-co'), defaultFiles().slice(0, 1)));
    expect(r.json.problems).toContainEqual(
      expect.objectContaining({ path: 'media[0].src', message: expect.stringMatching(/images\/poster.png/) }),
    );
  });

  it('types sniffed from content: an HTML page named .mp4 or .png is refused', async () => {
    const t = s.exhibitor('sniff-co');
    const m = boothManifest('sniff-co', {
      media: [
        { type: 'image', src: 'images/poster.png', alt: { zh: '海报', en: 'Poster' } },
        { type: 'video', title: { zh: '视频', en: 'Video' }, src: 'media/intro.mp4' },
      ],
    });
    const html = '<!doctype html><html><script>alert(document.cookie)</script></html>';
    const r = await refused(t, 'sniff-co', submission(m, [...defaultFiles(), { path: 'media/intro.mp4', body: html }]));
    expect(r.status).toBe(422);
    expect(r.json.problems).toContainEqual(
      expect.objectContaining({ file: 'media/intro.mp4', message: expect.stringMatching(/HTML/) }),
    );
  });

  it('an SVG with script', async () => {
    const t = s.exhibitor('svg-co');
    const evil = '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/api/review")</script></svg>';
    const r = await refused(
      t,
      'svg-co',
      submission(boothManifest('svg-co'), [{ path: 'logo.svg', body: evil }, defaultFiles()[1]!]),
    );
    expect(r.status).toBe(422);
    expect(r.json.problems).toContainEqual(
      expect.objectContaining({ file: 'logo.svg', message: expect.stringMatching(/script/i) }),
    );
  });

  it('a video phones cannot play (HEVC), and an image too large to show', async () => {
    const t = s.exhibitor('codec-co');
    const m = boothManifest('codec-co', {
      media: [
        { type: 'image', src: 'images/poster.png', alt: { zh: '海报', en: 'Poster' } },
        { type: 'video', title: { zh: '视频', en: 'Video' }, src: 'media/intro.mp4' },
      ],
    });
    const hevc = Buffer.from(mp4Boxes({ video: 'hvc1' }));
    let r = await refused(t, 'codec-co', submission(m, [...defaultFiles(), { path: 'media/intro.mp4', body: hevc }]));
    expect(r.status).toBe(422);
    expect(r.json.problems).toContainEqual(
      expect.objectContaining({ file: 'media/intro.mp4', message: expect.stringMatching(/H\.264/) }),
    );
    const huge = Buffer.from(png(9000, 300));
    r = await refused(
      t,
      'codec-co',
      submission(boothManifest('codec-co'), [defaultFiles()[0]!, { path: 'images/poster.png', body: huge }]),
    );
    expect(r.status).toBe(422);
    expect(r.json.problems).toContainEqual(
      expect.objectContaining({ file: 'images/poster.png', message: expect.stringMatching(/9000|9,000/) }),
    );
  });

  it('a file over the size limit: 413', async () => {
    const t = s.exhibitor('big-co');
    const big = Buffer.alloc(9 * 1024 * 1024, 0x20);
    const r = await refused(
      t,
      'big-co',
      submission(boothManifest('big-co'), [...defaultFiles(), { path: 'notes.md', body: big }]),
    );
    expect(r.status).toBe(413);
    expect(r.json.error).toMatch(/at most/);
  });
});

describe('a valid upload, through review, to the live hall', () => {
  it('is accepted with warnings, waits for review, and once approved stands in the live hall on the content origin', async () => {
    const t = s.exhibitor('good-co', 'telecom');
    const r = await post(`${s.url}/api/booths/good-co/submissions`, t, submission(boothManifest('good-co')));
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ status: 'submitted', submission: expect.any(String) });
    expect(Array.isArray(r.json.warnings)).toBe(true);

    const mine = await get(`${s.url}/api/booths/good-co/submissions`, t);
    expect(mine.json[0]).toMatchObject({ id: r.json.submission, status: 'submitted' });
    const queue = await get(`${s.url}/api/review`, ADMIN);
    expect(queue.json.map((q: { id: string }) => q.id)).toContain(r.json.submission);

    // Preview before publishing: on the content origin, never the app's.
    const detail = await get(`${s.url}/api/submissions/${r.json.submission}`, ADMIN);
    expect(new URL(detail.json.previewUrl).origin).toBe(s.contentOrigin);
    expect(detail.json.live).toBeNull();
    const logo = await fetch(new URL('logo.svg', detail.json.previewUrl));
    expect(logo.status).toBe(200);
    expect(logo.headers.get('x-content-type-options')).toBe('nosniff');

    const before = await (await fetch(`${s.url}/live/hall.bundle.json`)).json();
    expect(JSON.stringify(before)).not.toContain('good-co');
    // The guided tour, like `featured`, names only live booths.
    expect(before.hall.tour).toEqual({ stops: [{ booth: 'seed-booth' }] });
    const ok = await post(`${s.url}/api/submissions/${r.json.submission}/approve`, ADMIN, {});
    expect(ok).toMatchObject({ status: 200, json: { version: 1 } });
    expect((await post(`${s.url}/api/submissions/${r.json.submission}/approve`, ADMIN, {})).status).toBe(409);

    const bundle = await (await fetch(`${s.url}/live/hall.bundle.json`)).json();
    const zone = bundle.hall.zones.find((z: { id: string }) => z.id === 'telecom');
    expect(zone.booths).toContain('good-co');
    expect(bundle.hall.tour.stops.map((x: { booth: string }) => x.booth)).toEqual(['good-co', 'seed-booth']);
    const url: string = bundle.hall.booths.find(
      (u: string) => Object.values(bundle.booths).some((b: Json) => b.id === 'good-co') && bundle.booths[u]?.id === 'good-co',
    );
    expect(new URL(url).origin).toBe(s.contentOrigin);
    expect(bundle.hall.allowedOrigins).toContain(s.contentOrigin);
    const png = await fetch(new URL('images/poster.png', url));
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('cache-control')).toMatch(/immutable/);
    expect((await get(`${s.url}/api/booths/good-co/submissions`, t)).json[0]).toMatchObject({ status: 'approved', version: 1 });
  });

  it('warns, located, about what validates but costs visitors (a video without captions or poster)', async () => {
    const t = s.exhibitor('advice-co');
    const m = boothManifest('advice-co', {
      media: [
        { type: 'image', src: 'images/poster.png', alt: { zh: '海报', en: 'Poster' } },
        { type: 'video', title: { zh: '视频', en: 'Video' }, src: 'media/intro.mp4' },
      ],
    });
    const r = await post(
      `${s.url}/api/booths/advice-co/submissions`,
      t,
      submission(m, [...defaultFiles(), { path: 'media/intro.mp4', body: Buffer.from(mp4Boxes()) }]),
    );
    expect(r.status).toBe(201);
    const paths = r.json.warnings.map((w: { path: string }) => w.path);
    expect(paths).toContain('media[1].captions');
    expect(paths).toContain('media[1].poster');
    // The organiser sees the same checks.
    const queued = (await get(`${s.url}/api/review`, ADMIN)).json.find((q: { id: string }) => q.id === r.json.submission);
    expect(queued.warnings).toEqual(r.json.warnings);
  });

  it('a rejection reaches the exhibitor with its reason', async () => {
    const t = s.exhibitor('reject-co');
    const r = await post(`${s.url}/api/booths/reject-co/submissions`, t, submission(boothManifest('reject-co')));
    expect((await post(`${s.url}/api/submissions/${r.json.submission}/reject`, t, { reason: 'x' })).status).toBe(403);
    expect(
      (await post(`${s.url}/api/submissions/${r.json.submission}/reject`, ADMIN, { reason: 'The logo is blurred' })).status,
    ).toBe(200);
    expect((await get(`${s.url}/api/booths/reject-co/submissions`, t)).json[0]).toMatchObject({
      status: 'rejected',
      reason: 'The logo is blurred',
    });
  });

  it('rolls a booth back to an earlier version, and keeps the audit', async () => {
    const t = s.exhibitor('roll-co');
    const v = async (desc: string) => {
      const m = boothManifest('roll-co');
      (m.exhibitor as Record<string, unknown>).description = { zh: desc, en: desc };
      const r = await post(`${s.url}/api/booths/roll-co/submissions`, t, submission(m));
      return (await post(`${s.url}/api/submissions/${r.json.submission}/approve`, ADMIN, {})).json.version as number;
    };
    expect(await v('first')).toBe(1);
    expect(await v('second')).toBe(2);
    const liveDesc = async () => {
      const b = await (await fetch(`${s.url}/live/hall.bundle.json`)).json();
      return (Object.values(b.booths) as Json[]).find((x) => x.id === 'roll-co').exhibitor.description.en;
    };
    expect(await liveDesc()).toBe('second');
    expect((await post(`${s.url}/api/booths/roll-co/rollback`, ADMIN, { version: 1 })).json).toEqual({ version: 1 });
    expect(await liveDesc()).toBe('first');
    expect((await post(`${s.url}/api/booths/roll-co/rollback`, ADMIN, { version: 9 })).status).toBe(404);
    const versions = (await get(`${s.url}/api/booths/roll-co/versions`, ADMIN)).json;
    expect(versions.map((x: { version: number; live: boolean }) => [x.version, x.live])).toEqual([
      [2, false],
      [1, true],
    ]);
    const audit = (await get(`${s.url}/api/audit`, ADMIN)).json.filter((a: { target: string }) => a.target === 'roll-co');
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'rollback',
      'approve',
      'submit',
      'approve',
      'submit',
      'exhibitor-add',
    ]);
  });
});

describe('20 exhibitors at once', () => {
  it('accepts 20 concurrent uploads with none lost or mixed', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `crowd-${i}`);
    const tokens = ids.map((id) => s.exhibitor(id));
    const results = await Promise.all(
      ids.map((id, i) => {
        const m = boothManifest(id);
        (m.exhibitor as Record<string, unknown>).description = { zh: `第${i}号`, en: `number ${i}` };
        const files = [...defaultFiles(), { path: `notes-${i}.md`, body: `# Booth ${i}\n`.repeat(200 + i) }];
        return post(`${s.url}/api/booths/${id}/submissions`, tokens[i]!, submission(m, files));
      }),
    );
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 201));
    for (const [i, id] of ids.entries()) {
      const d = (await get(`${s.url}/api/submissions/${results[i]!.json.submission}`, tokens[i]!)).json;
      expect(d.booth).toBe(id);
      expect(d.manifest.exhibitor.description.en).toBe(`number ${i}`);
      expect(d.files.map((f: { path: string }) => f.path).sort()).toEqual(
        ['images/poster.png', 'logo.svg', `notes-${i}.md`].sort(),
      );
      const notes = await (await fetch(new URL(`notes-${i}.md`, d.previewUrl))).text();
      expect(notes).toBe(`# Booth ${i}\n`.repeat(200 + i));
    }
  });
});
