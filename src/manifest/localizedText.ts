import { z } from 'zod';
import type { Localized } from './localized';

const LOCALIZED_HELP = 'expected a text, or an object {"zh": "…", "en": "…"} with at least one of them';

/**
 * A plain string stands for both languages (names, numbers); an object gives each language.
 * Output is always the object form, so the scene has one shape to read.
 */
export function localizedText(maxLength = 500) {
  const text = z.string().trim().min(1).max(maxLength);
  return z
    .union(
      [
        text,
        z.strictObject({ zh: text.optional(), en: text.optional() }).refine((t) => t.zh !== undefined || t.en !== undefined, {
          error: 'expected at least one of "zh" and "en"',
        }),
      ],
      { error: LOCALIZED_HELP },
    )
    .transform((t): Localized => (typeof t === 'string' ? { zh: t, en: t } : t))
    .meta({ description: 'Text in Chinese and/or English: "…" or {"zh": "…", "en": "…"}' });
}
