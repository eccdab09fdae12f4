import type { Lang } from '../manifest';
import { isPassportCodeText, passportHash } from '../programme/passportCode';
import { BOOTH_ID, VISIT_MAX_IDS } from './route';

/**
 * What a kiosk's QR codes say. A kiosk never leaves the pavilion: an outside page, an H5 page
 * and the visitor's own visit go to their phone instead, as a URL in a QR code. Pure, so every
 * untrusted input (exhibitors' links, the visitor's list) is checked by unit tests.
 */

/** Longest text a QR code is made for: beyond it the modules get too small to scan from a screen. */
export const QR_MAX_CHARS = 1200;

/** An absolute http(s) URL without credentials, short enough for a QR code; else null. */
function httpUrl(raw: string): URL | null {
  // Control characters and spaces are how `java\tscript:` gets past a parser; refuse them outright.
  // eslint-disable-next-line no-control-regex
  if (typeof raw !== 'string' || /[\u0000-\u0020\u007f\\]/.test(raw)) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) return null;
  return u.href.length <= QR_MAX_CHARS ? u : null;
}

/** An outside link (an exhibitor's site, a link item, a link in a case study): http(s) only. */
export function outsideLinkPayload(href: string): string | null {
  return httpUrl(href)?.href ?? null;
}

/**
 * An H5 page, as the booth frames it: its URL with the visitor's `lang` (H5Frame's h5Url), so
 * the page opens on the phone in the language the visitor chose. A local file (blob:) has no
 * address a phone could open: null.
 */
export function h5Payload(src: string, lang: Lang): string | null {
  const u = httpUrl(src);
  if (!u) return null;
  u.searchParams.set('lang', lang);
  return u.href.length <= QR_MAX_CHARS ? u.href : null;
}

/** What a kiosk hands to a visitor's phone; later issues add fields (the passport's stamps). */
export interface VisitHandoff {
  /** Booths whose panel the visitor opened, first visit first. */
  visited: readonly string[];
}

/** Where the pavilion is for a phone: the site's origin and the hall the kiosk shows. */
export interface PavilionSite {
  /** The app's public origin, e.g. `https://expo.example.com`. */
  origin: string;
  /** The kiosk's `?hall=` as written, or null for the site's own hall. */
  hall: string | null;
}

/** The tour's page on the site (never the kiosk's `/kiosk/` page), with the kiosk's hall. */
function tourPageUrl(site: PavilionSite): string | null {
  const origin = httpUrl(site.origin);
  if (!origin) return null;
  const hall = site.hall === null ? '' : `?hall=${encodeURIComponent(site.hall)}`;
  return `${origin.origin}/${hall}`;
}

/** The ids a hand-off to this page carries: well-formed, each once, the most recent that fit. */
function fittingIds(visited: readonly string[], prefix: string): string[] {
  const ids = [...new Set(visited.filter((id) => BOOTH_ID.test(id)))].slice(-VISIT_MAX_IDS);
  while (ids.length > 0 && prefix.length + ids.join(',').length > QR_MAX_CHARS) ids.shift();
  return ids;
}

/**
 * The visit hand-off: `<origin>/#/visit/<id>,<id>` (route.ts reads it on the phone). When there
 * are too many booths for a scannable code, the most recent ones. Room to grow: a later field
 * rides after the ids as `?name=value` in the hash, which today's parser accepts and ignores.
 * Null when there is nothing to hand off.
 */
export function visitPayload(visit: VisitHandoff, site: PavilionSite): string | null {
  const page = tourPageUrl(site);
  if (!page) return null;
  const prefix = `${page}#/visit/`;
  const ids = fittingIds(visit.visited, prefix);
  return ids.length > 0 ? prefix + ids.join(',') : null;
}

/** The booths a visit hand-off carries, in order (what its dialog lists beside the code). */
export function visitPayloadIds(visit: VisitHandoff, site: PavilionSite): string[] {
  const page = tourPageUrl(site);
  return page ? fittingIds(visit.visited, `${page}#/visit/`) : [];
}

/**
 * A passport carried to a phone: `<origin>/?hall=…#/passport/<code>` (programme/passportCode.ts
 * makes and checks the code). Null where the site has no usable address or the code is not one.
 */
export function passportPayload(code: string, site: PavilionSite): string | null {
  const page = tourPageUrl(site);
  if (!page || !isPassportCodeText(code)) return null;
  const url = page + passportHash(code);
  return url.length <= QR_MAX_CHARS ? url : null;
}

/** A URL as short text for beneath a QR code: no scheme, no trailing slash, long middles elided. */
export function shortUrlText(url: string, max = 60): string {
  const text = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.6);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}

/** A link a visitor activated, as a kiosk's guard sees it. */
export interface LinkActivation {
  /** The link's `href` as written (resolved against `here`). */
  href: string;
  /** Its `target` attribute, or ''. */
  target: string;
  download: boolean;
  /** Ctrl, ⌘, Shift or a middle click: the browser would open a new tab or window. */
  newTabGesture: boolean;
}

/**
 * Whether following a link would take a kiosk away from this document: anything but a
 * same-document link (only the hash differs, e.g. `#/booth/x`) opened in place.
 */
export function linkLeavesPage(link: LinkActivation, here: string): boolean {
  if (link.download || link.newTabGesture) return true;
  if (!['', '_self', '_top', '_parent'].includes(link.target.trim().toLowerCase())) return true;
  let to: URL;
  let from: URL;
  try {
    from = new URL(here);
    to = new URL(link.href, from);
  } catch {
    return true;
  }
  to.hash = '';
  from.hash = '';
  return to.href !== from.href;
}
