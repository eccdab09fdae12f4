// The sample as one bundle (written by the build, made on the fly in dev): one request, not 40.
export const DEFAULT_HALL_PATH = '/scenes/sample/hall.bundle.json';

export type HallUrlResult =
  | { ok: true; url: string }
  /** `origin` when the only fault is a site not (yet) on the allowlist. */
  | { ok: false; message: string; origin?: string };

/**
 * The hall a page opens when its URL names none: the service names its live hall in
 * `<meta name="pavilion-hall">` (server/appPages.ts); a path on this site only, else the sample.
 */
export function defaultHallPath(meta: string | null | undefined): string {
  return meta && /^\/(?!\/)[\w./-]{1,200}$/.test(meta) && !meta.includes('..') ? meta : DEFAULT_HALL_PATH;
}

/** Where a deployment lists, without a rebuild, the other sites whose halls it may open. */
export const SITE_CONFIG_PATH = '/pavilion.config.json';

/**
 * The hall origins of the site's config file (`{"hallOrigins": ["https://…"]}`). The file is
 * the host's, but read defensively: anything that is not an http(s) origin is ignored.
 */
export function hallOriginsFromConfig(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const list = typeof value === 'object' && value !== null ? (value as { hallOrigins?: unknown }).hallOrigins : undefined;
  if (!Array.isArray(list)) return [];
  return list.slice(0, 100).filter((o): o is string => {
    if (typeof o !== 'string') return false;
    try {
      const u = new URL(o);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === o;
    } catch {
      return false;
    }
  });
}

/**
 * Picks the hall to open from `?hall=` (`param`, null when absent). The parameter is untrusted (anyone can send a
 * link), so only http(s) URLs on this site or on an allowed origin (the build's, or the
 * site's config file) are opened: a link must not be able to dress a stranger's hall in our
 * pavilion.
 */
export function hallUrlFrom(
  param: string | null,
  pageUrl: string,
  extraOrigins: readonly string[] = [],
  defaultPath: string = DEFAULT_HALL_PATH,
): HallUrlResult {
  if (param === null || param.trim() === '') return { ok: true, url: new URL(defaultPath, pageUrl).href };
  if (param.length > 2048 || /[\s\\]/.test(param) || param.startsWith('//'))
    return {
      ok: false,
      message: `?hall=: expected an http(s) URL or a path of a hall manifest, got ${JSON.stringify(param.slice(0, 80))}`,
    };
  let url: URL;
  try {
    url = new URL(param, pageUrl);
  } catch {
    return { ok: false, message: `?hall=: expected an http(s) URL or a path, got ${JSON.stringify(param.slice(0, 80))}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, message: `?hall=: expected an http(s) URL, got ${JSON.stringify(param.slice(0, 80))}` };
  const pageOrigin = new URL(pageUrl).origin;
  if (url.origin !== pageOrigin && !extraOrigins.includes(url.origin))
    return { ok: false, message: `?hall=: halls from ${url.origin} are not allowed on this pavilion`, origin: url.origin };
  return { ok: true, url: url.href };
}
