import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, startServer, type TestServer } from '../server/support';
import { expectNoSeriousViolations } from './axe';
import { expectRendered, sharedBrowser } from './helpers';
import { pixelStats } from './pixels';

const browser = sharedBrowser();
let s: TestServer;
beforeAll(async () => {
  // The real service, serving the build the browser project's global set-up has just made.
  s = await startServer({ distDir: fileURLToPath(new URL('../../dist', import.meta.url)) });
}, 60_000);
afterAll(async () => {
  await s.stop();
});

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0f766e"/></svg>';

/** A noisy PNG big enough (over 4 MB) to go through the resumable (tus) upload. */
function bigPng(): Buffer {
  const png = new PNG({ width: 1100, height: 1100 });
  for (let i = 0; i < png.data.length; i++) png.data[i] = (i * 2654435761) >>> 24;
  return PNG.sync.write(png, { deflateLevel: 0 });
}

/** Three errors: an id that is no slug, a website that is no http(s) URL, a colour that is no hex. */
const BROKEN = {
  schemaVersion: 1,
  id: 'Studio Co',
  exhibitor: {
    name: { zh: '工作室测试展商', en: 'Studio test exhibitor' },
    description: { zh: '我们的展台。', en: 'Our booth.' },
    logo: 'logo.svg',
    website: 'ftp://studio.example.com',
  },
  booth: { size: 'M', template: 'classic', colors: { primary: 'teal', accent: '#f97316' } },
  media: [{ type: 'image', src: 'images/big.png', alt: { zh: '海报', en: 'Poster' } }],
};

async function problemAt(page: Page, id: string): Promise<string> {
  const input = page.locator(`#${id}`);
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const described = (await input.getAttribute('aria-describedby'))!.split(' ');
  return (await Promise.all(described.map((d) => page.locator(`#${d}`).textContent()))).join(' ');
}

describe('the booth studio', () => {
  it('signs in, shows each error of an imported booth at its field, previews it once fixed, submits it, and previews the stored submission', async () => {
    const page = await browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${s.url}/studio/`);

    // A wrong token is refused in plain words; the right one signs in.
    const tokenBox = page.getByLabel(/展商令牌|Exhibitor token/);
    await tokenBox.fill('exh_not_a_real_token_000000000000');
    await tokenBox.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/令牌无效|wrong or has expired/);
    const token = s.exhibitor('studio-co', 'telecom');
    await tokenBox.fill(token);
    await tokenBox.press('Enter');
    await page.getByText(/已登录|Signed in/).waitFor();

    // Import the broken booth through the folder input.
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'studio-')), 'broken-booth');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'booth.json'), JSON.stringify(BROKEN));
    writeFileSync(path.join(folder, 'logo.svg'), LOGO);
    writeFileSync(path.join(folder, 'big.png'), bigPng());
    await page.locator('[data-testid="import-folder"]').setInputFiles(folder);
    await page.getByText(/已导入|Imported/).waitFor();
    // big.png came without its folder: the image's path names a file the exhibitor has not added.
    expect(await problemAt(page, 'fld-media-0-src')).toMatch(/not among your files/);
    await page.locator('#fld-media-0-src').fill('big.png');

    expect(await problemAt(page, 'fld-id')).toMatch(/slug/);
    expect(await problemAt(page, 'fld-exhibitor-website')).toMatch(/absolute http\(s\) URL/);
    expect(await problemAt(page, 'fld-booth-colors-primary')).toMatch(/colour/);
    await page.getByText(/修正 3 个问题|Fix 3 problems/).waitFor();
    expect(await page.locator('.preview-stage canvas').count()).toBe(0);
    await expectNoSeriousViolations(page, 'studio with errors');

    // Fixed through the form, the booth is drawn by the pavilion's scene.
    await page.locator('#fld-id').fill('studio-co');
    await page.locator('#fld-exhibitor-website').fill('https://studio.example.com');
    await page.locator('#fld-booth-colors-primary').fill('#0f766e');
    await page.getByText(/没有问题|No problems/).waitFor();
    const canvas = page.locator('.preview-stage canvas');
    await canvas.waitFor({ timeout: 30_000 });
    // The preview leaves the page's read-only window alone.
    expect(await page.evaluate(() => window.__pavilion)).toBeUndefined();
    await expect
      .poll(async () => pixelStats(await canvas.screenshot()).distinctColors, { timeout: 40_000, interval: 1000 })
      .toBeGreaterThan(64);
    expectRendered(pixelStats(await canvas.screenshot()));
    await expectNoSeriousViolations(page, 'studio with the preview');

    // Submitted: the big file through tus, the rest in the multipart body; listed as submitted.
    const tus: string[] = [];
    page.on('request', (r) => r.url().includes('/api/uploads') && tus.push(r.method()));
    // The connection drops during the big file's first PATCH: the upload resumes (HEAD, then PATCH), not restarts.
    let dropped = false;
    await page.route(/\/api\/uploads/, (route) => {
      if (dropped || route.request().method() !== 'PATCH') return route.continue();
      dropped = true;
      return route.abort('connectionreset');
    });
    await page.getByRole('button', { name: /^(提交审核|Submit for review)$/ }).click();
    await page.getByText(/已提交，等待审核|Submitted: waiting for review/).waitFor({ timeout: 60_000 });
    expect(dropped).toBe(true);
    expect(tus.filter((m) => m === 'POST')).toHaveLength(1);
    expect(tus).toContain('HEAD');
    expect(tus.filter((m) => m === 'PATCH').length).toBeGreaterThanOrEqual(2);
    await page.locator('.submission-list .status.submitted').waitFor();
    const listed = await get(`${s.url}/api/booths/studio-co/submissions`, token);
    expect(listed.json[0].files.map((f: { path: string }) => f.path).sort()).toEqual(['big.png', 'logo.svg']);

    // The submission as the service stored it, in the same preview: its files from the content origin.
    await page.getByRole('button', { name: /预览此版本|Preview this one/ }).click();
    await page.getByText(/正在显示|Showing the submission/).waitFor();
    await page.getByRole('button', { name: /打开展位面板|Open the booth panel/ }).click();
    const logo = page.getByRole('dialog').locator('img.logo');
    await expect.poll(() => logo.getAttribute('src'), { timeout: 30_000 }).toMatch(new RegExp(`^${s.contentOrigin}/`));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /回到我的草稿|Back to my draft/ }).click();
    await page.getByText(/正在显示|Showing the submission/).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('keeps the form and the JSON view in sync, marks problems in the JSON, reorders media by keyboard, opens the preview’s panel, imports a dropped zip, keeps the draft over a reload, exports a zip', async () => {
    const page = await browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${s.url}/studio/`);
    await page.getByRole('button', { name: /案例展示|Case studies/ }).click();
    await page.getByText(/没有问题|No problems/).waitFor();

    // Media reordered with the keyboard: item 2 (the link) moves up.
    const heads = () => page.locator('.media-item h3').allTextContents();
    expect((await heads())[1]).toMatch(/链接|Link/);
    await page.getByRole('button', { name: /下移第 1 项|Move item 1 down/ }).focus();
    await page.keyboard.press('Enter');
    expect((await heads())[0]).toMatch(/链接|Link/);
    // Focus follows the moved item (its "up" button: it is last now, "down" is disabled).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('media-1-up');

    // A form edit shows in the JSON, and its problem is marked there at its path.
    await page.locator('#fld-exhibitor-website').fill('ftp://nowhere');
    await page.getByRole('tab', { name: 'JSON' }).click();
    const editor = page.locator('.json-editor .cm-content');
    await editor.waitFor({ timeout: 30_000 });
    await expect.poll(() => editor.textContent()).toContain('ftp://nowhere');
    const marked = page.locator('.cm-lintRange-error');
    await expect.poll(() => marked.first().textContent(), { timeout: 10_000 }).toBe('"ftp://nowhere"');

    // An edit in the JSON shows in the form.
    await marked.first().click();
    await page.keyboard.press('End');
    for (let i = 0; i < '"ftp://nowhere",'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('"https://ok.example.com",');
    await page.getByText(/没有问题|No problems/).waitFor();
    await page.getByRole('tab', { name: /表单|Form/ }).click();
    expect(await page.locator('#fld-exhibitor-website').inputValue()).toBe('https://ok.example.com');

    // Completion from the schema: a size's values.
    await page.getByRole('tab', { name: 'JSON' }).click();
    await editor.waitFor();
    await page.locator('.cm-line', { hasText: '"size": "L"' }).click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'L",'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete li').allTextContents()).toEqual(['"S"', '"M"', '"L"']);
    await page.keyboard.press('Escape');

    // The preview's booth panel: the pavilion's own, with the case study written in the form.
    await page.getByRole('button', { name: /打开展位面板|Open the booth panel/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: '我的展台' }).waitFor({ timeout: 30_000 });
    await dialog.getByRole('tab', { name: /案例|Case studies/ }).click();
    await dialog.getByRole('heading', { name: /背景|Background/ }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // A zip dropped on the studio is imported: its booth JSON found, its files kept by path.
    const zip = zipSync({
      'dropped/booth.json': strToU8(
        JSON.stringify({
          ...BROKEN,
          id: 'dropped-co',
          booth: { ...BROKEN.booth, colors: { primary: '#123456', accent: '#f97316' } },
        }),
      ),
      'dropped/logo.svg': strToU8(LOGO),
    });
    await page.locator('.drop-zone').evaluate(
      (zone, bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], 'dropped.zip', { type: 'application/zip' }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [...zip],
    );
    await page.getByText(/已导入 dropped\/booth.json|Imported dropped\/booth.json/).waitFor();
    await page.getByRole('tab', { name: /表单|Form/ }).click();
    expect(await page.locator('#fld-id').inputValue()).toBe('dropped-co');
    expect(await page.locator('#fld-exhibitor-logo-status').textContent()).toMatch(/已添加|added/);

    // The draft is kept in the browser: a reload brings it back, files and all.
    await page.waitForTimeout(1500);
    await page.reload();
    await page.locator('#fld-id').waitFor();
    expect(await page.locator('#fld-id').inputValue()).toBe('dropped-co');
    expect(await page.locator('#fld-exhibitor-logo-status').textContent()).toMatch(/已添加|added/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出 zip|Export as zip/ }).click();
    expect((await download).suggestedFilename()).toBe('dropped-co.zip');

    // A model added in the form: where it stands in the hall is a choice; "not in the hall" leaves the key out.
    await page.locator('#media-add-type').selectOption('model');
    await page.locator('.media-add button').click();
    const inHall = page.getByLabel(/在展馆中展示|In the hall/);
    await inHall.selectOption('counter');
    // The JSON view draws only the lines in sight: its end, where the new item is.
    const jsonEnd = async () => {
      await page.getByRole('tab', { name: 'JSON' }).click();
      await page.locator('.json-editor .cm-content').click();
      await page.keyboard.press('Control+End');
      return page.locator('.json-editor .cm-content');
    };
    await expect.poll(async () => (await jsonEnd()).textContent()).toContain('"inHall": "counter"');
    await page.getByRole('tab', { name: /表单|Form/ }).click();
    await inHall.selectOption('');
    await expect.poll(async () => (await jsonEnd()).textContent()).toContain('model.glb');
    expect(await (await jsonEnd()).textContent()).not.toContain('inHall');
    await expectNoSeriousViolations(page, 'studio JSON view');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('fits a phone: the form above the preview, nothing wider than the screen; a refusal located at its fields; signing out forgets the token', async () => {
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${s.url}/studio/`);
    const token = s.exhibitor('phone-co', 'telecom');
    await page.getByLabel(/展商令牌|Exhibitor token/).fill(token);
    await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
    await page.getByText(/已登录|Signed in/).waitFor();
    // Signed in, a template takes the booth's id from the token.
    await page.getByRole('button', { name: /极简|Minimal/ }).click();
    expect(await page.locator('#fld-id').inputValue()).toBe('phone-co');

    // A refusal's problems are listed at their paths (the service refused it: here, a stand-in 422).
    await page.route(/\/api\/booths\/phone-co\/submissions$/, (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 422,
            contentType: 'application/json',
            body: JSON.stringify({
              error: 'the booth has errors',
              problems: [{ file: 'manifest', path: 'exhibitor.name', message: 'expected a non-empty text, got ""' }],
            }),
          })
        : route.continue(),
    );
    await page.getByRole('button', { name: /^(提交审核|Submit for review)$/ }).click();
    await page.getByText(/提交被拒绝|The submission was refused/).waitFor();
    await page
      .locator('.submit .problem-list')
      .getByRole('button', { name: /exhibitor\.name/ })
      .click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fld-exhibitor-name-zh');
    await page.getByRole('button', { name: /添加|Add/ }).click();
    await page.locator('.preview-stage canvas').waitFor({ timeout: 30_000 });
    const form = await page.locator('.booth-form').boundingBox();
    const preview = await page.locator('.studio-preview').boundingBox();
    expect(preview!.y).toBeGreaterThan(form!.y + form!.height - 1);
    expect(await page.evaluate(() => document.querySelector('.studio')!.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousViolations(page, 'the studio on a phone', { scroll: page.locator('.studio') });

    await page.getByRole('button', { name: /退出登录|Sign out/ }).click();
    await page.getByLabel(/展商令牌|Exhibitor token/).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
