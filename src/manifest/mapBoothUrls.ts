import type { Booth, LocalizedUrl, MediaItem } from './model';
import { mapLocalizedUrl, mapVideoUrls } from './videoSource';

/**
 * The same booth with every resolved asset URL passed through `map`: the studio's preview shows
 * the exhibitor's local files (object URLs) where the manifest names paths beside it.
 */
export function mapBoothUrls(booth: Booth, map: (absoluteUrl: string) => string): Booth {
  const localized = (u: LocalizedUrl) => mapLocalizedUrl(u, map);
  const item = (m: MediaItem): MediaItem => {
    switch (m.type) {
      case 'video':
        return mapVideoUrls(m, map);
      case 'h5':
      case 'image':
        return { ...m, src: map(m.src) };
      case 'audio':
        return { ...m, src: localized(m.src) };
      case 'caseStudy':
        return {
          ...m,
          images: m.images.map((img) => ({ ...img, src: map(img.src) })),
          ...(m.bodySrc ? { bodySrc: localized(m.bodySrc) } : {}),
        };
      case 'link':
        return m;
      case 'panorama':
        return {
          ...m,
          src: map(m.src),
          ...(m.poster !== undefined ? { poster: map(m.poster) } : {}),
          captions: m.captions.map((c) => ({ ...c, src: map(c.src) })),
        };
      case 'model':
        return { ...m, src: map(m.src), ...(m.poster !== undefined ? { poster: map(m.poster) } : {}) };
    }
  };
  return { ...booth, exhibitor: { ...booth.exhibitor, logo: map(booth.exhibitor.logo) }, media: booth.media.map(item) };
}
