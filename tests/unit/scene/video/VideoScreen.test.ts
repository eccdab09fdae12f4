import type { DataTexture } from 'three';
import { VideoTexture } from 'three';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screenTextureCount, VideoScreen } from '../../../../src/scene/video/VideoScreen';
import { PlaneMode } from '../../../../src/scene/video/videoPlanes';

/** A <video> that presents frames when the test says so. */
function fakeVideo() {
  let next = 1;
  const pending = new Map<number, () => void>();
  const el = {
    dataset: {} as Record<string, string>,
    paused: false,
    readyState: 4,
    requestVideoFrameCallback: (cb: () => void) => {
      pending.set(next, cb);
      return next++;
    },
    cancelVideoFrameCallback: (id: number) => void pending.delete(id),
  };
  const present = () => {
    const due = [...pending.values()];
    pending.clear();
    for (const cb of due) cb();
  };
  return { el, video: el as unknown as HTMLVideoElement, present, pending };
}

/** WebCodecs' VideoFrame, with a copy the test finishes (or fails) when it likes. */
function stubVideoFrame(format: string) {
  const copies: { layout: unknown; finish: () => void; fail: () => void }[] = [];
  const closed: number[] = [];
  let made = 0;
  class FakeFrame {
    readonly id = made++;
    readonly format = format;
    readonly visibleRect = { width: 640, height: 360 };
    readonly colorSpace = { matrix: 'bt709', fullRange: false };
    copyTo(_dest: Uint8Array, opts: { layout: unknown }) {
      return new Promise<void>((finish, fail) => copies.push({ layout: opts.layout, finish, fail: () => fail(new Error('x')) }));
    }
    close() {
      closed.push(this.id);
    }
  }
  vi.stubGlobal('VideoFrame', FakeFrame);
  return { copies, closed };
}

/** A screen that may use planes, on a fake video whose frames come as `format`. */
function planesScreen(format = 'NV12') {
  const frames = stubVideoFrame(format);
  const v = fakeVideo();
  return { ...frames, v, s: new VideoScreen(v.video, true) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('VideoScreen', () => {
  it('copies NV12 planes out of each frame and shows them once copied', async () => {
    const { copies, closed, v, s } = planesScreen();
    expect(s.source).toBe('planes');
    expect(v.el.dataset.screenFeed).toBe('planes');
    expect(s.update()).toBe(false);

    v.present();
    expect(copies).toHaveLength(1);
    expect(copies[0]!.layout).toEqual([
      { offset: 0, stride: 640 },
      { offset: 640 * 360, stride: 640 },
    ]);
    const u = s.material.uniforms;
    expect(u.mode.value).toBe(PlaneMode.NV12);
    const y = u.planeY.value as DataTexture;
    expect([y.image.width, y.image.height]).toEqual([640, 360]);
    expect((u.planeU.value as DataTexture).image.width).toBe(320);
    expect(s.update()).toBe(false); // still copying

    copies[0]!.finish();
    await settle();
    expect(closed).toEqual([0]);
    const version = y.version;
    expect(s.update()).toBe(true);
    expect(y.version).toBe(version + 1);
    expect(s.update()).toBe(true);
    expect(y.version).toBe(version + 1); // nothing new: not uploaded again
  });

  it('takes no new frame while one is being copied or waits to be shown', async () => {
    const { copies, v, s } = planesScreen();
    v.present();
    v.present();
    expect(copies).toHaveLength(1);
    copies[0]!.finish();
    await settle();
    v.present(); // copied but not yet shown
    expect(copies).toHaveLength(1);
    s.update();
    v.present();
    expect(copies).toHaveLength(2);
    // Same layout: the same textures, refilled.
    const y = s.material.uniforms.planeY.value;
    copies[1]!.finish();
    await settle();
    s.update();
    expect(s.material.uniforms.planeY.value).toBe(y);
  });

  it("falls back to the browser's own upload for a format the shader cannot read", () => {
    const { v, s } = planesScreen('I444');
    v.present();
    expect(s.source).toBe('direct');
    expect(v.el.dataset.screenFeed).toBe('direct');
    expect(s.material.uniforms.planeY.value).toBeInstanceOf(VideoTexture);
    expect(s.material.uniforms.mode.value).toBe(PlaneMode.RGBA);
    expect(s.update()).toBe(true);
    v.el.paused = true;
    expect(s.update()).toBe(false);
  });

  it('falls back when a copy fails, and without WebCodecs', async () => {
    const { copies, v, s } = planesScreen();
    v.present();
    copies[0]!.fail();
    await settle();
    expect(s.source).toBe('direct');

    vi.unstubAllGlobals();
    vi.stubGlobal('VideoFrame', undefined);
    expect(new VideoScreen(fakeVideo().video, true).source).toBe('direct');
    // And on a real GPU, never planes.
    stubVideoFrame('NV12');
    expect(new VideoScreen(fakeVideo().video, false).source).toBe('direct');
  });

  it('stops taking frames when disposed, even with a copy under way', async () => {
    const { copies, v, s } = planesScreen();
    v.present();
    s.dispose();
    expect(v.pending.size).toBe(0);
    copies[0]!.finish();
    await settle();
    expect(s.update()).toBe(false);
  });

  it('counts a texture on the GPU from its first upload until the screen lets it go', async () => {
    const before = screenTextureCount();
    const { copies, v, s } = planesScreen();
    v.present();
    copies[0]!.finish();
    await settle();
    s.update();
    // Planes made but not drawn yet (the screen is out of view): three has uploaded nothing.
    expect(s.textureCount).toBe(0);
    const u = s.material.uniforms;
    const y = u.planeY.value as DataTexture;
    const uv = u.planeU.value as DataTexture;
    // What three's renderer does after uploading each one.
    y.onUpdate?.(y);
    expect(s.textureCount).toBe(1);
    uv.onUpdate?.(uv);
    uv.onUpdate?.(uv); // a second frame's upload is the same texture
    expect(s.textureCount).toBe(2);
    expect(screenTextureCount()).toBe(before + 2);

    // Falling back to the browser's own upload releases the planes.
    v.present();
    copies[1]!.fail();
    await settle();
    expect(s.source).toBe('direct');
    expect(s.textureCount).toBe(0);
    const direct = u.planeY.value as VideoTexture;
    direct.onUpdate?.(direct);
    expect(s.textureCount).toBe(1);
    s.dispose();
    expect(screenTextureCount()).toBe(before);
  });
});
