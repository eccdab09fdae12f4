/** Measures `text` set at `size` px (a canvas's measureText, or a fake in tests). */
export type Measure = (text: string, size: number) => number;

/**
 * Breaks `text` into lines no wider than `maxW` at `size`: between words for Latin text, between
 * any two characters for CJK (which has no spaces), never inside a Latin word unless it alone
 * is too wide.
 */
export function wrapText(text: string, size: number, maxW: number, measure: Measure): string[] {
  // Tokens: a Latin word with the space before it, or one CJK character.
  const tokens =
    text.match(/\s*[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s*[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line === '' || measure(next, size) <= maxW) line = next;
    else {
      lines.push(line);
      line = tok.trimStart();
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest size from `size` down to `minSize` at which `text` fits in `maxLines` lines of
 * `maxW`; below that a sign would be unreadable from the aisle, so at `minSize` the last line
 * ends in an ellipsis instead. A 64-character name gets two legible lines, not one shrunk line.
 */
export function fitLines(
  text: string,
  size: number,
  minSize: number,
  maxW: number,
  maxLines: number,
  measure: Measure,
): { size: number; lines: string[] } {
  // Each try 6 % smaller, the last exactly at minSize: a bounded number of tries, whatever the sizes.
  const sizes: number[] = [];
  for (let s = size; s > minSize && sizes.length < 24; s *= 0.94) sizes.push(s);
  sizes.push(minSize);
  for (const s of sizes) {
    const lines = wrapText(text, s, maxW, measure);
    if (lines.length <= maxLines && lines.every((l) => measure(l, s) <= maxW)) return { size: s, lines };
  }
  const lines = wrapText(text, minSize, maxW, measure).slice(0, maxLines);
  const last = lines.length - 1;
  let tail = lines[last] ?? '';
  while (tail.length > 0 && measure(`${tail}…`, minSize) > maxW) tail = tail.slice(0, -1);
  lines[last] = `${tail.trimEnd()}…`;
  return { size: minSize, lines };
}
