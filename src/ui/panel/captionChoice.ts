import type { Lang } from '../../manifest';

interface Track {
  lang: Lang;
  kind: 'captions' | 'subtitles' | 'descriptions' | 'chapters';
}

/**
 * Which text track shows when a video starts: captions or subtitles in the visitor's language,
 * else the ones there are (Chinese-only captions still help an English visitor more than none);
 * never descriptions or chapters, which are not for showing. -1: none, also when the visitor
 * turned captions off before (`wanted` false).
 */
export function defaultTrackIndex(tracks: readonly Track[], lang: Lang, wanted: boolean): number {
  if (!wanted) return -1;
  const shown = (t: Track) => t.kind === 'captions' || t.kind === 'subtitles';
  const mine = tracks.findIndex((t) => shown(t) && t.lang === lang);
  return mine >= 0 ? mine : tracks.findIndex(shown);
}
