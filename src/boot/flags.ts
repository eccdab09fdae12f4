/**
 * Everything the page's URL asks for, parsed once, here. The URL is untrusted (anyone can send
 * a link): each flag accepts only its own values and ignores anything else.
 */
import { parseKiosk, type KioskSettings } from '../state/kioskSettings';

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

/** A pixel ratio within 0.25–4, or null. */
function parseDpr(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0.25 && n <= 4 ? n : null;
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
