import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openPavilion, sharedBrowser, visitorPos } from './helpers';

const base = inject('baseUrl');
const browser = sharedBrowser();
const guideState = () => document.body.dataset.guide;

describe('the guided tour', () => {
  it("walks to the sample hall's first stops, shows each in its caption bar, and leaves", async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    const start = await visitorPos(page);
    await page.getByRole('button', { name: /导览参观/ }).click();
    await expect.poll(() => page.evaluate(guideState)).toBe('travelling');
    // The route the sample hall names: the info desk first, then the university lab.
    await expect.poll(() => page.evaluate(guideState), { timeout: 30_000 }).toBe('dwelling');
    const there = await visitorPos(page);
    expect(Math.hypot(there.x - start.x, there.z - start.z)).toBeGreaterThan(2);
    await expect.poll(() => page.getByTestId('guide-booth').textContent()).toBe('云展组委会服务台');
    expect(await page.evaluate(() => window.__pavilion?.guide)).toEqual({
      status: 'dwelling',
      index: 0,
      boothId: 'expo-organizing-committee',
    });
    // The stop's audio guide speaks during the dwell (the button press was the gesture sound needs).
    const voice = () => window.__pavilion?.audio().guide ?? null;
    await expect.poll(() => page.evaluate(voice), { timeout: 15_000 }).toMatch(/^tour:expo-organizing-committee@/);
    // Paused, so the 8 s dwell cannot run out while axe looks.
    await page.getByRole('button', { name: '暂停' }).click();
    await expect.poll(() => page.evaluate(guideState)).toBe('paused');
    await expectNoSeriousViolations(page, 'the guided tour bar');

    await page.getByRole('button', { name: '下一站' }).click();
    await expect.poll(() => page.evaluate(() => window.__pavilion?.guide.index)).toBe(1);
    await expect.poll(() => page.evaluate(guideState), { timeout: 30_000 }).toBe('dwelling');
    await expect.poll(() => page.getByTestId('guide-booth').textContent()).toBe('星桥大学网络空间安全实验室');

    await page.getByRole('button', { name: '退出导览' }).click();
    await expect.poll(() => page.evaluate(guideState)).toBe('off');
    await page.getByTestId('guide-bar').waitFor({ state: 'detached' });
    expect(await page.evaluate(voice)).toBeNull(); // its Howl unloaded with the tour
    // Walking by hand takes over from the guide.
    await page.getByRole('button', { name: /导览参观/ }).click();
    await expect.poll(() => page.evaluate(guideState)).toBe('travelling');
    await page.keyboard.down('KeyW');
    await expect.poll(() => page.evaluate(guideState)).toBe('off');
    await page.keyboard.up('KeyW');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
