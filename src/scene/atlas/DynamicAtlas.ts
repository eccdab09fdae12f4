import { DataTexture, LinearFilter, SRGBColorSpace, Vector2, type WebGLRenderer } from 'three';
import { cpuCanvas } from '../text/cpuCanvas';
import { planSlots } from './slots';

/**
 * A canvas cut into equal slots, uploaded as one texture: every booth's sign (or poster)
 * shares one material and one draw call. Slots go to the booths nearest the visitor; a
 * booth without a slot shows slot 0, kept blank.
 */
export class DynamicAtlas {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  readonly texture: DataTexture;
  readonly cols: number;
  readonly rows: number;
  /** Booth key → slot. */
  readonly holders = new Map<number, number>();
  /** Bumped on every redraw of a slot, so stale async draws can be dropped. */
  private readonly generation: number[];
  /** Slots painted since the last upload: sent as small sub-image copies, not the whole atlas. */
  private readonly dirtySlots = new Set<number>();
  /** The slot being uploaded: its pixels, read from the (CPU-side) canvas, as they are. */
  private readonly slotPixels: DataTexture;
  private allocated = false;
  private readonly at = new Vector2();

  constructor(
    readonly width: number,
    readonly height: number,
    readonly slotW: number,
    readonly slotH: number,
    blank: string,
  ) {
    ({ canvas: this.canvas, ctx: this.ctx } = cpuCanvas(width, height));
    this.cols = Math.floor(width / slotW);
    this.rows = Math.floor(height / slotH);
    this.generation = new Array<number>(this.cols * this.rows).fill(0);
    this.ctx.fillStyle = blank;
    this.ctx.fillRect(0, 0, slotW, slotH);
    this.dirtySlots.add(0);
    // Storage only: the GPU texture is allocated, never filled from the whole canvas (reading
    // back and uploading 2048² froze the first frame for over a second in software rendering).
    // Every slot, the blank one included, goes up as a sub-image copy.
    this.texture = new DataTexture(null, width, height);
    this.texture.source.dataReady = false;
    // Rows go up as the canvas has them, top row first (no flip, which would cost a CPU pass per
    // upload); uvRect() reads the slot bottom-up instead.
    this.texture.flipY = false;
    this.texture.colorSpace = SRGBColorSpace;
    // No mipmaps: rebuilding a 2048² chain after every batch of slots cost up to half a second
    // a frame in software rendering (and a hitch on phones), and slots only go to booths near
    // enough that a sign is shrunk a few times at most.
    this.texture.minFilter = LinearFilter;
    this.texture.magFilter = LinearFilter;
    this.texture.generateMipmaps = false;
    this.texture.anisotropy = 1;
    this.texture.needsUpdate = true;
    this.slotPixels = new DataTexture(null, slotW, slotH);
  }

  get slotCount(): number {
    return this.cols * this.rows;
  }

  /** Slot origin in canvas pixels. */
  slotXY(slot: number): { x: number; y: number } {
    return { x: (slot % this.cols) * this.slotW, y: Math.floor(slot / this.cols) * this.slotH };
  }

  /**
   * u, v, width, height of a slot in texture space, inset half a texel against bleeding. The
   * texture holds the canvas's rows top first, so v starts at the slot's bottom row and the
   * height is negative: the quad's top (uv.y = 1) samples the slot's top row.
   */
  uvRect(slot: number, out: number[] = []): number[] {
    const { x, y } = this.slotXY(slot);
    const ix = 0.5 / this.width;
    const iy = 0.5 / this.height;
    out[0] = x / this.width + ix;
    out[1] = (y + this.slotH) / this.height - iy;
    out[2] = this.slotW / this.width - 2 * ix;
    out[3] = -(this.slotH / this.height - 2 * iy);
    return out;
  }

  /**
   * Reassigns slots to the wanted keys (most wanted first). Returns the newly assigned
   * (key, slot) pairs, which the caller draws, and the evicted keys.
   */
  update(wanted: readonly number[]): ReturnType<typeof planSlots> {
    const plan = planSlots(wanted, this.holders, this.slotCount, 1);
    for (const e of plan.evict) {
      this.holders.delete(e.key);
      this.generation[e.slot]!++;
    }
    for (const a of plan.assign) this.holders.set(a.key, a.slot);
    return plan;
  }

  /** Draws into a slot unless it changed hands since `ticket` was taken. */
  ticket(slot: number): number {
    return ++this.generation[slot]!;
  }
  draw(
    slot: number,
    ticket: number,
    paint: (ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) => void,
  ): boolean {
    if (this.generation[slot] !== ticket) return false;
    const { x, y } = this.slotXY(slot);
    this.ctx.save();
    this.ctx.beginPath();
    this.ctx.rect(x, y, this.slotW, this.slotH);
    this.ctx.clip();
    paint(this.ctx, x, y, this.slotW, this.slotH);
    this.ctx.restore();
    this.dirtySlots.add(slot);
    return true;
  }

  /**
   * Uploads pending drawing: the changed slots, a few per call, as sub-image copies (a 2048²
   * upload costs a visible hitch on phones and software renderers). Returns the slots sent:
   * until then the GPU copy of a slot holds its old pixels.
   */
  flush(renderer: WebGLRenderer, maxSlots = 8): number[] {
    // Uploads into a lost context vanish: the slots stay queued until it is back.
    if (this.dirtySlots.size === 0 || renderer.getContext().isContextLost()) return [];
    if (!this.allocated) {
      renderer.initTexture(this.texture);
      this.allocated = true;
    }
    const slots = [...this.dirtySlots].slice(0, maxSlots);
    slots.forEach((slot) => {
      this.dirtySlots.delete(slot);
      const { x, y } = this.slotXY(slot);
      // Raw bytes: no canvas snapshot, flip or alpha conversion inside the upload.
      const { data } = this.ctx.getImageData(x, y, this.slotW, this.slotH);
      this.slotPixels.image.data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      renderer.copyTextureToTexture(this.slotPixels, this.texture, null, this.at.set(x, y));
    });
    return slots;
  }

  /**
   * After a WebGL context restore: three makes the texture again, empty (storage only), so the
   * blank slot and every slot in use are queued for upload once more from the canvas, which
   * still holds their pixels. Until a slot's upload it samples empty (black) texels.
   */
  restored(): void {
    this.allocated = false;
    const queued = [0, ...this.holders.values(), ...this.dirtySlots];
    this.dirtySlots.clear();
    for (const slot of queued) this.dirtySlots.add(slot);
  }

  /** Slots waiting for an upload. */
  get queued(): number {
    return this.dirtySlots.size;
  }

  /** Forgets every holder (e.g. on a language switch) so all slots are drawn again. */
  reset(): void {
    for (const slot of this.holders.values()) this.generation[slot]!++;
    this.holders.clear();
  }

  dispose(): void {
    this.texture.dispose();
    this.slotPixels.dispose();
    this.canvas.width = this.canvas.height = 0;
  }
}
