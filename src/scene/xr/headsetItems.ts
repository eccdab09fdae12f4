import { localize, type Lang, type MediaItem } from '../../manifest';
import { t } from '../../i18n/strings';

/** An item's name on its button in the headset. */
export function itemLabel(item: MediaItem, lang: Lang): string {
  switch (item.type) {
    case 'image':
      return localize(item.caption, lang) || localize(item.alt, lang);
    case 'link':
      return localize(item.label, lang);
    default:
      return localize(item.title, lang);
  }
}

/** The words the board shows beside an item. */
export function itemWords(item: MediaItem, lang: Lang): string {
  switch (item.type) {
    case 'image':
      return localize(item.alt, lang);
    case 'audio':
      return localize(item.transcript, lang);
    case 'caseStudy':
      return localize(item.summary, lang);
    case 'h5':
      return `${localize(item.description, lang)}  ${t('headsetOnPage', lang)}`.trim();
    case 'link':
      return t('headsetOnPage', lang);
    case 'model':
      return `${localize(item.description, lang)}  ${t('headsetTurnModel', lang)}`.trim();
    case 'panorama':
      return localize(item.description, lang);
    case 'video':
      return '';
  }
}

/** Whether the item shows a picture in the board's screen (video, picture, a poster). */
export function hasScreen(item: MediaItem): boolean {
  return item.type === 'video' || item.type === 'image' || ((item.type === 'panorama' || item.type === 'model') && !!item.poster);
}
