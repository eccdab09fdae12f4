import { describe, expect, inject, it } from 'vitest';
import { openPavilion, sharedBrowser, visitorPos } from './helpers';

const base = inject('baseUrl');

const browser = sharedBrowser();

describe('booths in the 3D view', () => {
  // The layout and the entrance view are deterministic: at (120, 420) of a 1280×800 view stands
  // the front wall of the first booth on the left. Booth bodies are baked meshes whose hits are
  // mapped back to their booth; a miss would land on the floor, which leads to no booth.
  it('walks to the booth clicked, and faces it', async () => {
    const page = await browser().context.newPage();
    const errors = await openPavilion(page, `${base}/`);
    const start = await visitorPos(page);
    await page.mouse.click(120, 420);
    await page.waitForFunction(() => location.hash === '#/at/jiayuan-parents-safety', null, { timeout: 30_000 });
    await expect.poll(() => page.getByTestId('nearest-booth').textContent(), { timeout: 30_000 }).toBe('家园家长网络安全促进会');
    const end = await visitorPos(page);
    expect(Math.hypot(end.x - start.x, end.z - start.z)).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
