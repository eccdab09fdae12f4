import type { Booth } from './model';
import { localizedUrlList, videoUrlList } from './videoSource';

/** Every URL a booth's media may load, with where it came from; for checks and prefetching. */
export function boothAssetUrls(booth: Booth): { url: string; path: string }[] {
  const out: { url: string; path: string }[] = [{ url: booth.exhibitor.logo, path: 'exhibitor.logo' }];
  booth.media.forEach((m, i) => {
    const at = `media[${i}]`;
    switch (m.type) {
      case 'video':
        out.push(...videoUrlList(m, at));
        break;
      case 'h5':
      case 'image':
        out.push({ url: m.src, path: `${at}.src` });
        break;
      case 'audio':
        out.push(...localizedUrlList(m.src, `${at}.src`));
        break;
      case 'caseStudy':
        if (m.bodySrc?.zh) out.push({ url: m.bodySrc.zh, path: `${at}.bodySrc.zh` });
        if (m.bodySrc?.en && m.bodySrc.en !== m.bodySrc.zh) out.push({ url: m.bodySrc.en, path: `${at}.bodySrc.en` });
        m.images.forEach((img, j) => out.push({ url: img.src, path: `${at}.images[${j}].src` }));
        break;
      case 'link':
        break;
      case 'panorama':
      case 'model':
        out.push({ url: m.src, path: `${at}.src` });
        if (m.poster) out.push({ url: m.poster, path: `${at}.poster` });
        if (m.type === 'panorama') m.captions.forEach((c, j) => out.push({ url: c.src, path: `${at}.captions[${j}].src` }));
        break;
    }
  });
  return out;
}
