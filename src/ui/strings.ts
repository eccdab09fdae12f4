import type { Lang } from '../manifest';

/** Interface texts; manifest texts come localized from the manifests themselves. */
const STRINGS = {
  loading: { zh: '正在布置展馆…', en: 'Setting up the pavilion…' },
  loadingBooths: { zh: '展位清单', en: 'Booth manifests' },
  hallError: { zh: '展馆无法打开', en: 'The pavilion could not be opened' },
  booths: { zh: '展位', en: 'Booths' },
  unavailable: { zh: '暂不可用', en: 'unavailable' },
  unavailableBooths: { zh: '个展位暂不可用', en: 'booth(s) unavailable' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: 'Switch to English', en: '切换到中文' },
  noWebgl: {
    zh: '您的浏览器无法显示 3D 展馆（WebGL 不可用）。您仍可通过展位目录浏览全部内容。',
    en: 'Your browser cannot show the 3D pavilion (WebGL is unavailable). You can still browse every booth from the directory.',
  },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}
