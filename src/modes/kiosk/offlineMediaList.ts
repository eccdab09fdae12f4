import type { Booth, LoadedHall, VideoSource } from '../../manifest';
import { localizedUrlList } from '../../manifest/videoSource';
import type { Programme } from '../../manifest/programme';
import { bundleUrlBeside, isBundleUrl } from '../../manifest/bundle';

/** A video's posters and tracks are light; its cuts (both languages) and its sign-language version heavy. */
function addVideo(v: VideoSource, light: string[], heavy: string[]): void {
  if (v.poster) light.push(v.poster);
  light.push(...v.captions.map((c) => c.src));
  heavy.push(...localizedUrlList(v.src, '').map((u) => u.url));
  if (v.signLanguage) heavy.push(v.signLanguage);
}

/** A booth's files, split by weight: what a screen shows at a glance, and what plays. */
function boothFiles(b: Booth): { light: string[]; heavy: string[] } {
  const light = [b.exhibitor.logo];
  const heavy: string[] = [];
  for (const m of b.media)
    switch (m.type) {
      case 'video':
        addVideo(m, light, heavy);
        break;
      case 'image':
        light.push(m.src);
        break;
      case 'caseStudy':
        if (m.bodySrc?.zh) light.push(m.bodySrc.zh);
        if (m.bodySrc?.en) light.push(m.bodySrc.en);
        light.push(...m.images.map((i) => i.src));
        break;
      case 'audio':
        if (m.src.zh) heavy.push(m.src.zh);
        if (m.src.en) heavy.push(m.src.en);
        break;
      // An H5 page runs in a sandboxed frame no service worker controls: caching it would serve
      // nobody (the panel says so when offline). Links leave the pavilion.
      case 'h5':
      case 'link':
        break;
      case 'panorama':
      case 'model':
        if (m.poster) light.push(m.poster);
        if (m.type === 'panorama') light.push(...m.captions.map((c) => c.src));
        heavy.push(m.src);
        break;
    }
  return { light, heavy };
}

/** The programme's files: posters, captions and article pictures light; replays and class videos heavy. A live stream is never cached. */
function programmeFiles(p: Programme): { light: string[]; heavy: string[] } {
  const light: string[] = [];
  const heavy: string[] = [];
  for (const s of p.sessions) {
    if (s.poster) light.push(s.poster);
    if (s.replay) addVideo(s.replay, light, heavy);
  }
  for (const pl of p.classes)
    for (const item of pl.items)
      if (item.type === 'video') addVideo(item, light, heavy);
      else if (item.image) light.push(item.image.src);
  return { light, heavy };
}

/**
 * The media a kiosk keeps for offline use, most wanted first: featured booths before the rest
 * (in the hall's order), and every booth's logo, posters, images, captions and texts before any
 * video or audio, so a small budget still leaves every booth presentable; the programme's
 * (when loaded) after the booths'. Stable for one hall.
 */
export function offlineMediaList(loaded: LoadedHall, programme: Programme | null = null): string[] {
  const featured = new Set(loaded.hall.featured);
  const booths = [...loaded.booths.filter((b) => featured.has(b.id)), ...loaded.booths.filter((b) => !featured.has(b.id))];
  const files = [...booths.map(boothFiles), ...(programme ? [programmeFiles(programme)] : [])];
  const all = [...files.flatMap((f) => f.light), ...files.flatMap((f) => f.heavy)];
  if (loaded.hall.ambientAudio) all.push(loaded.hall.ambientAudio);
  return [...new Set(all.filter((u) => /^https?:\/\//.test(u)))];
}

/**
 * The hall's own documents: its bundle, or its manifest with the bundle beside it and each
 * booth's manifest; and its programme.
 */
export function hallDocuments(hallUrl: string, loaded: LoadedHall): string[] {
  const programme = loaded.hall.programmeUrl ? [loaded.hall.programmeUrl] : [];
  if (isBundleUrl(hallUrl)) return [hallUrl, ...programme];
  const beside = bundleUrlBeside(hallUrl);
  return [hallUrl, ...(beside ? [beside] : []), ...loaded.hall.boothUrls, ...programme];
}
