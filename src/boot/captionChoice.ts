import type { CaptionTrack, Lang } from '../manifest';

/** Whether the visitor last had captions on (the default) or turned them off: the next video follows. */
export const CAPTIONS_KEY = 'pavilion.captions';

type Track = Pick<CaptionTrack, 'lang' | 'kind'>;
type Kind = CaptionTrack['kind'];

/** The track of one of these kinds in the visitor's language, else one in the other (better than none); -1: none. */
export function trackFor(tracks: readonly Track[], lang: Lang, kinds: readonly Kind[]): number {
  const fits = (t: Track) => kinds.includes(t.kind);
  const mine = tracks.findIndex((t) => fits(t) && t.lang === lang);
  return mine >= 0 ? mine : tracks.findIndex(fits);
}

/**
 * Which text track shows when a video starts: captions or subtitles in the visitor's language,
 * else the ones there are (Chinese-only captions still help an English visitor more than none);
 * never descriptions or chapters, which are not for showing. -1: none, also when the visitor
 * turned captions off before (`wanted` false).
 */
export function defaultTrackIndex(tracks: readonly Track[], lang: Lang, wanted: boolean): number {
  return wanted ? trackFor(tracks, lang, ['captions', 'subtitles']) : -1;
}
