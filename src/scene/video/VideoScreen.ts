import {
  DataTexture,
  LinearFilter,
  NoColorSpace,
  RedFormat,
  RGBAFormat,
  RGFormat,
  UnsignedByteType,
  VideoTexture,
  type Texture,
} from 'three';
import { MATERIALS } from '../materials/catalogue';
import { planeLayout, PlaneMode, yuvToRgb, type FrameLayout } from './videoPlanes';

/** HTMLMediaElement.HAVE_CURRENT_DATA: a frame to show. */
const HAVE_CURRENT_DATA = 2;

/**
 * A booth screen fed by a <video>: its material, kept showing the video's newest frame.
 *
 * On a real GPU the browser uploads each frame itself, GPU to GPU (`direct`). On a software
 * rasterizer (SwiftShader, llvmpipe: kiosk PCs without a GPU driver, headless Chromium) that
 * upload converts YUV to RGB on the CPU in the GPU process, 11–23 ms a frame measured here, and
 * the next readPixels or render() waits for it: walks stalled 50–120 ms about once in three.
 * There (`planes`) each frame's YUV planes are copied out of the decoder (WebCodecs `copyTo`,
 * asynchronous), uploaded as plain bytes (0.1 ms, nothing to wait for), and converted to RGB by
 * the screen's shader, only for the pixels the screen covers. A frame that cannot be copied (a
 * browser without WebCodecs, a pixel format the shader does not read) falls back to `direct`.
 */
/** The screens alive now: what they hold on the GPU changes with each one's frames, not with visits. */
const liveScreens = new Set<VideoScreen>();

/**
 * Textures the booth screens hold on the GPU now (1 fed directly, 2–3 by planes). A texture counts
 * from its first upload, as `renderer.info.memory.textures` counts it: a screen out of view has
 * made its planes but three has not uploaded them, and counting those made the soak's "textures
 * besides screens" drop below what was really there.
 */
export function screenTextureCount(): number {
  let n = 0;
  for (const s of liveScreens) n += s.textureCount;
  return n;
}

export class VideoScreen {
  readonly material = MATERIALS.videoScreen.make({});
  private mode: 'planes' | 'direct';
  private direct: VideoTexture | null = null;
  private planes: DataTexture[] = [];
  private layout: FrameLayout | null = null;
  private layoutFormat: VideoPixelFormat | null = null;
  private buffer = new Uint8Array(0);
  private matrixKey = '';
  private copying = false;
  /** A copied frame waits in `buffer` for `update()` to put it on the textures. */
  private fresh = false;
  private shown = false;
  private handle = 0;
  private disposed = false;
  private readonly uploaded = new Set<Texture>();

  constructor(
    private readonly video: HTMLVideoElement,
    usePlanes: boolean,
  ) {
    this.mode = usePlanes && typeof VideoFrame === 'function' ? 'planes' : 'direct';
    if (this.mode === 'direct') this.useDirect();
    else this.handle = video.requestVideoFrameCallback(this.onVideoFrame);
    video.dataset.screenFeed = this.mode;
    liveScreens.add(this);
  }

  get textureCount(): number {
    return this.uploaded.size;
  }

  /** How frames reach the screen now (also on the element, as `data-screen-feed`). */
  get source(): 'planes' | 'direct' {
    return this.mode;
  }

  /** Call once a frame: puts a newly copied frame on the screen. Whether the screen has a picture. */
  update(): boolean {
    if (this.mode === 'direct') return !this.video.paused && this.video.readyState >= HAVE_CURRENT_DATA;
    if (this.fresh) {
      this.fresh = false;
      for (const t of this.planes) t.needsUpdate = true;
      this.shown = true;
    }
    return this.shown;
  }

  dispose(): void {
    this.disposed = true;
    liveScreens.delete(this);
    this.video.cancelVideoFrameCallback(this.handle);
    this.direct?.dispose();
    for (const t of this.planes) t.dispose();
    this.uploaded.clear();
    this.material.dispose();
  }

  private useDirect(): void {
    this.mode = 'direct';
    // On the element, for tests and for whoever inspects a kiosk's page.
    this.video.dataset.screenFeed = 'direct';
    this.release(this.planes);
    this.planes = [];
    const t = this.track(new VideoTexture(this.video));
    // Top row first, like the planes; the shader flips, and decodes sRGB itself.
    t.flipY = false;
    t.colorSpace = NoColorSpace;
    this.direct = t;
    const u = this.material.uniforms;
    u.planeY.value = t;
    u.mode.value = PlaneMode.RGBA;
  }

  private readonly onVideoFrame = () => {
    if (this.disposed || this.mode !== 'planes') return;
    this.handle = this.video.requestVideoFrameCallback(this.onVideoFrame);
    // One copy at a time, and none over a frame not yet on the screen: frames in between are skipped.
    if (this.copying || this.fresh) return;
    let frame: VideoFrame;
    try {
      frame = new VideoFrame(this.video);
    } catch {
      // No frame to take (yet), or a video whose frames may not be read: the browser uploads it.
      this.useDirect();
      return;
    }
    const layout = this.layoutOf(frame);
    if (!layout) {
      frame.close();
      this.useDirect();
      return;
    }
    this.prepare(layout, frame.colorSpace);
    this.copying = true;
    frame
      .copyTo(this.buffer, layout.copyOptions)
      .then(
        () => {
          this.fresh = !this.disposed && this.mode === 'planes';
        },
        () => {
          if (!this.disposed) this.useDirect();
        },
      )
      .finally(() => {
        frame.close();
        this.copying = false;
      });
  };

  /** The frame's layout: the one in use while format and size stay the same (no allocation per frame). */
  private layoutOf(frame: VideoFrame): FrameLayout | null {
    const w = frame.visibleRect?.width ?? 0;
    const h = frame.visibleRect?.height ?? 0;
    const l = this.layout;
    if (l && frame.format === this.layoutFormat && l.planes[0]!.width === w && l.planes[0]!.height === h) return l;
    this.layoutFormat = frame.format;
    return planeLayout(frame.format, w, h);
  }

  /** Textures and colour conversion for a frame's layout, made again only when it changes. */
  private prepare(layout: FrameLayout, colorSpace: VideoColorSpace): void {
    const u = this.material.uniforms;
    const key = `${colorSpace.matrix}/${colorSpace.fullRange}`;
    if (key !== this.matrixKey) {
      this.matrixKey = key;
      const c = yuvToRgb(colorSpace.matrix, colorSpace.fullRange);
      u.yuvToRgb.value.fromArray(c.matrix);
      u.yuvOffset.value.fromArray(c.offset);
    }
    if (layout === this.layout) return;
    this.release(this.planes);
    this.layout = layout;
    this.buffer = new Uint8Array(layout.byteLength);
    this.planes = layout.planes.map((p) => {
      const data = this.buffer.subarray(p.offset, p.offset + p.stride * p.height);
      const format = p.channels === 1 ? RedFormat : p.channels === 2 ? RGFormat : RGBAFormat;
      const t = this.track(new DataTexture(data, p.width, p.height, format, UnsignedByteType));
      t.minFilter = LinearFilter;
      t.magFilter = LinearFilter;
      t.generateMipmaps = false;
      t.unpackAlignment = 1;
      return t;
    });
    u.mode.value = layout.mode;
    u.planeY.value = this.planes[0] ?? null;
    u.planeU.value = this.planes[1] ?? null;
    u.planeV.value = this.planes[2] ?? null;
  }

  /** Three calls `onUpdate` after each upload: from the first, the texture is on the GPU. */
  private track<T extends Texture>(t: T): T {
    t.onUpdate = () => this.uploaded.add(t);
    return t;
  }

  private release(textures: readonly Texture[]): void {
    for (const t of textures) {
      t.dispose();
      this.uploaded.delete(t);
    }
  }
}
