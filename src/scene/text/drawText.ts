import { SIGN_FONT_FAMILY } from './fonts';

export interface TextLine {
  text: string;
  weight: 400 | 700;
  /** Font size in px at the canvas's scale; shrunk to fit when too wide. */
  size: number;
  color: string;
}

/** Draws centred lines inside a rectangle of a 2D canvas, shrinking each to fit its width. */
export function drawTextBlock(
  ctx: CanvasRenderingContext2D,
  lines: readonly TextLine[],
  rect: { x: number; y: number; w: number; h: number },
): void {
  const gap = 0.28;
  const total = lines.reduce((s, l) => s + l.size * (1 + gap), 0) - (lines.length ? lines[lines.length - 1]!.size * gap : 0);
  const scale = total > rect.h ? rect.h / total : 1;
  let y = rect.y + (rect.h - total * scale) / 2;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const line of lines) {
    let size = line.size * scale;
    ctx.font = `${line.weight} ${size}px ${SIGN_FONT_FAMILY}`;
    const width = ctx.measureText(line.text).width;
    if (width > rect.w) {
      size *= rect.w / width;
      ctx.font = `${line.weight} ${size}px ${SIGN_FONT_FAMILY}`;
    }
    ctx.fillStyle = line.color;
    ctx.fillText(line.text, rect.x + rect.w / 2, y + (line.size * scale - size) / 2);
    y += line.size * scale * (1 + gap);
  }
}
