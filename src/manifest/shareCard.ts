import type { Lang } from './localized';
import { localize } from './localized';
import type { Booth, Hall } from './model';

export interface ShareCard {
  title: string;
  description: string;
  /** The card's picture, as the manifest resolved it: a raster image where the booth has one. */
  image: string | null;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** WeChat, Weibo and most link previews show no SVG: a card's picture must be a raster image. */
const isRaster = (url: string) => !/\.svgz?$/i.test(url.split(/[?#]/, 1)[0] ?? '');

/** The booth's best card picture: its logo if raster, else a video's poster, else a gallery picture, else the (SVG) logo. */
function cardImage(booth: Booth): string | null {
  const { logo } = booth.exhibitor;
  if (logo && isRaster(logo)) return logo;
  for (const m of booth.media) if (m.type === 'video' && m.poster && isRaster(m.poster)) return m.poster;
  for (const m of booth.media) if (m.type === 'image' && isRaster(m.src)) return m.src;
  return logo || null;
}

/** What a share card (Open Graph: WeChat, Weibo, search results) says about a page. */
export function shareCard(
  loaded: { hall: Pick<Hall, 'title' | 'welcome'>; booths: readonly Booth[] },
  boothId: string | null,
  lang: Lang,
): ShareCard {
  const hallTitle = localize(loaded.hall.title, lang);
  const booth = boothId ? loaded.booths.find((b) => b.id === boothId) : undefined;
  if (!booth) return { title: hallTitle, description: clip(localize(loaded.hall.welcome, lang), 160), image: null };
  return {
    title: `${localize(booth.exhibitor.name, lang)} · ${hallTitle}`,
    description: clip(localize(booth.exhibitor.tagline ?? booth.exhibitor.description, lang), 160),
    image: cardImage(booth),
  };
}
