import type { Booth, LoadedHall } from '../../manifest';
import { bundleUrlBeside, isBundleUrl } from '../../manifest/bundle';

/** A booth's files, split by weight: what a screen shows at a glance, and what plays. */
function boothFiles(b: Booth): { light: string[]; heavy: string[] } {
  const light = [b.exhibitor.logo];
  const heavy: string[] = [];
  for (const m of b.media)
    switch (m.type) {
      case 'video':
        if (m.poster) light.push(m.poster);
        light.push(...m.captions.map((c) => c.src));
        heavy.push(m.src);
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
    }
  return { light, heavy };
}

/**
 * The media a kiosk keeps for offline use, most wanted first: featured booths before the rest
 * (in the hall's order), and every booth's logo, posters, images, captions and texts before any
 * video or audio, so a small budget still leaves every booth presentable. Stable for one hall.
 */
export function offlineMediaList(loaded: LoadedHall): string[] {
  const featured = new Set(loaded.hall.featured);
  const booths = [...loaded.booths.filter((b) => featured.has(b.id)), ...loaded.booths.filter((b) => !featured.has(b.id))];
  const files = booths.map(boothFiles);
  const all = [...files.flatMap((f) => f.light), ...files.flatMap((f) => f.heavy)];
  if (loaded.hall.ambientAudio) all.push(loaded.hall.ambientAudio);
  return [...new Set(all.filter((u) => /^https?:\/\//.test(u)))];
}

/** The hall's own documents: its bundle, or its manifest with the bundle beside it and each booth's manifest. */
export function hallDocuments(hallUrl: string, loaded: LoadedHall): string[] {
  if (isBundleUrl(hallUrl)) return [hallUrl];
  const beside = bundleUrlBeside(hallUrl);
  return [hallUrl, ...(beside ? [beside] : []), ...loaded.hall.boothUrls];
}
