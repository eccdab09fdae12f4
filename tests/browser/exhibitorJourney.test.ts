import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, ROOT, startServer, type TestServer } from '../server/support';
import { openPavilion, sharedBrowser } from './helpers';

/**
 * The whole way in, through the pages only, on the real service: an exhibitor writes a booth in
 * the studio and submits it, the organiser approves it on the review page, and a visitor finds
 * it standing in the pavilion.
 */
const browser = sharedBrowser();
let s: TestServer;
beforeAll(async () => {
  s = await startServer({ distDir: path.join(ROOT, 'dist') });
}, 60_000);
afterAll(async () => {
  await s?.stop();
});

describe('an exhibitor’s booth, from the studio to the pavilion', () => {
  it('is written and submitted in the studio, reaches the review page, and once approved stands in the hall', async () => {
    const errors: string[] = [];
    const token = s.exhibitor('journey-co', 'telecom');

    // The studio: sign in, start from the minimal template, name the booth, submit.
    const studio = await browser().context.newPage();
    studio.on('pageerror', (e) => errors.push(e.message));
    // The starter names a video the exhibitor has not added yet: the preview must not fetch it by its stand-in URL.
    studio.on('console', (m) => /Content Security Policy/.test(m.text()) && errors.push(m.text()));
    await studio.goto(`${s.url}/studio/`);
    const tokenBox = studio.getByLabel(/展商令牌|Exhibitor token/);
    await tokenBox.fill(token);
    await tokenBox.press('Enter');
    await studio.getByText(/已登录|Signed in/).waitFor();
    await studio.getByRole('button', { name: /极简|Minimal/ }).click();
    await studio.getByText(/没有问题|No problems/).waitFor();
    expect(await studio.locator('#fld-id').inputValue()).toBe('journey-co');
    await studio.locator('#fld-exhibitor-name-zh').fill('旅程安全');
    await studio.locator('#fld-exhibitor-name-en').fill('Journey Security');
    await studio.getByRole('button', { name: /^(提交审核|Submit for review)$/ }).click();
    await studio.getByText(/已提交，等待审核|Submitted: waiting for review/).waitFor({ timeout: 60_000 });

    // The review page: the submission waits in the queue; approve it.
    const review = await browser().context.newPage();
    review.on('pageerror', (e) => errors.push(e.message));
    await review.goto(`${s.url}/review/`);
    await review.getByLabel(/主办方令牌|Organiser token/).fill(ADMIN);
    await review.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
    const entry = review.locator('.queue-list button', { hasText: 'journey-co' });
    await entry.waitFor({ timeout: 30_000 });
    await entry.click();
    await review.locator('article.submission').getByRole('button', { name: '批准并发布' }).click();
    await review.getByRole('dialog').getByRole('button', { name: '批准并发布' }).click();
    await expect.poll(() => review.getByRole('status').textContent()).toContain('journey-co: 已批准并发布，版本号 v1');

    // The exhibitor's list says approved, version 1.
    await studio.reload();
    await studio.locator('.submission-list .status.approved').waitFor({ timeout: 40_000 });

    // The pavilion: the booth stands in the live hall; its panel opens with its name.
    const visitor = await browser().context.newPage();
    const pageErrors = await openPavilion(visitor, `${s.url}/`);
    await visitor.evaluate(() => (location.hash = '#/booth/journey-co'));
    await visitor.getByRole('dialog').getByRole('heading', { name: '旅程安全' }).waitFor({ timeout: 30_000 });
    expect(pageErrors).toEqual([]);
    expect(errors).toEqual([]);
    for (const p of [studio, review, visitor]) await p.close();
  }, 180_000);
});
