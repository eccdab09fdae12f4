import { z } from 'zod';
import { assetRef, httpUrl, originString } from './assetRef';
import { localizedText } from './localizedText';
import { modelItemSchema, panoramaItemSchema } from './vrSchema';
import { DEFAULT_TIME_ZONE, header, hexColor, ianaTimeZone, isoDate, localizedAssetRef, slug, videoFields } from './schemaParts';

/**
 * The single source of truth for hall and booth manifests: TypeScript types, runtime
 * validation, error messages and the published JSON Schema all come from here.
 */

export const videoItemSchema = z.strictObject({
  type: z.literal('video'),
  title: localizedText(120),
  ...videoFields,
});

export const h5ItemSchema = z.strictObject({
  type: z.literal('h5'),
  title: localizedText(120),
  src: assetRef('page'),
  orientation: z.enum(['portrait', 'landscape', 'any']).default('any'),
  description: localizedText(500).optional(),
});

export const imageRefSchema = z.strictObject({
  src: assetRef('image'),
  alt: localizedText(300),
  caption: localizedText(300).optional(),
});

export const caseStudyItemSchema = z
  .strictObject({
    type: z.literal('caseStudy'),
    title: localizedText(120),
    date: isoDate(),
    summary: localizedText(600),
    body: localizedText(40_000).optional().meta({ description: 'Markdown text' }),
    bodySrc: localizedAssetRef('markdown').optional(),
    images: z.array(imageRefSchema).max(12).default([]),
  })
  .refine((c) => (c.body === undefined) !== (c.bodySrc === undefined), {
    error: 'expected exactly one of "body" (Markdown text) and "bodySrc" (Markdown file)',
  });

export const imageItemSchema = z.strictObject({
  type: z.literal('image'),
  src: assetRef('image'),
  alt: localizedText(300),
  caption: localizedText(300).optional(),
});

export const audioItemSchema = z.strictObject({
  type: z.literal('audio'),
  title: localizedText(120),
  src: localizedAssetRef('audio'),
  transcript: localizedText(10_000).optional(),
});

export const linkItemSchema = z.strictObject({
  type: z.literal('link'),
  label: localizedText(120),
  href: httpUrl(),
});

export const MEDIA_SCHEMAS = {
  video: videoItemSchema,
  h5: h5ItemSchema,
  caseStudy: caseStudyItemSchema,
  image: imageItemSchema,
  audio: audioItemSchema,
  link: linkItemSchema,
  panorama: panoramaItemSchema,
  model: modelItemSchema,
} as const;
export type MediaType = keyof typeof MEDIA_SCHEMAS;
export const MEDIA_TYPES = Object.keys(MEDIA_SCHEMAS) as MediaType[];
/** The most media items a booth may list. */
export const MAX_MEDIA = 60;

export const mediaItemSchema = z.discriminatedUnion('type', [
  videoItemSchema,
  h5ItemSchema,
  caseStudyItemSchema,
  imageItemSchema,
  audioItemSchema,
  linkItemSchema,
  panoramaItemSchema,
  modelItemSchema,
]);

const boothCoreShape = {
  ...header,
  id: slug(),
  exhibitor: z.strictObject({
    name: localizedText(80),
    tagline: localizedText(160).optional(),
    description: localizedText(3000),
    logo: assetRef('image'),
    website: httpUrl().optional(),
    contact: z
      .strictObject({
        email: z.email({ error: 'expected an e-mail address' }).max(200).optional(),
        phone: z
          .string()
          .max(40)
          .regex(/^[0-9+()\- ]+$/, { error: 'expected a phone number' })
          .optional(),
        address: localizedText(300).optional(),
      })
      .optional(),
  }),
  booth: z.strictObject({
    size: z.enum(['S', 'M', 'L']),
    template: z.enum(['classic', 'open', 'tower']).default('classic'),
    colors: z.strictObject({ primary: hexColor(), accent: hexColor() }),
  }),
  // Visitors read and search tags: a keyword ("5G") or {"zh", "en"} like every other text.
  tags: z.array(localizedText(32)).max(16).default([]),
};

/** Full booth schema: what editors check against, and what the JSON Schema publishes. */
export const boothManifestSchema = z.strictObject({
  ...boothCoreShape,
  media: z.array(mediaItemSchema).max(MAX_MEDIA).default([]),
});

/**
 * Runtime booth schema: media items are checked one by one (see parseBooth), so one
 * broken video drops that video, not the exhibitor's whole booth.
 */
export const boothCoreSchema = z.strictObject({
  ...boothCoreShape,
  media: z.array(z.unknown()).max(MAX_MEDIA).default([]),
});

export const zoneSchema = z.strictObject({
  id: slug(),
  name: localizedText(80),
  kind: z.enum(['theme', 'stage', 'general']).default('theme'),
  themeDay: isoDate().optional(),
  color: hexColor(),
  booths: z.array(slug()).max(1000).default([]),
});

/** The guided tour a hall's curator names: booths in walking order, each with an optional caption line. */
export const tourSchema = z.strictObject({
  stops: z
    .array(
      z.strictObject({
        booth: slug(),
        narration: localizedText(300)
          .optional()
          .meta({ description: "The caption line shown (and read) at this stop; else the booth's tagline" }),
      }),
    )
    .min(1)
    .max(30),
});

export const hallManifestSchema = z
  .strictObject({
    ...header,
    id: slug(),
    title: localizedText(120),
    welcome: localizedText(1000),
    dates: z.strictObject({ start: isoDate(), end: isoDate() }),
    timeZone: ianaTimeZone()
      .default(DEFAULT_TIME_ZONE)
      .meta({ description: "The hall's clock: which theme day it is, and when days start and end" }),
    zones: z.array(zoneSchema).min(1).max(60),
    featured: z.array(slug()).max(60).default([]),
    tour: tourSchema.optional().meta({ description: 'The guided tour; without it, the featured booths and the theme-day zone' }),
    ambientAudio: assetRef('audio').optional(),
    programme: assetRef('manifest')
      .optional()
      .meta({ description: "The week's programme (theme days, sessions, contests, cloud classes): programme.json" }),
    booths: z.array(assetRef('manifest')).max(2000),
    allowedOrigins: z.array(originString()).max(100).default([]),
  })
  .superRefine((hall, ctx) => {
    if (hall.dates.end < hall.dates.start)
      ctx.addIssue({ code: 'custom', path: ['dates', 'end'], message: `expected a date on or after ${hall.dates.start}` });
    const zoneIds = new Set<string>();
    const boothZone = new Map<string, string>();
    hall.zones.forEach((zone, zi) => {
      if (zoneIds.has(zone.id))
        ctx.addIssue({ code: 'custom', path: ['zones', zi, 'id'], message: `duplicate zone id "${zone.id}"` });
      zoneIds.add(zone.id);
      if (zone.themeDay && (zone.themeDay < hall.dates.start || zone.themeDay > hall.dates.end))
        ctx.addIssue({
          code: 'custom',
          path: ['zones', zi, 'themeDay'],
          message: `expected a date within the hall's dates ${hall.dates.start}…${hall.dates.end}`,
        });
      zone.booths.forEach((id, bi) => {
        const other = boothZone.get(id);
        if (other !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['zones', zi, 'booths', bi],
            message: `booth "${id}" is already in zone "${other}"`,
          });
        else boothZone.set(id, zone.id);
      });
    });
  });

export type HallManifestInput = z.input<typeof hallManifestSchema>;
export type BoothManifestInput = z.input<typeof boothManifestSchema>;
export type RawMediaItem = z.output<typeof mediaItemSchema>;
