import { readFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import type { AuditEntry, BoothSummary, BoothVersion, KioskHeartbeat, KioskStatus, SubmissionDetail } from '../../src/api/types';

/**
 * A stand-in for the service's review API (src/api/types.ts), answered with page.route: sample
 * booths as the live versions, an edited one and a new one waiting. Decisions change its state
 * as the service would: the queue shrinks, a rollback moves the live version.
 */
export const ORGANISER_TOKEN = 'organiser-test-token';
export const EXHIBITOR_TOKEN = 'exhibitor-test-token';

type Json = Record<string, unknown>;
const sample = (id: string): Json => JSON.parse(readFileSync(`scenes/sample/booths/${id}.json`, 'utf8')) as Json;

/** The bank's live booth, and what its exhibitor sent in: new tagline, colour, media reordered, one removed, one added. */
function editedBank(): { live: Json; submitted: Json } {
  const live = sample('heting-bank-antifraud');
  const submitted = structuredClone(live);
  const ex = submitted.exhibitor as Json;
  ex.tagline = { zh: '守好每一笔钱，识破每一个骗局', en: 'Guarding every transfer, seeing through every scam' };
  (submitted.booth as { colors: Json }).colors.accent = '#f59e0b';
  const media = submitted.media as Json[];
  const [caseStudy, video, h5, , audio, link, model] = media;
  (audio as Json).title = { zh: '防骗语音导览（新版）', en: 'Anti-fraud audio guide (new)' };
  submitted.media = [
    video,
    caseStudy,
    h5,
    audio,
    link,
    model,
    {
      type: 'image',
      src: '../images/b-pi-lifecycle.svg',
      alt: { zh: '个人信息生命周期', en: 'The personal information lifecycle' },
    },
  ];
  return { live, submitted };
}

const day = (d: number, h = 9) => new Date(Date.UTC(2026, 11, d, h, 30)).toISOString();

export function reviewFixtures(base: string) {
  const bank = editedBank();
  const newcomer = sample('xinqiao-counsellors');
  const url = (id: string) => `${base}/scenes/sample/booths/${id}.json`;
  const submissions: SubmissionDetail[] = [
    {
      id: 'sub-bank-7',
      booth: 'heting-bank-antifraud',
      status: 'submitted',
      createdAt: day(2),
      by: 'Heting Bank',
      warnings: [
        {
          file: 'booth.json',
          path: 'media[0].captions',
          message: 'a video without captions: deaf visitors miss it',
          severity: 'warning',
        },
        { file: '../images/b-pi-lifecycle.svg', path: '', message: 'an image of 2.1 MB: slow on phones', severity: 'warning' },
      ],
      files: [
        { path: 'booth.json', size: 4_812, type: 'application/json', sha256: 'a'.repeat(64) },
        { path: '../media/video/sim-swap.mp4', size: 3_404_221, type: 'video/mp4', sha256: 'b'.repeat(64) },
        { path: '../images/b-pi-lifecycle.svg', size: 2_202_009, type: 'image/svg+xml', sha256: 'c'.repeat(64) },
      ],
      manifest: bank.submitted,
      previewUrl: url('heting-bank-antifraud'),
      live: { version: 3, manifest: bank.live, url: url('heting-bank-antifraud') },
    },
    {
      id: 'sub-xinqiao-1',
      booth: 'xinqiao-counsellors',
      status: 'submitted',
      createdAt: day(3, 14),
      by: 'Xinqiao Counsellors',
      warnings: [],
      files: [{ path: 'booth.json', size: 3_120, type: 'application/json', sha256: 'd'.repeat(64) }],
      manifest: newcomer,
      previewUrl: url('xinqiao-counsellors'),
      live: null,
    },
  ];
  const booths: BoothSummary[] = [
    { id: 'heting-bank-antifraud', zone: 'finance', name: '鹤汀银行反诈中心', liveVersion: 3, waiting: 1 },
    { id: 'lingjing-iot-security', zone: 'iot', name: '灵境物联网安全', liveVersion: 2, waiting: 0 },
    { id: 'xinqiao-counsellors', zone: 'youth', name: '心桥心理咨询', liveVersion: null, waiting: 1 },
  ];
  const versions: Record<string, BoothVersion[]> = {
    'heting-bank-antifraud': [3, 2, 1].map((v) => ({
      version: v,
      submission: `sub-bank-${v}`,
      publishedAt: day(v === 3 ? 1 : v === 2 ? 0 : -3),
      live: v === 3,
      url: url('heting-bank-antifraud'),
    })),
    'lingjing-iot-security': [2, 1].map((v) => ({
      version: v,
      submission: `sub-iot-${v}`,
      publishedAt: day(v - 2),
      live: v === 2,
      url: url('lingjing-iot-security'),
    })),
    'xinqiao-counsellors': [],
  };
  const audit: AuditEntry[] = [
    { at: day(3, 14), actor: 'Xinqiao Counsellors', action: 'submit', target: 'xinqiao-counsellors', detail: 'sub-xinqiao-1' },
    { at: day(2), actor: 'Heting Bank', action: 'submit', target: 'heting-bank-antifraud', detail: 'sub-bank-7' },
    { at: day(1), actor: 'organiser', action: 'approve', target: 'heting-bank-antifraud', detail: 'v3' },
  ];
  // One screen healthy a minute ago, one silent since the morning with errors.
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
  const kiosks: KioskStatus[] = [
    {
      id: 'hall-a-entrance',
      version: '1.4.0',
      hallVersion: 'h-12',
      uptimeS: 3 * 3600 + 12 * 60,
      fps: 59.6,
      errors: 0,
      firstSeen: day(1),
      lastSeen: minutesAgo(1),
      address: '10.0.4.21',
      stale: false,
    },
    {
      id: 'hall-b-stage',
      version: '1.3.2',
      uptimeS: 2 * 86_400 + 5 * 3600,
      fps: 12,
      errors: 4,
      lastError: 'WebGL context lost; remounted the canvas',
      firstSeen: day(1),
      lastSeen: minutesAgo(47),
      address: '10.0.4.22',
      stale: true,
    },
  ];
  return { submissions, booths, versions, audit, kiosks };
}

export interface ApiCall {
  method: string;
  path: string;
  body: unknown;
  auth: string | null;
}

/** Answers /api/* on `page` from the fixtures; returns every call made, in order. */
export async function routeReviewApi(page: Page, base: string): Promise<ApiCall[]> {
  const calls: ApiCall[] = [];
  const f = reviewFixtures(base);
  const decided = new Set<string>();
  const body = (r: Request): unknown => {
    const text = r.postData();
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  await page.route(`${base}/api/**`, async (route) => {
    const r = route.request();
    const path = new URL(r.url()).pathname;
    const auth = r.headers().authorization ?? null;
    calls.push({ method: r.method(), path, body: body(r), auth });
    const json = (status: number, data: unknown) =>
      route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(data) });
    if (auth === `Bearer ${EXHIBITOR_TOKEN}`)
      return path === '/api/me'
        ? json(200, { role: 'exhibitor', booth: 'heting-bank-antifraud', zone: 'finance', name: 'Heting Bank', expiresAt: null })
        : json(403, { error: 'organisers only' });
    // Heartbeats need no token: kept like the service keeps them, one row per kiosk id.
    if (path === '/api/kiosks/heartbeat' && r.method() === 'POST') {
      const hb = body(r) as KioskHeartbeat;
      const at = new Date().toISOString();
      const old = f.kiosks.find((k) => k.id === hb.id);
      const row: KioskStatus = { ...hb, firstSeen: old?.firstSeen ?? at, lastSeen: at, address: '127.0.0.1', stale: false };
      f.kiosks = [...f.kiosks.filter((k) => k.id !== hb.id), row].sort((a, b) => (a.id < b.id ? -1 : 1));
      return route.fulfill({ status: 204 });
    }
    if (auth !== `Bearer ${ORGANISER_TOKEN}`) return json(401, { error: 'unknown token' });
    let m: RegExpMatchArray | null;
    if (path === '/api/me') return json(200, { role: 'organiser' });
    if (path === '/api/review')
      return json(
        200,
        f.submissions.map(({ manifest: _m, previewUrl: _p, live: _l, ...s }) => s),
      );
    if (path === '/api/booths') return json(200, f.booths);
    if (path === '/api/audit') return json(200, f.audit);
    if (path === '/api/kiosks') return json(200, f.kiosks);
    if ((m = path.match(/^\/api\/submissions\/([^/]+)$/))) {
      const s = f.submissions.find((x) => x.id === m![1]);
      return s ? json(200, s) : json(404, { error: 'no such submission' });
    }
    if ((m = path.match(/^\/api\/submissions\/([^/]+)\/(approve|reject)$/)) && r.method() === 'POST') {
      if (decided.has(m[1]!)) return json(409, { error: 'already decided' });
      const i = f.submissions.findIndex((x) => x.id === m![1]);
      if (i < 0) return json(404, { error: 'no such submission' });
      decided.add(m[1]!);
      const [s] = f.submissions.splice(i, 1);
      const booth = f.booths.find((b) => b.id === s!.booth)!;
      booth.waiting--;
      if (m[2] === 'reject') return json(200, { status: 'rejected' });
      booth.liveVersion = (booth.liveVersion ?? 0) + 1;
      return json(200, { version: booth.liveVersion });
    }
    if ((m = path.match(/^\/api\/booths\/([^/]+)\/versions$/))) return json(200, f.versions[m[1]!] ?? []);
    if ((m = path.match(/^\/api\/booths\/([^/]+)\/rollback$/)) && r.method() === 'POST') {
      const list = f.versions[m[1]!] ?? [];
      const version = (body(r) as { version: number }).version;
      if (!list.some((v) => v.version === version)) return json(404, { error: 'no such version' });
      for (const v of list) v.live = v.version === version;
      f.booths.find((b) => b.id === m![1])!.liveVersion = version;
      return json(200, { version });
    }
    return json(404, { error: `no route ${r.method()} ${path}` });
  });
  return calls;
}
