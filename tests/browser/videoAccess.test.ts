import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { sharedBrowser } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
// The sample's accessible video: a narrated cut per language, a sign-language version, chapters and audio descriptions.
const SIGNED = 'minghu-cyber-police';
// An exhibitor that captioned its video in Chinese only.
const ZH_ONLY = 'xinglan-procuratorate';

async function openBooth(page: Page, id: string, lang: 'zh' | 'en'): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((l) => {
    // (Not in the booth's sandboxed H5 frames, which have no storage.)
    if (window.top === window && !sessionStorage.getItem('seeded')) {
      localStorage.setItem('pavilion.lang', l);
      sessionStorage.setItem('seeded', '1');
    }
  }, lang);
  await page.goto(`${base}/?view=2d#/booth/${id}`);
  await page.waitForSelector('body[data-hall-status="ready"]', { timeout: 60_000 });
  await page.locator('.flat-booth video').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('video')!.readyState >= 1, null, { timeout: 30_000 });
  return errors;
}

const src = (page: Page) => page.evaluate(() => document.querySelector('video')!.currentSrc.split('/').pop());
const time = (page: Page) => page.evaluate(() => document.querySelector('video')!.currentTime);

describe('videos for every visitor', () => {
  it('shows an English visitor the Chinese captions when there are no others', async () => {
    const page = await browser().context.newPage();
    const errors = await openBooth(page, ZH_ONLY, 'en');
    const showing = () =>
      page.evaluate(() => Array.from(document.querySelector('video')!.textTracks, (t) => `${t.language}:${t.mode}`));
    await expect.poll(showing).toEqual(['zh:showing']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("plays the visitor's cut, follows a language switch, jumps by chapter, reads descriptions and switches to sign language", async () => {
    const page = await browser().context.newPage();
    const errors = await openBooth(page, SIGNED, 'en');
    expect(await src(page)).toBe('telecom-scam.en.mp4');

    // Chapters, named and in order; one jumps there and becomes the current one.
    const chapters = page.getByRole('navigation', { name: 'Chapters' }).getByRole('button');
    await expect.poll(() => chapters.count()).toBe(4);
    expect(await chapters.nth(1).innerText()).toContain("Police don't settle cases by phone");
    await chapters.nth(2).click();
    await expect.poll(() => time(page)).toBeGreaterThan(8.9);
    expect(await time(page)).toBeLessThan(9.5);
    await expect.poll(() => chapters.nth(2).getAttribute('aria-current')).toBe('true');

    // Audio descriptions: one track (the visitor's language) is read from a polite live region as it plays.
    await page.evaluate(() => {
      const v = document.querySelector('video')!;
      v.muted = true;
      v.currentTime = 0.5;
      return v.play();
    });
    const described = page.locator('.video-player [aria-live="polite"]');
    await expect.poll(() => described.innerText(), { timeout: 10_000 }).toContain('A dark blue title slide');
    expect(
      await page.evaluate(() =>
        Array.from(document.querySelector('video')!.textTracks, (t) => `${t.kind}:${t.language}:${t.mode}`),
      ),
    ).toEqual([
      'captions:zh:disabled',
      'captions:en:showing',
      'descriptions:zh:disabled',
      'descriptions:en:hidden',
      'chapters:zh:disabled',
      'chapters:en:hidden',
    ]);
    await page.evaluate(() => document.querySelector('video')!.pause());

    // The sign-language version goes on from the same moment, and is remembered for the next visit.
    await chapters.nth(3).click();
    await expect.poll(() => time(page)).toBeGreaterThan(14);
    const sign = page.getByRole('button', { name: 'Sign language' });
    expect(await sign.getAttribute('aria-pressed')).toBe('false');
    await sign.click();
    await expect.poll(() => src(page)).toBe('telecom-scam.sign.mp4');
    expect(await sign.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => time(page)).toBeGreaterThan(14);
    await expectNoSeriousViolations(page, 'a booth video with chapters and a sign-language switch');
    await sign.click();
    await expect.poll(() => src(page)).toBe('telecom-scam.en.mp4');

    // The language switch swaps the cut (Chinese narration) without leaving the booth.
    await page.locator('.flat-header-nav button[lang="zh"]').click();
    await expect.poll(() => src(page)).toBe('telecom-scam.zh.mp4');
    await expect
      .poll(() => page.getByRole('navigation', { name: '章节' }).getByRole('button').first().innerText())
      .toContain('开场');

    await page.getByRole('button', { name: '手语版' }).click();
    await page.reload();
    await page.locator('.flat-booth video').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => src(page)).toBe('telecom-scam.sign.mp4');
    expect(errors).toEqual([]);
    await page.close();
  });
});
