import type { CaptionTrack, LocalizedUrl, VideoSource } from './model';
import type { AssetResolver } from './resolve';

/** Resolves a one-file-or-one-per-language reference; null when no language is left. */
export function localizedUrls(ref: string | { zh?: string; en?: string }, path: string, res: AssetResolver): LocalizedUrl | null {
  if (typeof ref === 'string') {
    const url = res.url(ref, path);
    return url ? { zh: url, en: url } : null;
  }
  const out: LocalizedUrl = {};
  for (const lang of ['zh', 'en'] as const) {
    const r = ref[lang];
    const url = r === undefined ? undefined : res.url(r, `${path}.${lang}`);
    if (url) out[lang] = url;
  }
  return out.zh || out.en ? out : null;
}

export function resolveCaptions(res: AssetResolver, list: readonly CaptionTrack[], path: string): CaptionTrack[] {
  return list.flatMap((c, i) => {
    const src = res.url(c.src, `${path}[${i}].src`);
    return src ? [{ ...c, src }] : [];
  });
}

interface RawVideo {
  src: string | { zh?: string; en?: string };
  poster?: string;
  captions: readonly CaptionTrack[];
  signLanguage?: string;
}

/**
 * Every URL of a video, wherever it is (booth, cloud class, replay): null when no cut is left.
 * A refused poster, track or sign-language version drops only itself, with its problem.
 */
export function resolveVideoSource(raw: RawVideo, at: string, res: AssetResolver): VideoSource | null {
  const src = localizedUrls(raw.src, `${at}.src`, res);
  if (!src) return null;
  const poster = raw.poster === undefined ? undefined : res.url(raw.poster, `${at}.poster`);
  const signLanguage = raw.signLanguage === undefined ? undefined : res.url(raw.signLanguage, `${at}.signLanguage`);
  return {
    src,
    captions: resolveCaptions(res, raw.captions, `${at}.captions`),
    ...(poster ? { poster } : {}),
    ...(signLanguage ? { signLanguage } : {}),
  };
}
