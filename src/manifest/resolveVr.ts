import { extensionOf } from './assetRef';
import type { Model3D, Panorama } from './model';
import type { AssetResolver } from './resolve';
import { resolveCaptions } from './resolveVideo';
import type { modelItemSchema, panoramaItemSchema } from './vrSchema';
import type { z } from 'zod';

type RawPanorama = z.output<typeof panoramaItemSchema>;
type RawModel = z.output<typeof modelItemSchema>;

const VIDEO_EXTENSIONS = new Set(['mp4', 'webm']);

/** A panorama's URLs; null (dropped) when its picture or video is refused. Hotspot links are checked with the whole booth. */
export function resolvePanorama(item: RawPanorama, at: string, res: AssetResolver): Panorama | null {
  const src = res.url(item.src, `${at}.src`);
  if (!src) return null;
  const poster = item.poster === undefined ? undefined : res.url(item.poster, `${at}.poster`);
  const { poster: _p, ...rest } = item;
  return {
    ...rest,
    src,
    format: VIDEO_EXTENSIONS.has(extensionOf(item.src)) ? 'video' : 'image',
    captions: resolveCaptions(res, item.captions, `${at}.captions`),
    ...(poster ? { poster } : {}),
  };
}

export function resolveModel(item: RawModel, at: string, res: AssetResolver): Model3D | null {
  const src = res.url(item.src, `${at}.src`);
  if (!src) return null;
  const poster = item.poster === undefined ? undefined : res.url(item.poster, `${at}.poster`);
  const { poster: _p, ...rest } = item;
  return { ...rest, src, ...(poster ? { poster } : {}) };
}
