import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lang } from '../manifest';
import type { PrefStorage } from './prefs';

const KEY = 'pavilion.lang';

/** Browser preference first: a visitor from abroad lands in English without hunting for a switch. */
export function initialLang(stored: string | null, languages: readonly string[]): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  for (const l of languages) {
    const low = l.toLowerCase();
    if (low.startsWith('zh')) return 'zh';
    if (low.startsWith('en')) return 'en';
  }
  return 'zh';
}

export interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** The interface language, remembered in `prefs`; `languages` are the browser's, most preferred first. */
export function createLangStore(prefs: PrefStorage, languages: readonly string[]): StoreApi<LangState> {
  return createStore<LangState>()((set) => ({
    lang: initialLang(prefs.get(KEY), languages),
    setLang: (lang) => {
      prefs.set(KEY, lang);
      set({ lang });
    },
  }));
}
