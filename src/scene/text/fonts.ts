/** The self-hosted family (from @fontsource/noto-sans-sc); never a system font we cannot count on. */
export const SIGN_FONT_FAMILY = '"Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * Makes sure the glyphs of `text` are downloaded before a canvas draws them: canvas text
 * does not wait for web fonts, and the CJK font comes in unicode-range slices on demand.
 */
export async function ensureGlyphs(text: string, weights: readonly number[] = [400, 700]): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await Promise.all(weights.map((w) => document.fonts.load(`${w} 32px "Noto Sans SC"`, text).catch(() => [])));
}
