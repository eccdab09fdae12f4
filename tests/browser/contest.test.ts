import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openPavilion, sharedBrowser } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();

interface RawQuestion {
  prompt: { zh?: string; en?: string };
  options: { zh?: string; en?: string }[];
  correct: number[];
}
interface RawContest {
  id: string;
  questionsPerAttempt: number;
  questions: RawQuestion[];
}

/** The sample hall's first contest, read from the programme its hall.json names. */
async function sampleContest(page: Page): Promise<RawContest> {
  return page.evaluate(async () => {
    const hallUrl = new URL('/scenes/sample/hall.json', location.href);
    const hall = (await (await fetch(hallUrl)).json()) as { programme: string };
    const programme = (await (await fetch(new URL(hall.programme, hallUrl))).json()) as { contests: RawContest[] };
    return programme.contests[0]!;
  });
}

const zh = (t: { zh?: string; en?: string }) => t.zh ?? t.en ?? '';

describe('a knowledge contest', () => {
  // Enabled when the route is wired: the lead adds `#/contest/<id>`, which mounts ContestDialog.
  it('is completed by keyboard alone, shows the score and offers the certificate', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    const contest = await sampleContest(page);
    const n = Math.min(contest.questionsPerAttempt, contest.questions.length);
    await page.goto(`${base}/#/contest/${contest.id}`);
    const dialog = page.locator('dialog.contest-dialog[open]');
    await dialog.waitFor();
    await expectNoSeriousViolations(page, 'the contest intro');
    // Focus starts on Start.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('开始答题');
    await page.keyboard.press('Enter');

    for (let i = 0; i < n; i++) {
      await expect.poll(() => dialog.locator('.contest-progress').textContent()).toContain(`第 ${i + 1} 题`);
      // Focus is on the question (its legend), so Tab reaches the first option next.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('LEGEND');
      const prompt = await dialog.locator('legend').textContent();
      const q = contest.questions.find((x) => zh(x.prompt) === prompt)!;
      expect(q, `question "${prompt}" is in the bank`).toBeTruthy();
      const right = new Set(q.correct.map((c) => zh(q.options[c]!)));
      const shown = await dialog.locator('.contest-option-text').allTextContents();
      const multiple = q.correct.length > 1;
      // Answer the first question wrong, the rest right: the score is then n - 1.
      const wanted = i === 0 ? [shown.findIndex((s) => !right.has(s))] : shown.flatMap((s, k) => (right.has(s) ? [k] : []));
      if (multiple) {
        // Checkboxes: Tab from one to the next, Space to tick.
        for (let k = 0; k < shown.length; k++) {
          await page.keyboard.press('Tab');
          if (wanted.includes(k)) await page.keyboard.press('Space');
        }
      } else {
        // Radio buttons: one Tab stop, arrows move the choice.
        await page.keyboard.press('Tab');
        for (let k = 0; k < wanted[0]!; k++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Space');
      }
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('提交答案');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.locator('[role=status]').first().textContent()).toMatch(i === 0 ? /回答错误/ : /回答正确/);
      await expect(dialog.locator('.contest-explain').isVisible()).resolves.toBe(true);
      if (i === 0)
        await expectNoSeriousViolations(page, 'a checked contest question', { scroll: dialog.locator('.contest-body') });
      // Focus moved to Next: Enter goes on.
      await page.keyboard.press('Enter');
    }

    await expect.poll(() => dialog.locator('.contest-score-big').textContent()).toBe(`${n - 1} / ${n}`);
    const best = await page.evaluate((id) => localStorage.getItem(`pavilion.contest.${id}.best`), contest.id);
    expect(JSON.parse(best!)).toEqual({ correct: n - 1, total: n });
    // Tab to "Try again", then "Certificate".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const img = dialog.locator('.contest-cert img');
    await img.waitFor({ timeout: 20_000 });
    expect(await img.getAttribute('alt')).toContain(`${n - 1} / ${n}`);
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1600);
    const link = dialog.locator('.contest-cert a[download]');
    expect(await link.getAttribute('download')).toMatch(new RegExp(`^certificate-${contest.id}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    await expectNoSeriousViolations(page, 'the contest result', { scroll: dialog.locator('.contest-body') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
