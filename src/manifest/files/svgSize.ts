import type { ImageSize } from './imageSize';
import { skipProlog } from './textType';

/** CSS pixels per unit; em, ex and % depend on where the image is shown, so they give no size. */
const UNITS: Record<string, number> = { '': 1, px: 1, pt: 4 / 3, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 };

function length(value: string | undefined): number | null {
  const m = value === undefined ? null : /^\s*([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || unit === undefined) return null;
  const n = Number(m[1]) * unit;
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** The root `<svg>` tag's attributes (only the first 64 KB are given: the root is near the start). */
function rootAttributes(text: string): Map<string, string> | null {
  const t = skipProlog(text);
  const m = /^<(?:[\w.-]+:)?svg((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(t);
  if (!m) return null;
  const attrs = new Map<string, string>();
  for (const a of (m[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attrs.set((a[1] ?? '').toLowerCase(), a[2] ?? a[3] ?? '');
  return attrs;
}

/** Size from `width`/`height`, completed or replaced by the `viewBox`'s proportions. */
export function svgSize(text: string): ImageSize | null {
  const attrs = rootAttributes(text);
  if (!attrs) return null;
  const vb = (attrs.get('viewbox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , vw = NaN, vh = NaN] = vb;
  const box = vb.length === 4 && vw > 0 && vh > 0 ? { width: vw, height: vh } : null;
  const w = length(attrs.get('width'));
  const h = length(attrs.get('height'));
  const round = (width: number, height: number) => ({ width: Math.round(width), height: Math.round(height) });
  if (w && h) return round(w, h);
  if (box && w) return round(w, (w * box.height) / box.width);
  if (box && h) return round((h * box.width) / box.height, h);
  return box ? round(box.width, box.height) : null;
}
