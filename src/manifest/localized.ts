export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Text a visitor reads, in Chinese and/or English; the missing one falls back to the other. */
export type Localized = { zh?: string; en?: string };

export function localize(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return text[lang] ?? text[other] ?? '';
}

/** Both languages, for search: a visitor may type either. */
export function allLanguages(text: Localized | undefined): string[] {
  if (!text) return [];
  return LANGS.map((l) => text[l]).filter((s): s is string => typeof s === 'string');
}

/** The file for the visitor's language, else the other one: parsing keeps a reference only if one is left. */
export function urlIn(src: { zh?: string; en?: string }, lang: Lang): string {
  return src[lang] ?? src[lang === 'zh' ? 'en' : 'zh'] ?? '';
}
