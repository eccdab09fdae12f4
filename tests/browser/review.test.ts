import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { sharedBrowser } from './helpers';
import { EXHIBITOR_TOKEN, ORGANISER_TOKEN, routeReviewApi, type ApiCall } from './reviewApi';

/**
 * The organiser's review page against a stand-in for the service (reviewApi.ts answers /api/*
 * with page.route): signing in, the queue, the diff, rejecting, approving, rolling back.
 */
const base = inject('baseUrl');
const browser = sharedBrowser();

async function signedIn(page: Page): Promise<{ calls: ApiCall[]; errors: string[] }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const calls = await routeReviewApi(page, base);
  await page.goto(`${base}/review/`);
  await page.getByLabel('主办方令牌').fill(ORGANISER_TOKEN);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.queue-list').waitFor();
  return { calls, errors };
}

const sections = (page: Page) => page.getByRole('tablist', { name: '审核页面' });
const posts = (calls: ApiCall[]) => calls.filter((c) => c.method === 'POST');

describe('the review page', () => {
  it('signs in only with an organiser token, keeps it for the tab, and signs out', async () => {
    const page = await browser().context.newPage();
    const calls = await routeReviewApi(page, base);
    await page.goto(`${base}/review/`);
    await expectNoSeriousViolations(page, 'the sign-in form');
    const token = page.getByLabel('主办方令牌');
    expect(await token.getAttribute('type')).toBe('password');
    await token.fill('wrong');
    await token.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('令牌无效或已过期');
    await token.fill(EXHIBITOR_TOKEN);
    await token.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('不属于主办方');
    await token.fill(ORGANISER_TOKEN);
    await token.press('Enter');
    await page.locator('.queue-list').waitFor();
    expect(calls.filter((c) => c.path === '/api/me').map((c) => c.auth)).toEqual([
      'Bearer wrong',
      `Bearer ${EXHIBITOR_TOKEN}`,
      `Bearer ${ORGANISER_TOKEN}`,
    ]);
    expect(await page.evaluate(() => sessionStorage.getItem('pavilion.organiserToken'))).toBe(ORGANISER_TOKEN);
    await page.reload();
    await page.locator('.queue-list').waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await token.waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('pavilion.organiserToken'))).toBeNull();
    // A token the service stops accepting mid-session (revoked, expired) signs out, saying why.
    await page.evaluate(() => sessionStorage.setItem('pavilion.organiserToken', 'revoked'));
    await page.reload();
    await page.getByText('登录已失效，请重新登录。').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('pavilion.organiserToken'))).toBeNull();
    await page.close();
  });

  it('shows the queue, a submission’s checks, files, diff and preview, and rejects with a reason', async () => {
    const page = await browser().context.newPage();
    const { calls, errors } = await signedIn(page);
    const queue = page.locator('.queue-list button');
    expect(await queue.allInnerTexts()).toEqual([
      expect.stringContaining('heting-bank-antifraud'),
      expect.stringContaining('xinqiao-counsellors'),
    ]);
    await queue.first().click();
    const sub = page.locator('article.submission');
    await sub.waitFor();
    // Checks, located; files with sizes and types.
    expect(await sub.locator('.checks li').first().innerText()).toBe(
      'booth.json: media[0].captions: a video without captions: deaf visitors miss it',
    );
    expect(await sub.locator('.review-table tbody tr').first().innerText()).toMatch(/booth\.json\s+4\.7 KB\s+application\/json/);
    // The diff: a text in both languages, a colour, media moved, removed, changed and added, a file added.
    const tagline = sub.locator('.field-changes > li', { hasText: 'exhibitor.tagline' });
    expect(await tagline.locator('del').allInnerTexts()).toEqual([
      expect.stringContaining('守好每一笔钱，拦下每一次骗'),
      expect.stringContaining('Guarding every transfer, stopping every scam'),
    ]);
    expect(await tagline.locator('ins').allInnerTexts()).toEqual([
      expect.stringContaining('识破每一个骗局'),
      expect.stringContaining('seeing through every scam'),
    ]);
    expect(await sub.locator('.field-changes > li', { hasText: 'booth.colors.accent' }).innerText()).toMatch(
      /#fbbf24[\s\S]*#f59e0b/,
    );
    const media = await sub.locator('.media-changes > li .media-line').allInnerTexts();
    expect(media.map((m) => m.split('\n')[0])).toEqual(['移动', '删除', '修改', '新增']);
    expect(await sub.locator('.file-changes').innerText()).toContain('../images/b-pi-lifecycle.svg');
    // The preview: the studio's BoothPreview draws the booth.
    await sub.locator('.booth-preview canvas').waitFor({ timeout: 30_000 });
    await expectNoSeriousViolations(page, 'a submission under review', { scroll: page.locator('.review') });

    // Reject: the reason is required, then sent.
    await sub.getByRole('button', { name: '退回', exact: true }).click();
    await sub.getByRole('button', { name: '退回给展商' }).click();
    await expect.poll(() => sub.locator('.reject-form [role="alert"]').textContent()).toContain('请填写退回原因');
    expect(posts(calls)).toEqual([]);
    await sub.getByLabel('退回原因（展商可见）').fill('视频缺少字幕，请补充后再提交。');
    await sub.getByRole('button', { name: '退回给展商' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已退回给展商：视频缺少字幕');
    expect(posts(calls)).toEqual([
      expect.objectContaining({
        path: '/api/submissions/sub-bank-7/reject',
        body: { reason: '视频缺少字幕，请补充后再提交。' },
        auth: `Bearer ${ORGANISER_TOKEN}`,
      }),
    ]);
    // The queue refreshed: only the new booth waits, and it has the focus.
    await expect.poll(() => queue.count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-queue-title');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a new booth as new, and approves after a confirmation', async () => {
    const page = await browser().context.newPage();
    const { calls, errors } = await signedIn(page);
    await page.locator('.queue-list button', { hasText: 'xinqiao-counsellors' }).click();
    const sub = page.locator('article.submission');
    await sub.getByText('此展位尚未发布过').waitFor();
    expect(await sub.locator('.field-changes > li', { hasText: 'exhibitor.name' }).innerText()).toContain('心桥校园心理支持网络');
    await sub.getByRole('button', { name: '批准并发布' }).click();
    const dialog = page.getByRole('dialog', { name: '确认批准并发布？' });
    await dialog.waitFor();
    // Cancel first: nothing is sent.
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(posts(calls)).toEqual([]);
    await sub.getByRole('button', { name: '批准并发布' }).click();
    await dialog.getByRole('button', { name: '批准并发布' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('xinqiao-counsellors: 已批准并发布，版本号 v1');
    expect(posts(calls).map((c) => c.path)).toEqual(['/api/submissions/sub-xinqiao-1/approve']);
    await expect.poll(() => page.locator('.queue-list button').count()).toBe(1);

    // Decided meanwhile elsewhere (another organiser's tab): the refusal is said, the queue refreshed.
    await page.locator('.queue-list button').first().click();
    await sub.getByRole('button', { name: '批准并发布' }).waitFor();
    await page.evaluate(
      (token) => fetch('/api/submissions/sub-bank-7/approve', { method: 'POST', headers: { Authorization: `Bearer ${token}` } }),
      ORGANISER_TOKEN,
    );
    await sub.getByRole('button', { name: '批准并发布' }).click();
    await dialog.getByRole('button', { name: '批准并发布' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('操作失败：already decided (409)');
    await page.getByText('没有等待审核的提交').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists booths and their versions, rolls back after a confirmation, and shows the audit log (by keyboard)', async () => {
    const page = await browser().context.newPage();
    const { calls, errors } = await signedIn(page);
    await sections(page)
      .getByRole('tab', { name: /待审核/ })
      .focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => sections(page).getByRole('tab', { name: '展位与版本' }).getAttribute('aria-selected')).toBe('true');
    const table = page.locator('.booths-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').first().innerText()).toMatch(
      /鹤汀银行反诈中心\s+heting-bank-antifraud\s+finance\s+v3\s+1/,
    );
    await table.getByRole('button', { name: '查看版本 heting-bank-antifraud' }).click();
    const versions = page.locator('.version-list li');
    await expect.poll(() => versions.count()).toBe(3);
    expect(await versions.first().innerText()).toContain('当前线上');
    await page.getByRole('button', { name: '回滚到 v2' }).click();
    const dialog = page.getByRole('dialog', { name: /确认回滚/ });
    await dialog.waitFor();
    await expectNoSeriousViolations(page, 'the rollback confirmation');
    await dialog.getByRole('button', { name: '回滚到 v2' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已回滚，线上版本为 v2');
    expect(posts(calls)).toEqual([
      expect.objectContaining({ path: '/api/booths/heting-bank-antifraud/rollback', body: { version: 2 } }),
    ]);
    await expect.poll(() => versions.nth(1).innerText()).toContain('当前线上');
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toMatch(/v2/);
    await expectNoSeriousViolations(page, 'the booths tab');

    await sections(page).getByRole('tab', { name: '展位与版本' }).focus();
    await page.keyboard.press('End');
    await page.locator('.review-table', { hasText: '操作者' }).waitFor();
    expect(await page.locator('.review-table tbody tr').count()).toBe(3);
    await expectNoSeriousViolations(page, 'the audit log');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the kiosk screens: last seen, health, a silent one marked in words, a new heartbeat after a refresh', async () => {
    const page = await browser().context.newPage();
    const { errors } = await signedIn(page);
    await sections(page).getByRole('tab', { name: '展位与版本' }).click();
    await sections(page).getByRole('tab', { name: '展位与版本' }).press('ArrowRight');
    await expect.poll(() => sections(page).getByRole('tab', { name: '展厅屏幕' }).getAttribute('aria-selected')).toBe('true');
    const rows = page.locator('.kiosks-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.locator('.kiosks-summary').innerText()).toBe('2 台屏幕 · 1 台失联');
    const [ok, silent] = [rows.nth(0), rows.nth(1)];
    expect(await ok.innerText()).toMatch(/hall-a-entrance\s+在线[\s\S]*1分钟前\s+1\.4\.0\s+展馆 h-12\s+3小时12分钟\s+60\s+0/);
    expect(await silent.innerText()).toMatch(
      /hall-b-stage\s+⚠\s+失联[\s\S]*47分钟前\s+1\.3\.2\s+2天5小时\s+12\s+4\s+最近错误：WebGL context lost/,
    );
    // The absolute time is in the <time> element, for a hover and for assistive technology.
    const when = silent.locator('time');
    expect(Date.parse((await when.getAttribute('datetime'))!)).toBeLessThan(Date.now() - 46 * 60_000);
    expect(await when.getAttribute('title')).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/);
    await expectNoSeriousViolations(page, 'the kiosks tab');

    // A screen starts and sends its first heartbeat (no token); Refresh shows it, in id order.
    const status = await page.evaluate(
      async (hb) =>
        (
          await fetch('/api/kiosks/heartbeat', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(hb),
          })
        ).status,
      { id: 'hall-a-cafe', version: '1.4.0', uptimeS: 42, fps: 60, errors: 0 },
    );
    expect(status).toBe(204);
    await page.getByRole('button', { name: '刷新' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).innerText()).toMatch(/hall-a-cafe\s+在线[\s\S]*现在\s+1\.4\.0\s+42秒\s+60\s+0/);
    expect(await page.locator('.kiosks-summary').innerText()).toBe('3 台屏幕 · 1 台失联');

    // In English, and on a phone: nothing wider than the screen.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => rows.nth(2).innerText()).toMatch(/hall-b-stage\s+⚠\s+Not responding[\s\S]*47 min ago[\s\S]*2 d 5 h/);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.querySelector('.review')!.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousViolations(page, 'the kiosks tab on a phone, in English');
    // The language is kept for the browser: back to Chinese for the tests that follow.
    await page.getByRole('button', { name: '切换到中文' }).click();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone: nothing wider than the screen, the submission below the queue', async () => {
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const { errors } = await signedIn(page);
    await page.locator('.queue-list button').first().click();
    await page.locator('article.submission .field-changes').first().waitFor();
    const overflow = await page.evaluate(() => {
      const root = document.querySelector('.review')!;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousViolations(page, 'the review page on a phone', { scroll: page.locator('.review') });
    await sections(page).getByRole('tab', { name: '操作记录' }).click();
    await page.locator('.audit-table').waitFor();
    expect(await page.evaluate(() => document.querySelector('.review')!.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousViolations(page, 'the audit log on a phone');
    expect(errors).toEqual([]);
    await page.close();
  });
});
