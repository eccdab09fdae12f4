import { localize, type Booth, type Lang } from '../../manifest';
import { inkOn, mixHex } from '../colors';
import { fitFont } from '../text/fitFont';

/** What a booth's screen shows while its video sleeps: the first video's poster, or a picture. */
export function posterUrl(booth: Booth): string | null {
  for (const m of booth.media) if (m.type === 'video' && m.poster) return m.poster;
  for (const m of booth.media) if (m.type === 'image' && !m.src.endsWith('.svg')) return m.src;
  for (const m of booth.media) if (m.type === 'image') return m.src;
  return null;
}

/** Draws the poster cropped to fill (cover), or a branded card when there is none. */
export function paintPoster(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  booth: Booth,
  lang: Lang,
  img: HTMLImageElement | null,
): void {
  if (img && img.naturalWidth > 0) {
    const s = Math.max(w / img.naturalWidth, h / img.naturalHeight);
    const dw = img.naturalWidth * s;
    const dh = img.naturalHeight * s;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(x, y, w, h);
    ctx.drawImage(img, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh);
    return;
  }
  const g = ctx.createLinearGradient(x, y, x + w, y + h);
  g.addColorStop(0, booth.colors.primary);
  g.addColorStop(1, mixHex(booth.colors.primary, booth.colors.accent, 0.5));
  ctx.fillStyle = g;
  ctx.fillRect(x, y, w, h);
  const text = localize(booth.exhibitor.tagline ?? booth.exhibitor.name, lang);
  ctx.fillStyle = inkOn(booth.colors.primary);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  fitFont(ctx, text, 700, h * 0.12, w * 0.86);
  ctx.fillText(text, x + w / 2, y + h / 2);
}
