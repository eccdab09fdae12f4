import { urlIn } from './localized';
import type { LocalizedUrl, VideoSource } from './model';

interface Located {
  url: string;
  path: string;
}

/** A per-language reference's URLs, once each: one file for both is named by its own path. */
export function localizedUrlList(u: LocalizedUrl, path: string): Located[] {
  if (u.zh !== undefined && u.zh === u.en) return [{ url: u.zh, path }];
  return (['zh', 'en'] as const).flatMap((l) => (u[l] === undefined ? [] : [{ url: u[l], path: `${path}.${l}` }]));
}

/** Every URL a video may load (its cuts, poster, tracks, sign-language version), with where it came from. */
export function videoUrlList(v: VideoSource, at: string): Located[] {
  return [
    ...localizedUrlList(v.src, `${at}.src`),
    ...(v.poster ? [{ url: v.poster, path: `${at}.poster` }] : []),
    ...v.captions.map((c, j) => ({ url: c.src, path: `${at}.captions[${j}].src` })),
    ...(v.signLanguage ? [{ url: v.signLanguage, path: `${at}.signLanguage` }] : []),
  ];
}

export function mapLocalizedUrl(u: LocalizedUrl, map: (url: string) => string): LocalizedUrl {
  return {
    ...(u.zh !== undefined ? { zh: map(u.zh) } : {}),
    ...(u.en !== undefined ? { en: map(u.en) } : {}),
  };
}

/** The same video with every URL passed through `map` (the studio's preview of local files). */
export function mapVideoUrls<V extends VideoSource>(v: V, map: (url: string) => string): V {
  return {
    ...v,
    src: mapLocalizedUrl(v.src, map),
    ...(v.poster !== undefined ? { poster: map(v.poster) } : {}),
    captions: v.captions.map((c) => ({ ...c, src: map(c.src) })),
    ...(v.signLanguage !== undefined ? { signLanguage: map(v.signLanguage) } : {}),
  };
}

/** A React key for one video (its first cut): another video is another player, so no track outlives its video. */
export function videoKey(v: VideoSource): string {
  return urlIn(v.src, 'zh');
}
