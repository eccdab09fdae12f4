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

/** The sizes to try, largest first: each 6 % smaller, the last exactly `minSize`; at most 25, whatever the sizes. */
function sizesDown(size: number, minSize: number): number[] {
  const sizes: number[] = [];
  for (let s = size; s > minSize && sizes.length < 24; s *= 0.94) sizes.push(s);
  sizes.push(minSize);
  return sizes;
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
  for (const s of sizesDown(size, minSize)) {
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

/**
 * Like `fitLines`, but for a list of short instructions ("Trigger: select · Stick: turn"): lines
 * break only between phrases, so no instruction is cut in two. Falls back to `fitLines` when even
 * the smallest size cannot keep every phrase whole within `maxLines`.
 */
export function fitPhrases(
  phrases: readonly string[],
  sep: string,
  size: number,
  minSize: number,
  maxW: number,
  maxLines: number,
  measure: Measure,
): { size: number; lines: string[] } {
  const pack = (s: number): string[] | null => {
    const lines: string[] = [];
    for (const p of phrases) {
      const last = lines.length - 1;
      const joined = last >= 0 ? `${lines[last]}${sep}${p}` : p;
      if (last >= 0 && measure(joined, s) <= maxW) lines[last] = joined;
      else if (measure(p, s) <= maxW) lines.push(p);
      else return null;
    }
    return lines.length <= maxLines ? lines : null;
  };
  for (const s of sizesDown(size, minSize)) {
    const lines = pack(s);
    if (lines) return { size: s, lines };
  }
  return fitLines(phrases.join(sep), size, minSize, maxW, maxLines, measure);
}
