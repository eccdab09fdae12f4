import { localize, type Booth, type Lang } from '../../manifest';
import { inkOn } from '../colors';
import { fitFont } from '../text/fitFont';
import { fitLines } from '../text/fitLines';
import { SIGN_FONT_FAMILY } from '../text/fonts';

/**
 * A booth's header sign: logo on a white tile, then the exhibitor's name in the visitor's
 * language, large, and in the other language below it.
 */
export function paintSign(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  booth: Booth,
  lang: Lang,
  logo: HTMLImageElement | null,
): void {
  const bg = booth.colors.primary;
  const ink = inkOn(bg);
  ctx.fillStyle = bg;
  ctx.fillRect(x, y, w, h);
  ctx.fillStyle = booth.colors.accent;
  ctx.fillRect(x, y + h - h * 0.06, w, h * 0.06);
  const pad = h * 0.1;
  const tile = h - pad * 2 - h * 0.06;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(x + pad, y + pad, tile, tile, tile * 0.12);
  ctx.fill();
  if (logo) {
    const inset = tile * 0.1;
    ctx.drawImage(logo, x + pad + inset, y + pad + inset, tile - inset * 2, tile - inset * 2);
  }
  const textX = x + pad * 2 + tile;
  const maxW = w - (textX - x) - pad;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const main = localize(booth.exhibitor.name, lang);
  const sub = localize(booth.exhibitor.name, other);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = ink;
  const measure = (weight: number) => (text: string, size: number) => {
    ctx.font = `${weight} ${size}px ${SIGN_FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
  // A name too long for one legible line takes two (and the sign drops its other language).
  const oneLine = measure(700)(main, h * 0.24) <= maxW;
  if (!oneLine) {
    const { size, lines } = fitLines(main, h * 0.3, h * 0.2, maxW, 2, measure(700));
    ctx.font = `700 ${size}px ${SIGN_FONT_FAMILY}`;
    const lead = size * 1.18;
    const top = y + (h - h * 0.06) / 2 - (lead * (lines.length - 1)) / 2 + size * 0.36;
    lines.forEach((line, i) => ctx.fillText(line, textX, top + i * lead));
  } else if (sub && sub !== main) {
    fitFont(ctx, main, 700, h * 0.36, maxW);
    ctx.fillText(main, textX, y + h * 0.5);
    ctx.globalAlpha = 0.85;
    fitFont(ctx, sub, 400, h * 0.2, maxW);
    ctx.fillText(sub, textX, y + h * 0.8);
    ctx.globalAlpha = 1;
  } else {
    fitFont(ctx, main, 700, h * 0.4, maxW);
    ctx.fillText(main, textX, y + h * 0.64);
  }
}
