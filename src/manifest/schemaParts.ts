import { z } from 'zod';
import { assetRef } from './assetRef';

/** Field rules every manifest (hall, booth, programme) shares. */

export const SCHEMA_VERSION = 1;

/** An id as manifests spell it (booths, zones, sessions): what a page path such as `/booth/<id>/` may hold. */
export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export const slug = () =>
  z
    .string()
    .max(64)
    .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, {
      error: 'expected a slug: lowercase letters, digits and "-", e.g. "qingyun-security"',
    });
export const hexColor = () => z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour such as "#1d4ed8"' });
export const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
      error: 'expected a real calendar date',
    });
export const header = {
  $schema: z.string().max(2048).optional().meta({ description: 'Path to this JSON Schema, for editors' }),
  schemaVersion: z.literal(SCHEMA_VERSION),
};

export const captionTrackSchema = z.strictObject({
  lang: z.enum(['zh', 'en']),
  src: assetRef('captions'),
  label: z.string().max(40).optional(),
  /** WebVTT's kinds: `descriptions` are read out to screen-reader users, `chapters` name the parts. */
  kind: z.enum(['captions', 'subtitles', 'descriptions', 'chapters']).default('captions'),
});

/** One file for both languages (`"a.md"`), or one per language (`{"zh": "a.zh.md", "en": "a.en.md"}`). */
export const localizedAssetRef = (kind: 'markdown' | 'audio' | 'video') =>
  z.union(
    [
      assetRef(kind),
      z
        .strictObject({ zh: assetRef(kind).optional(), en: assetRef(kind).optional() })
        .refine((r) => r.zh !== undefined || r.en !== undefined, { error: 'expected at least one of "zh" and "en"' }),
    ],
    { error: `expected a ${kind} file path, or {"zh": "…", "en": "…"} with one per language` },
  );

/**
 * What every video (a booth's, a cloud class's, a talk's replay) may carry: a cut per spoken
 * language, its text tracks, and the same video with a sign-language interpreter.
 */
export const videoFields = {
  src: localizedAssetRef('video'),
  poster: assetRef('image').optional(),
  captions: z.array(captionTrackSchema).max(6).default([]),
  signLanguage: assetRef('video')
    .optional()
    .meta({ description: 'The same video with a sign-language interpreter in the picture; the player offers it as a switch' }),
};

/** The hall's clock unless its manifest names another: the publicity week is China's. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** An IANA time zone the browser knows, e.g. "Asia/Shanghai". */
export const ianaTimeZone = () =>
  z
    .string()
    .max(64)
    .refine(
      (tz) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      },
      { error: 'expected an IANA time zone such as "Asia/Shanghai"' },
    )
    .meta({ description: 'IANA time zone name' });
