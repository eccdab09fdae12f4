import { z } from 'zod';
import { assetRef } from './assetRef';
import { localizedText } from './localizedText';
import { captionTrackSchema } from './schemaParts';

/** A labelled point in a panorama; `item` links it to another media item of the booth (its index in `media`). */
export const hotspotSchema = z.strictObject({
  yaw: z.number().min(-180).max(180).meta({ description: 'Degrees from the picture’s centre, positive to the right' }),
  pitch: z.number().min(-90).max(90).meta({ description: 'Degrees above (positive) or below the horizon' }),
  label: localizedText(80),
  item: z.int().min(0).optional().meta({ description: 'The index in this booth’s "media" of the item the hotspot opens' }),
});

/** A 360° equirectangular picture or video (2:1): the panel opens it in a viewer. */
export const panoramaItemSchema = z.strictObject({
  type: z.literal('panorama'),
  title: localizedText(120),
  description: localizedText(500).optional(),
  src: assetRef('panorama'),
  poster: assetRef('image').optional().meta({ description: 'Shown while it loads; a video panorama’s first frame' }),
  captions: z.array(captionTrackSchema).max(6).default([]).meta({ description: 'For a video panorama' }),
  initialYaw: z.number().min(-180).max(180).default(0).meta({ description: 'Where the viewer looks first, in degrees' }),
  hotspots: z.array(hotspotSchema).max(24).default([]),
});

/** A product or place as a 3D model (glTF 2.0 binary). */
export const modelItemSchema = z.strictObject({
  type: z.literal('model'),
  title: localizedText(120),
  description: localizedText(500).optional(),
  src: assetRef('model'),
  poster: assetRef('image').optional().meta({ description: 'Shown while the model loads, and in the hall beyond its range' }),
  scale: z
    .number()
    .gt(0)
    .max(1000)
    .default(1)
    .meta({ description: 'Multiplies the model’s own size (glTF is in metres): 1 shows it as it is' }),
  inHall: z
    .enum(['counter', 'plinth'])
    .optional()
    .meta({ description: 'Also stand it in the hall, on the booth’s counter or on a plinth before it (one model per booth)' }),
});
