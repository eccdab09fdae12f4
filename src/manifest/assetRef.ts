import { z } from 'zod';

/**
 * Syntax of every URL-ish field in a manifest. Checked without a base, so the same rule
 * applies in the editor (JSON Schema), the CLI and the browser.
 *
 * Accepted: `http(s)://host/...` or a relative path (`media/a.mp4`, `../shared/a.mp4`, `/scenes/a.mp4`).
 * Refused: any other scheme (`javascript:`, `data:`, `file:`), protocol-relative `//host`,
 * backslashes, whitespace and control characters (which URL parsers silently strip, so
 * ` java\tscript:` would otherwise become `javascript:`), and credentials in URLs.
 */
const HTTP_URL = String.raw`https?://[^\s\\/?#@]+(?:[/?#][^\s\\]*)?`;
const RELATIVE = String.raw`(?![A-Za-z][A-Za-z0-9+.\-]*:)(?!//)[^\s\\]+`;
export const ASSET_REF_PATTERN = new RegExp(`^(?:${HTTP_URL}|${RELATIVE})$`);
export const HTTP_URL_PATTERN = new RegExp(`^${HTTP_URL}$`);

export const ASSET_KINDS = {
  video: ['mp4', 'webm', 'm3u8'],
  image: ['png', 'jpg', 'jpeg', 'webp', 'svg', 'gif', 'avif'],
  audio: ['mp3', 'ogg', 'oga', 'm4a', 'aac', 'wav', 'webm', 'opus'],
  captions: ['vtt'],
  markdown: ['md'],
  manifest: ['json'],
  /** glTF 2.0 binary: one file, its textures and buffers inside. */
  model: ['glb'],
  /** An equirectangular (2:1) picture or video. */
  panorama: ['jpg', 'jpeg', 'png', 'webp', 'avif', 'mp4', 'webm'],
  page: null,
} as const satisfies Record<string, readonly string[] | null>;
export type AssetKind = keyof typeof ASSET_KINDS;

const URL_HELP = 'expected an http(s) URL or a relative path';

export function extensionOf(ref: string): string {
  const path = ref.split(/[?#]/, 1)[0] ?? '';
  const dot = path.lastIndexOf('.');
  return dot < 0 || dot < path.lastIndexOf('/') ? '' : path.slice(dot + 1).toLowerCase();
}

export function isAssetRef(ref: string): boolean {
  return ref.length <= 2048 && ASSET_REF_PATTERN.test(ref);
}

export function assetRef(kind: AssetKind) {
  const exts = ASSET_KINDS[kind];
  let s = z.string().max(2048).regex(ASSET_REF_PATTERN, { error: URL_HELP, abort: true });
  if (exts) {
    const list = exts.map((e) => `.${e}`).join(', ');
    s = s.refine((v) => (exts as readonly string[]).includes(extensionOf(v)), {
      error: `expected ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} file (${list})`,
    });
  }
  return s.meta({
    description: `${kind}: an http(s) URL or a path relative to this manifest${exts ? ` (${exts.join(', ')})` : ''}`,
  });
}

/** Links a visitor follows out of the pavilion: absolute http(s) only. */
export function httpUrl() {
  return z
    .string()
    .max(2048)
    .regex(HTTP_URL_PATTERN, { error: 'expected an absolute http(s) URL' })
    .meta({ description: 'An absolute http:// or https:// URL' });
}

/** An origin on the hall's allowlist: scheme and host, no path. */
export function originString() {
  return z
    .string()
    .max(300)
    .regex(/^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/, {
      error: 'expected an origin such as "https://media.example.org" (scheme and host, no path)',
    });
}

/**
 * Resolves a checked reference against the URL of the manifest that contains it.
 * Returns null when the result is not http(s) (cannot happen for refs that passed the
 * pattern, but this is the last gate before a URL reaches the DOM).
 */
export function resolveAssetUrl(ref: string, manifestUrl: string): URL | null {
  if (!isAssetRef(ref)) return null;
  try {
    const url = new URL(ref, manifestUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password) return null;
    return url;
  } catch {
    return null;
  }
}
