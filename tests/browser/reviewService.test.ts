import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, boothManifest, get, post, ROOT, startServer, submission, type TestServer } from '../server/support';
import { expectNoSeriousViolations } from './axe';
import { sharedBrowser } from './helpers';

/**
 * The review page served by the real service (server/, on loopback, its own data folder) with
 * the built app: submissions made over HTTP as an exhibitor's studio would, decided on the page.
 */
const browser = sharedBrowser();
let s: TestServer;

beforeAll(async () => {
  s = await startServer({ distDir: path.join(ROOT, 'dist') });
});
afterAll(async () => {
  await s?.stop();
});

async function submit(booth: string, zone: string, extra: Record<string, unknown> = {}): Promise<string> {
  const token = s.exhibitor(booth, zone);
  const r = await post(`${s.url}/api/booths/${booth}/submissions`, token, submission(boothManifest(booth, extra)));
  expect(r.status).toBe(201);
  return r.json.submission as string;
}

async function openReview(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${s.url}/review/`);
  await page.getByLabel('主办方令牌').fill(ADMIN);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('tablist', { name: '审核页面' }).waitFor();
  return problems;
}

describe('the review page on the real service', () => {
  it('reviews an edit of a live booth and a new booth: diff, preview from the content origin, reject, approve', async () => {
    const edit = await submit('seed-booth', 'campus', { tags: ['5G'] });
    const fresh = await submit('good-co', 'telecom');
    const page = await browser().context.newPage();
    const problems = await openReview(page);
    const queue = page.locator('.queue-list button');
    await expect.poll(() => queue.count()).toBe(2);
    expect(await page.getByRole('tab', { name: /待审核/ }).innerText()).toMatch(/2/);

    await queue.filter({ hasText: 'seed-booth' }).click();
    const sub = page.locator('article.submission');
    await sub.locator('.field-changes').first().waitFor();
    const name = sub.locator('.field-changes > li', { hasText: 'exhibitor.name' });
    expect(await name.locator('del').allInnerTexts()).toEqual([
      expect.stringContaining('种子展台'),
      expect.stringContaining('Seed booth'),
    ]);
    expect(await name.locator('ins').allInnerTexts()).toEqual([
      expect.stringContaining('展商 seed-booth'),
      expect.stringContaining('Exhibitor seed-booth'),
    ]);
    expect(await sub.locator('.media-changes').innerText()).toContain('一张海报');
    expect(await sub.locator('.file-changes').innerText()).toMatch(
      /新增文件\s+images\/poster\.png\s+logo\.svg\s+不再使用的文件\s+\S*seed\.svg/,
    );
    // The preview's booth is drawn from the submission's files on the content origin.
    await sub.locator('.booth-preview canvas').waitFor({ timeout: 30_000 });
    await expectNoSeriousViolations(page, 'a submission on the real service', { scroll: page.locator('.review') });

    await sub.getByRole('button', { name: '退回', exact: true }).click();
    await sub.getByLabel('退回原因（展商可见）').fill('Logo too small.');
    await sub.getByRole('button', { name: '退回给展商' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Logo too small.');
    await expect.poll(() => queue.count()).toBe(1);
    const mine = await get(`${s.url}/api/booths/seed-booth/submissions`, ADMIN);
    expect(mine.json.find((x: { id: string }) => x.id === edit)).toMatchObject({ status: 'rejected', reason: 'Logo too small.' });

    await queue.first().click();
    await sub.getByText('此展位尚未发布过').waitFor();
    await sub.getByRole('button', { name: '批准并发布' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '批准并发布' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('good-co: 已批准并发布，版本号 v1');
    await page.getByText('没有等待审核的提交').waitFor();
    const versions = await get(`${s.url}/api/booths/good-co/versions`, ADMIN);
    expect(versions.json).toEqual([expect.objectContaining({ version: 1, submission: fresh, live: true })]);
    // The service's CSP let the preview fetch from the content origin; nothing failed.
    expect(problems).toEqual([]);
    await page.close();
  });

  it('rolls a booth back to an earlier version, and shows it in the audit log', async () => {
    // Two versions of roll-co, approved over HTTP.
    for (const [i, tag] of ['v1', 'v2'].entries()) {
      const id = await submit('roll-co', 'telecom', { tags: [tag] });
      expect((await post(`${s.url}/api/submissions/${id}/approve`, ADMIN, {})).json).toEqual({ version: i + 1 });
    }
    const page = await browser().context.newPage();
    const problems = await openReview(page);
    await page.getByRole('tablist', { name: '审核页面' }).getByRole('tab', { name: '展位与版本' }).click();
    await page.getByRole('button', { name: '查看版本 roll-co' }).click();
    const rows = page.locator('.version-list li');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().innerText()).toMatch(/v2[\s\S]*当前线上/);
    await page.getByRole('button', { name: '回滚到 v1' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '回滚到 v1' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('roll-co: 已回滚，线上版本为 v1');
    await expect.poll(() => rows.nth(1).innerText()).toContain('当前线上');
    const booths = await get(`${s.url}/api/booths`, ADMIN);
    expect(booths.json.find((b: { id: string }) => b.id === 'roll-co')).toMatchObject({ liveVersion: 1 });

    await page.getByRole('tablist', { name: '审核页面' }).getByRole('tab', { name: '操作记录' }).click();
    const audit = page.locator('.audit-table tbody');
    await audit.waitFor();
    expect(await audit.innerText()).toMatch(/rollback[\s\S]*roll-co/);
    await expectNoSeriousViolations(page, 'the audit log on the real service');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists a kiosk screen after its heartbeat, with when it was last seen', async () => {
    const beat = {
      id: 'lobby-1',
      version: '1.4.0',
      uptimeS: 125,
      fps: 58.7,
      errors: 2,
      lastError: 'stalled frame loop: reloaded',
    };
    expect((await post(`${s.url}/api/kiosks/heartbeat`, null, beat)).status).toBe(204);
    const page = await browser().context.newPage();
    const problems = await openReview(page);
    await page.getByRole('tablist', { name: '审核页面' }).getByRole('tab', { name: '展厅屏幕' }).click();
    const row = page.locator('.kiosks-table tbody tr', { hasText: 'lobby-1' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(
      /lobby-1\s+在线\s+127\.0\.0\.1\s+(现在|\d+秒前)\s+1\.4\.0\s+2分钟5秒\s+59\s+2\s+最近错误：stalled frame loop/,
    );
    const listed = (await get(`${s.url}/api/kiosks`, ADMIN)).json as { id: string; lastSeen: string }[];
    expect(await row.locator('time').getAttribute('datetime')).toBe(listed.find((k) => k.id === 'lobby-1')!.lastSeen);
    await expectNoSeriousViolations(page, 'the kiosks tab on the real service');
    expect(problems).toEqual([]);
    await page.close();
  });
});
