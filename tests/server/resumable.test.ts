import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, boothManifest, defaultFiles, get, post, startServer, submission, type TestServer } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(async () => {
  await s.stop();
});

const tus = (token: string, extra: Record<string, string> = {}) => ({
  Authorization: `Bearer ${token}`,
  'Tus-Resumable': '1.0.0',
  ...extra,
});
const b64 = (t: string) => Buffer.from(t).toString('base64');

describe('resumable uploads (tus)', () => {
  it('resume after a dropped connection, then join a submission by id', async () => {
    const token = s.exhibitor('resume-co');
    const body = Buffer.from('# Notes\n'.repeat(4000));
    const created = await fetch(`${s.url}/api/uploads`, {
      method: 'POST',
      headers: tus(token, {
        'Upload-Length': String(body.length),
        'Upload-Metadata': `filename ${b64('notes.md')},booth ${b64('someone-else')}`,
      }),
    });
    expect(created.status).toBe(201);
    const location = new URL(created.headers.get('location')!, s.url).href;
    const id = location.split('/').pop()!;

    // The first half arrives, then the connection "drops": the client asks where to go on.
    const half = Math.floor(body.length / 2);
    const first = await fetch(location, {
      method: 'PATCH',
      headers: tus(token, { 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }),
      body: body.subarray(0, half),
    });
    expect(first.status).toBe(204);
    const head = await fetch(location, { method: 'HEAD', headers: tus(token) });
    expect(head.headers.get('upload-offset')).toBe(String(half));
    const rest = await fetch(location, {
      method: 'PATCH',
      headers: tus(token, { 'Upload-Offset': String(half), 'Content-Type': 'application/offset+octet-stream' }),
      body: body.subarray(half),
    });
    expect(rest.status).toBe(204);

    // Another exhibitor can neither continue nor use it.
    const other = s.exhibitor('snoop-co');
    expect((await fetch(location, { method: 'HEAD', headers: tus(other) })).status).toBe(403);
    expect(
      (await fetch(`${s.url}/api/uploads`, { method: 'POST', headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '4' } }))
        .status,
    ).toBe(401);

    const form = submission(boothManifest('resume-co'), defaultFiles());
    form.append('upload', JSON.stringify({ path: 'notes.md', upload: id }));
    const r = await post(`${s.url}/api/booths/resume-co/submissions`, token, form);
    expect(r.status).toBe(201);
    const d = (await get(`${s.url}/api/submissions/${r.json.submission}`, ADMIN)).json;
    expect(d.files.find((f: { path: string }) => f.path === 'notes.md').size).toBe(body.length);
    expect(await (await fetch(new URL('notes.md', d.previewUrl))).text()).toBe(body.toString());

    const snoop = submission(boothManifest('snoop-co'), defaultFiles());
    snoop.append('upload', JSON.stringify({ path: 'notes.md', upload: id }));
    expect((await post(`${s.url}/api/booths/snoop-co/submissions`, other, snoop)).status).toBe(403);
  });
});
