import type { Lang } from './localized';
import { localize } from './localized';
import type { LoadedHall } from './loadHall';

export interface ShareCard {
  title: string;
  description: string;
  /** The card's picture (the exhibitor's logo, else a video's poster), as the manifest resolved it. */
  image: string | null;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** What a share card (Open Graph: WeChat, Weibo, search results) says about a page. */
export function shareCard(loaded: LoadedHall, boothId: string | null, lang: Lang): ShareCard {
  const hallTitle = localize(loaded.hall.title, lang);
  const booth = boothId ? loaded.booths.find((b) => b.id === boothId) : undefined;
  if (!booth) return { title: hallTitle, description: clip(localize(loaded.hall.welcome, lang), 160), image: null };
  const poster = booth.media.find((m) => m.type === 'video' && m.poster);
  return {
    title: `${localize(booth.exhibitor.name, lang)} · ${hallTitle}`,
    description: clip(localize(booth.exhibitor.tagline ?? booth.exhibitor.description, lang), 160),
    image: booth.exhibitor.logo || (poster?.type === 'video' ? (poster.poster ?? null) : null),
  };
}
