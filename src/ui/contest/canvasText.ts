/** Text on the certificate's canvas: one family, fitted to a width, wrapped where it must be. */

export const CERT_FONT_FAMILY = '"Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export type Weight = 400 | 700;

export function font(weight: Weight, size: number): string {
  return `${weight} ${size}px ${CERT_FONT_FAMILY}`;
}

/**
 * Where a line may break: between words in Latin text, between any two characters in Chinese
 * (kept off the front of closing punctuation), so a long title of either kind wraps.
 */
function breakUnits(text: string): string[] {
  return text.match(/[A-Za-z0-9'’.,:;!?%()-]+\s*|\s+|[\s\S][，。、；：！？）》」』]*\s*/g) ?? [text];
}

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    const next = line + unit;
    if (line && ctx.measureText(next.trimEnd()).width > maxWidth) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * The largest size from `size` down to `minSize` at which `text` fits in `maxLines` lines of
 * `maxWidth`; at the smallest size, what does not fit is cut with an ellipsis (`fits` false).
 */
export function fitText(
  ctx: CanvasRenderingContext2D,
  text: string,
  {
    weight,
    size,
    minSize,
    maxWidth,
    maxLines,
  }: { weight: Weight; size: number; minSize: number; maxWidth: number; maxLines: number },
): { size: number; lines: string[]; fits: boolean } {
  for (let s = size; s >= minSize; s -= 2) {
    ctx.font = font(weight, s);
    const lines = wrap(ctx, text, maxWidth);
    if (lines.length <= maxLines) return { size: s, lines, fits: true };
  }
  ctx.font = font(weight, minSize);
  const lines = wrap(ctx, text, maxWidth).slice(0, maxLines);
  let last = lines[maxLines - 1] ?? '';
  while (last && ctx.measureText(`${last}…`).width > maxWidth) last = last.slice(0, -1);
  lines[maxLines - 1] = `${last}…`;
  return { size: minSize, lines, fits: false };
}

export interface LineStyle {
  weight: Weight;
  size: number;
  color: string;
  /** Baseline to baseline, in sizes. */
  lineGap?: number;
}

/** Draws lines centred on `x`, the first baseline at `y`; returns the baseline of the last. */
export function drawLines(
  ctx: CanvasRenderingContext2D,
  lines: readonly string[],
  x: number,
  y: number,
  style: LineStyle,
): number {
  ctx.font = font(style.weight, style.size);
  ctx.fillStyle = style.color;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  const step = style.size * (style.lineGap ?? 1.3);
  lines.forEach((line, i) => ctx.fillText(line, x, y + i * step));
  return y + (lines.length - 1) * step;
}

/** Fits `text` (see fitText) and draws it centred on `x`; returns the baseline of its last line. */
export function drawCentred(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  opts: { weight: Weight; size: number; minSize?: number; maxWidth: number; maxLines?: number; color: string; lineGap?: number },
): number {
  const { size, lines } = fitText(ctx, text, {
    weight: opts.weight,
    size: opts.size,
    minSize: opts.minSize ?? opts.size,
    maxWidth: opts.maxWidth,
    maxLines: opts.maxLines ?? 1,
  });
  return drawLines(ctx, lines, x, y, { ...opts, size });
}
