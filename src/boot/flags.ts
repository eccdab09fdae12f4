/**
 * Everything the page's URL asks for, parsed once, here. The URL is untrusted (anyone can send
 * a link): each flag accepts only its own values and ignores anything else.
 */
export type Mode = 'tour' | 'studio' | 'review' | 'kiosk';

export interface PageFlags {
  /** Which app the page is: the tour, the booth studio (`/studio/`), the organiser's review (`/review/`) or a kiosk (`?mode=kiosk`, `/kiosk/`). */
  mode: Mode;
  /** `?hall=`: the hall manifest to open, as written (boot/hallUrl checks it). */
  hall: string | null;
  /** `?dpr=1.5` pins the pixel ratio (screenshots, a kiosk whose hardware is known). */
  dpr: number | null;
  /** `?nowebgl`: behave as a browser without WebGL (tests the fallback). */
  noWebgl: boolean;
  /** `?bench=walk`: the bench drives a fixed walk (`npm run bench`); never set for visitors. */
  benchWalk: boolean;
  /** `?variant=ref`: the bench's straightforward reference build instead of our booths. */
  reference: boolean;
  /** A kiosk's settings (`?mode=kiosk`, `/kiosk/`); null on every other page. */
  kiosk: KioskSettings | null;
}

/** How a kiosk screen behaves, from its URL (the screen's start command sets them once). */
export interface KioskSettings {
  /** `?kiosk=`: names the screen in heartbeats and the organiser's list. */
  id: string;
  /** `?idle=`: seconds without input before "Still there?" (5–3600, default 60). */
  idleSeconds: number;
  /** `?prompt=`: seconds the "Still there?" countdown runs before the reset (5–120, default 15). */
  promptSeconds: number;
  /** `?lang=`: the language a reset returns to (default zh). */
  lang: 'zh' | 'en';
  /** `?reload=`: an hour (0–23, the screen's local time) for a nightly reload, or null. */
  reloadHour: number | null;
  /** `?cache=`: megabytes of booth media kept for offline use (0–20000, default 2048). */
  cacheMb: number;
}

/** A pixel ratio within 0.25–4, or null. */
function parseDpr(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0.25 && n <= 4 ? n : null;
}

/** An integer within [min, max], or the fallback. */
function intIn(raw: string | null, min: number, max: number, fallback: number): number {
  if (raw === null || !/^\d{1,6}$/.test(raw.trim())) return fallback;
  const n = Number(raw);
  return n >= min && n <= max ? n : fallback;
}

export function parseKiosk(q: URLSearchParams): KioskSettings {
  const id = q.get('kiosk') ?? '';
  const reload = intIn(q.get('reload'), 0, 23, -1);
  return {
    id: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id) ? id : 'kiosk',
    idleSeconds: intIn(q.get('idle'), 5, 3600, 60),
    promptSeconds: intIn(q.get('prompt'), 5, 120, 15),
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    reloadHour: reload < 0 ? null : reload,
    cacheMb: intIn(q.get('cache'), 0, 20000, 2048),
  };
}

function parseMode(param: string | null, pathname: string): Mode {
  if (/^\/studio(\/|$)/.test(pathname)) return 'studio';
  if (/^\/review(\/|$)/.test(pathname)) return 'review';
  if (/^\/kiosk(\/|$)/.test(pathname) || param === 'kiosk') return 'kiosk';
  return 'tour';
}

export function parseFlags(search: string, pathname = '/'): PageFlags {
  const q = new URLSearchParams(search);
  const mode = parseMode(q.get('mode'), pathname);
  return {
    mode,
    hall: q.get('hall'),
    dpr: parseDpr(q.get('dpr')),
    noWebgl: q.has('nowebgl'),
    benchWalk: q.get('bench') === 'walk',
    reference: q.get('variant') === 'ref',
    kiosk: mode === 'kiosk' ? parseKiosk(q) : null,
  };
}

/** This page's flags. */
export const pageFlags: PageFlags =
  typeof location === 'undefined' ? parseFlags('') : parseFlags(location.search, location.pathname);
