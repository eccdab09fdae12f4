import { makeClock, parseNowParam, type Clock } from '../programme/clock';
import { createAudioStore } from '../state/audioStore';
import { createLangStore } from '../state/langStore';
import { memoryPrefs, type PrefStorage } from '../state/prefs';
import { createViewStore, parseViewParam } from '../state/viewStore';
import { createMotionStore } from '../state/motionStore';

/** The browser's storage, or memory where it is refused (private mode, kiosk policies). */
function browserPrefs(): PrefStorage {
  try {
    const storage = window.localStorage;
    return {
      get: (key) => {
        try {
          return storage.getItem(key);
        } catch {
          return null;
        }
      },
      set: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          /* not remembered; the choice still holds for this visit */
        }
      },
    };
  } catch {
    return memoryPrefs();
  }
}

/** The page's storage (localStorage where allowed): the tour's pavilion keeps its passport there. */
export const pagePrefs = browserPrefs();

// The build renders the 2D pavilion to HTML in Node (ui/flat/prerender): no browser there.
const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';

/** The visitor's language: one per page, whatever pavilions it shows. */
export const langStore = createLangStore(pagePrefs, inBrowser ? (navigator.languages ?? [navigator.language]) : ['zh']);
/** The visitor's sound choices: one per page. */
export const audioStore = createAudioStore(pagePrefs);

const documentLang = (lang: string) => (lang === 'zh' ? 'zh-CN' : 'en');
if (inBrowser) {
  document.documentElement.lang = documentLang(langStore.getState().lang);
  langStore.subscribe((s) => (document.documentElement.lang = documentLang(s.lang)));
}

/** The 3D hall or the 2D pavilion: one per page, `?view=` first, then the visitor's last choice. */
export const viewStore = createViewStore(
  pagePrefs,
  parseViewParam(inBrowser ? new URLSearchParams(location.search).get('view') : null),
);

/**
 * The page's clock: real time, or from `?now=<ISO 8601 instant>` on (organisers preview any
 * moment of the week; tests fix time). Read once: the URL is the page's.
 */
export const pageClock: Clock = makeClock(parseNowParam(inBrowser ? new URLSearchParams(location.search).get('now') : null));

const reduceQuery = inBrowser && typeof matchMedia !== 'undefined' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
/** Reduced motion: the visitor's HUD switch, else the system's setting, followed while the page is open. */
export const motionStore = createMotionStore(pagePrefs, reduceQuery?.matches ?? false);
reduceQuery?.addEventListener('change', (e) => motionStore.getState().setSystem(e.matches));
if (inBrowser) {
  // CSS follows the same switch: `body[data-motion="reduce"]` stills animations and transitions.
  const mark = () => (document.body.dataset.motion = motionStore.getState().reduced ? 'reduce' : 'full');
  if (document.body) mark();
  else document.addEventListener('DOMContentLoaded', mark, { once: true });
  motionStore.subscribe(mark);
}
