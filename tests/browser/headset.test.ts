import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { openPavilion, sharedBrowser, visitorPos } from './helpers';
import { pixelStats } from './pixels';
import { emulatedHeadsetScript } from './xrDevice';

const base = inject('baseUrl');
const browser = sharedBrowser();
// A security firm's booth: a panorama of its operations centre with hotspots, and two models.
const IOT = 'lingjing-iot-security';

type Vec3 = [number, number, number];

/** The emulated device's controls the test uses (iwer's XRDevice, installed by xrDevice.ts). */
interface EmulatedInput {
  position: { x: number; y: number; z: number; set(x: number, y: number, z: number): void };
  quaternion: { set(x: number, y: number, z: number, w: number): void };
  updateButtonValue(id: string, value: number): void;
  updateAxes(id: string, x: number, y: number): void;
}
interface EmulatedHand {
  position: EmulatedInput['position'];
  quaternion: EmulatedInput['quaternion'];
  updatePinchValue(value: number): void;
}
interface EmulatedDevice {
  position: { x: number; y: number; z: number };
  controllers: { left: EmulatedInput; right: EmulatedInput };
  hands: { left: EmulatedHand; right: EmulatedHand };
  primaryInputMode: 'controller' | 'hand';
}
type Input = 'controller' | 'hand';
declare global {
  interface Window {
    __xrDevice?: EmulatedDevice;
  }
}

const targets = (page: Page) => page.evaluate(() => window.__pavilion!.headset!.targets());

/** Points the right controller (or hand) at a place in the headset's space, as a hand would (from `from`, if given). */
async function aim(page: Page, at: Vec3, from?: Vec3, input: Input = 'controller'): Promise<void> {
  await page.evaluate(
    ([[x, y, z], from, input]) => {
      const d = window.__xrDevice!;
      const c = input === 'hand' ? d.hands.right : d.controllers.right;
      if (from) c.position.set(...from);
      let dx = x - c.position.x;
      let dy = y - c.position.y;
      let dz = z - c.position.z;
      const len = Math.hypot(dx, dy, dz);
      dx /= len;
      dy /= len;
      dz /= len;
      // The rotation taking the controller's forward (-Z) to the direction: the half-way quaternion.
      const cx = dy; // (0,0,-1) × d
      const cy = -dx;
      const w = 1 - dz; // 1 + (0,0,-1)·d
      const n = Math.hypot(cx, cy, 0, w) || 1;
      c.quaternion.set(cx / n, cy / n, 0, w / n);
    },
    [at, from, input] as const,
  );
}

/** A short trigger press (a frame down, then up: a click, not a hold), for the pointer under the ray. */
async function pull(page: Page, input: Input = 'controller'): Promise<void> {
  await page.evaluate(
    (input) =>
      new Promise<void>((done) => {
        const d = window.__xrDevice!;
        const press = (v: number) =>
          input === 'hand' ? d.hands.right.updatePinchValue(v) : d.controllers.right.updateButtonValue('trigger', v);
        press(1);
        // A pinch is held a moment, as fingers do; a trigger click is a frame.
        const hold = input === 'hand' ? 2 : 1;
        const wait = (then: () => void, frames: number) => {
          const start = window.__pavilion!.frames;
          const tick = () => (window.__pavilion!.frames >= start + frames ? then() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        };
        wait(() => {
          press(0);
          wait(done, hold + 2);
        }, hold);
      }),
    input,
  );
}

/** Waits for the session to draw `n` more frames: time alone says nothing on a loaded machine. */
async function frames(page: Page, n: number): Promise<void> {
  const f = await page.evaluate(() => window.__pavilion!.frames);
  await expect.poll(() => page.evaluate(() => window.__pavilion!.frames), { timeout: 15_000 }).toBeGreaterThan(f + n);
}

async function aimAndPull(page: Page, name: string, from?: (at: Vec3) => Vec3, input: Input = 'controller'): Promise<void> {
  await expect.poll(async () => Object.keys(await targets(page))).toContain(name);
  const at = (await targets(page))[name]!;
  await aim(page, at, from?.(at), input);
  // The ray on its target before the trigger is pulled, as a visitor sees the button light up.
  // (A booth does not light up: a few frames for the ray to reach it.) A hand's pointer comes a
  // moment after the hand itself.
  if (name.startsWith('booth:')) await frames(page, 2);
  else await expect.poll(() => page.evaluate(() => window.__pavilion!.headset!.hovered()), { timeout: 15_000 }).toContain(name);
  await pull(page, input);
}

const headDistance = (page: Page, at: Vec3) =>
  page.evaluate(([x, , z]) => {
    const p = window.__xrDevice!.position;
    return Math.hypot(p.x - x, p.z - z);
  }, at);

describe('the pavilion in a headset (emulated WebXR device)', () => {
  it('has no VR button where the browser offers no immersive VR', async () => {
    const page = await browser().context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await openPavilion(page, `${base}/`);
    await expect.poll(() => page.evaluate(() => document.body.dataset.headset)).toBe('unsupported');
    // The headset's code (WebXR, its input libraries) is never fetched for a visitor without one.
    expect(scripts.filter((u) => /HallHeadset|emulate/.test(u))).toEqual([]);
    expect(await page.getByRole('button', { name: '进入 VR' }).count()).toBe(0);
    expect(await page.evaluate(() => window.__pavilion!.headset)).toBeUndefined();
    await page.close();
  }, 60_000);

  it('enters VR, snap-turns, teleports to a booth, opens its panel in the world, and exits back to the page', async () => {
    const page = await browser().context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
    });
    await page.addInitScript({ content: await emulatedHeadsetScript() });
    const errors = await openPavilion(page, `${base}/`);
    const button = page.getByRole('button', { name: '进入 VR' });
    await button.waitFor();
    await expect.poll(() => page.evaluate(() => document.body.dataset.headset)).toBe('ready');
    await expectNoSeriousViolations(page, 'the hall with its VR button');
    const before = await visitorPos(page);

    await button.click();
    await page.waitForSelector('body[data-headset="presenting"]', { timeout: 20_000 });
    expect(await page.evaluate(() => window.__pavilion!.headset!.presenting())).toBe(true);
    // The session starts where the visitor stood, facing the same way.
    await expect.poll(async () => (await visitorPos(page)).x).toBeCloseTo(before.x, 1);
    const start = await visitorPos(page);
    expect(start.z).toBeCloseTo(before.z, 1);
    expect(Math.abs(Math.atan2(Math.sin(start.yaw - before.yaw), Math.cos(start.yaw - before.yaw)))).toBeLessThan(0.05);

    // The hall is drawn into the session (pixels, not just a canvas): the emulator shows the
    // session's canvas over the page.
    const shot = pixelStats(
      await page.screenshot({ path: process.env.HEADSET_SHOTS ? `${process.env.HEADSET_SHOTS}/hall.png` : undefined }),
    );
    expect(shot.distinctColors).toBeGreaterThan(32);

    // Snap turn: one push of the right stick turns 30° to the right at once, and once only.
    await page.evaluate(() => window.__xrDevice!.controllers.right.updateAxes('thumbstick', 1, 0));
    await expect.poll(async () => (await visitorPos(page)).yaw).not.toBeCloseTo(start.yaw, 2);
    await page.waitForTimeout(300);
    await page.evaluate(() => window.__xrDevice!.controllers.right.updateAxes('thumbstick', 0, 0));
    const turned = await visitorPos(page);
    const turn = Math.atan2(Math.sin(turned.yaw - start.yaw), Math.cos(turned.yaw - start.yaw));
    expect(turn * (180 / Math.PI)).toBeCloseTo(-30, 0);
    expect(Math.hypot(turned.x - start.x, turned.z - start.z)).toBeLessThan(0.01);

    // Teleport to a booth: the ray on a booth and the trigger; the visitor is there in one cut.
    const all = await targets(page);
    const [boothKey, boothAt] = Object.entries(all)
      .filter(([k]) => k.startsWith('booth:'))
      .map(([k, v]) => [k, v, Math.hypot(v[0], v[2])] as const)
      .filter(([, , d]) => d > 6)
      .sort((a, b) => a[2] - b[2])[0]!;
    const far = await headDistance(page, boothAt);
    await page.evaluate(() => {
      const w = window as unknown as { __steps: number[] };
      w.__steps = [];
      let last = { ...window.__pavilion!.visitor.pos };
      const watch = () => {
        const p = window.__pavilion!.visitor.pos;
        const step = Math.hypot(p.x - last.x, p.z - last.z);
        if (step > 0.001) w.__steps.push(step);
        last = { ...p };
        if (w.__steps.length < 50) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await aimAndPull(page, boothKey);
    const near = await (async () => {
      const at = (await targets(page))[boothKey]!;
      return headDistance(page, at);
    })();
    expect(far).toBeGreaterThan(6);
    expect(near).toBeLessThan(5);
    const steps = await page.evaluate(() => (window as unknown as { __steps: number[] }).__steps);
    // One jump, no glide: every move of more than a centimetre is the teleport itself.
    expect(steps.filter((s) => s > 0.01)).toHaveLength(1);

    // Standing at the booth, the same selection opens its panel as a board in the world.
    await aimAndPull(page, boothKey);
    await expect.poll(async () => Object.keys(await targets(page))).toContain('close');
    const items = Object.keys(await targets(page)).filter((k) => k.startsWith('item-'));
    expect(items.length).toBeGreaterThan(0);
    if (process.env.HEADSET_SHOTS) await page.screenshot({ path: `${process.env.HEADSET_SHOTS}/panel.png` });
    // The page's own panel stays closed while the visitor is in the headset.
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The frame budget holds in the session (the bench's rule: no frame over half a second), for
    // the app's own work in each frame: its updates and the render of both eyes, through the
    // teleport and the board's opening. The time between frames adds the emulator's wait for
    // SwiftShader to fill both eyes at the window's full size (iwer reads GL state back at the
    // start of every frame): it only has to keep the session going and never freeze it.
    const { ms, work } = await page.evaluate(() => ({
      ms: window.__pavilion!.headset!.frameMs(),
      work: window.__pavilion!.headset!.workMs(),
    }));
    expect(ms.length).toBeGreaterThan(20);
    expect(work.length).toBeGreaterThan(20);
    expect(Math.max(...work)).toBeLessThan(500);
    expect([...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]).toBeLessThan(250);
    expect(Math.max(...ms)).toBeLessThan(2000);
    const info = await page.evaluate(() => window.__pavilion!.renderInfo());
    // Both eyes: twice the page's 60 draw calls and 50,000 triangles at most.
    expect(info.calls).toBeLessThanOrEqual(120);
    expect(info.triangles).toBeLessThanOrEqual(100_000);

    // Exit from the menu on the left controller; the page comes back with the booth open.
    // (The menu faces up and back from the left hand: the right hand points at it from above.)
    await aimAndPull(page, 'exit', ([x, y, z]) => [x + 0.05, y + 0.23, z + 0.19]);
    await page.waitForSelector('body[data-headset="ready"]', { timeout: 10_000 });
    await page.getByRole('dialog').waitFor();
    const after = await visitorPos(page);
    expect(Math.hypot(after.x - start.x, after.z - start.z)).toBeGreaterThan(3);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
  it('steps into a booth’s panorama, whose hotspot brings out its model within reach; hands select by pinching', async () => {
    const page = await browser().context.newPage();
    await page.addInitScript({ content: await emulatedHeadsetScript() });
    const errors = await openPavilion(page, `${base}/#/booth/${IOT}`);
    // The page's panel opened by the link; closed, the visitor stands at the booth.
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: '进入 VR' }).click();
    await page.waitForSelector('body[data-headset="presenting"]', { timeout: 20_000 });

    await aimAndPull(page, `booth:${IOT}`);
    await aimAndPull(page, 'item-4'); // 走进我们的安全运营中心: the panorama
    await aimAndPull(page, 'step-inside');
    await expect.poll(async () => Object.keys(await targets(page))).toContain('back');
    // The booth's board is put away and the hall hidden: only the picture, its places and the way back.
    const inside = Object.keys(await targets(page)).filter((k) => !k.startsWith('booth:'));
    expect(inside).not.toContain('close');
    expect(inside.filter((k) => k.startsWith('hotspot-')).length).toBeGreaterThan(1);
    const shot = await page.screenshot({
      path: process.env.HEADSET_SHOTS ? `${process.env.HEADSET_SHOTS}/panorama.png` : undefined,
    });
    expect(pixelStats(shot).distinctColors).toBeGreaterThan(32);
    const calls = await page.evaluate(() => window.__pavilion!.renderInfo().calls);
    expect(calls).toBeLessThan(40);
    // The hidden hall takes no selection: a ray where the booth stood selects nothing.
    const stood = await visitorPos(page);
    await aimAndPull(page, `booth:${IOT}`);
    expect(await visitorPos(page)).toEqual(stood);
    expect(Object.keys(await targets(page))).toContain('back');

    // The hotspot that names the router opens it on the board, held out within reach.
    await aimAndPull(page, 'hotspot-1'); // 看看守护的路由器 → item 5
    await expect.poll(async () => Object.keys(await targets(page))).toContain('model');
    const model = (await targets(page)).model!;
    const head = await page.evaluate(() => {
      const p = window.__xrDevice!.position;
      return [p.x, p.y, p.z] as Vec3;
    });
    expect(Math.hypot(model[0] - head[0], model[1] - head[1], model[2] - head[2])).toBeLessThan(1);
    if (process.env.HEADSET_SHOTS) {
      await page.waitForTimeout(1500); // the board's words are painted once their glyphs are in
      await page.screenshot({ path: `${process.env.HEADSET_SHOTS}/model.png` });
    }

    // The stick pushed forward turns the ray into the teleport arc: the trigger jumps where it
    // lands. Taken away from inside a panorama, the visitor leaves the picture behind.
    await aimAndPull(page, 'more'); // the panorama is on the first page of items
    await aimAndPull(page, 'item-4');
    await aimAndPull(page, 'step-inside');
    await expect.poll(async () => Object.keys(await targets(page))).toContain('back');
    const before = await visitorPos(page);
    await page.evaluate(() => window.__xrDevice!.controllers.right.updateAxes('thumbstick', 0, -1));
    await aim(page, [4, 1.5, -0.4]); // level, along the aisle to the right: the arc falls a few metres on
    // The arc replaces the ray and finds its landing over a few frames. Bringing it out moves
    // nothing: only the trigger jumps (the library's arc replayed the last press when it appeared).
    await frames(page, 6);
    expect(await visitorPos(page)).toEqual(before);
    expect(Object.keys(await targets(page))).toContain('back');
    await pull(page);
    await expect
      .poll(async () => {
        const now = await visitorPos(page);
        return Math.hypot(now.x - before.x, now.z - before.z);
      })
      .toBeGreaterThan(2);
    // Where the arc was aimed: metres off down the aisle, not thrown aside (the arc steadies
    // after the hand however slow the frames; the library's swing overshot at a few frames a second).
    const landed = await visitorPos(page);
    const [dx, dz] = [landed.x - before.x, landed.z - before.z];
    expect(Math.hypot(dx, dz)).toBeGreaterThan(3);
    expect(Math.abs(dz)).toBeLessThan(Math.abs(dx) / 4);
    // The stick let go, the ray comes back where the arc was, and selects nothing by itself.
    await page.evaluate(() => window.__xrDevice!.controllers.right.updateAxes('thumbstick', 0, 0));
    await frames(page, 6);
    expect(await visitorPos(page)).toEqual(landed);
    await expect.poll(async () => Object.keys(await targets(page))).not.toContain('back');

    // Hands: the right hand's pinch selects what its ray meets, as the trigger does.
    await page.evaluate(() => (window.__xrDevice!.primaryInputMode = 'hand'));
    await expect.poll(() => page.evaluate(() => window.__pavilion!.headset!.hands())).toBe(2);
    await aimAndPull(page, 'close', undefined, 'hand');
    await expect.poll(async () => Object.keys(await targets(page))).not.toContain('close');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
