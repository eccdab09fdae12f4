/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function darken(hex: string, k: number): string {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  const c = (shift: number) =>
    Math.round(((n >> shift) & 255) * (1 - k))
      .toString(16)
      .padStart(2, '0');
  return `#${c(16)}${c(8)}${c(0)}`;
}

/**
 * A colour from a manifest (a zone's, an exhibitor's) as text on `background`: itself where it
 * reads well enough (WCAG AA, 4.5:1), else the least darkened shade of it that does. Manifest
 * colours are chosen for signs, not for small text on white.
 */
export function readableInk(color: string, background = '#ffffff', minRatio = 4.5): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return '#0f172a';
  for (let k = 0; k <= 1; k += 0.05) {
    const ink = darken(color, k);
    if (contrastRatio(ink, background) >= minRatio) return ink;
  }
  return '#000000';
}
