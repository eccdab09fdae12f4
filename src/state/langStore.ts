import { create } from 'zustand';
import type { Lang } from '../manifest';

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

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage can be disabled (private mode, kiosk policies)
  }
}

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const useLangStore = create<LangState>()((set) => ({
  lang: typeof navigator === 'undefined' ? 'zh' : initialLang(readStored(), navigator.languages ?? [navigator.language]),
  setLang: (lang) => {
    try {
      localStorage.setItem(KEY, lang);
    } catch {
      /* not remembered, still switched */
    }
    if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    set({ lang });
  },
}));
