import { fileExtension } from './expectedTypes';

/**
 * What a text file is, by its content. Names lie: an HTML page renamed `notes.md` or `intro.mp4`
 * is still a page a browser may render (and run) if it ever sniffs the content, so the content
 * decides and the extension is compared afterwards (expectedTypes).
 */

// Tags whose presence at the very start makes a browser's content sniffer take a file for HTML
// (WHATWG MIME Sniffing, "identifying a resource with an unknown MIME type").
const HTML_START = /^<(!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)[\s>/]/i;
// Tags that mark a page wherever they appear early in a file.
const HTML_ANYWHERE = /<(!doctype\s+html|html|head|body|script|iframe)[\s>/]/i;
const HTML_SCAN_CHARS = 1024;
const SVG_ROOT = /^<([A-Za-z_][\w.-]*:)?svg[\s>/]/;
// Control characters that never appear in text (tab, line feed, form feed and carriage return do).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Skips whitespace, `<?…?>` declarations, comments and a doctype: what an XML parser skips before the root. */
export function skipProlog(text: string): string {
  let t = text.trimStart();
  for (let guard = 0; guard < 100; guard++) {
    let end = -1;
    if (t.startsWith('<?')) end = t.indexOf('?>') + 2;
    else if (t.startsWith('<!--')) end = t.indexOf('-->') + 3;
    else if (/^<!doctype\s+svg/i.test(t)) {
      const subset = t.indexOf('[');
      const close = t.indexOf('>');
      end = subset >= 0 && subset < close ? t.indexOf(']>') + 2 : close + 1;
    }
    if (end <= 1) return t;
    t = t.slice(end).trimStart();
  }
  return t;
}

function skipComments(text: string): string {
  let t = text.trimStart();
  while (t.startsWith('<!--')) {
    const end = t.indexOf('-->');
    if (end < 0) return '';
    t = t.slice(end + 3).trimStart();
  }
  return t;
}

/**
 * The part of the file's start that the "anywhere" scan reads. Stylesheets and scripts mention
 * tags in comments (the sample's h5.css explains it runs in an `<iframe>`), and Markdown shows
 * them in code; those are not markup, so they are left out. The start rule reads the raw text.
 */
function scannedText(text: string, ext: string): string {
  let t = text.slice(0, HTML_SCAN_CHARS * 4);
  if (ext === 'css' || ext === 'js' || ext === 'mjs') t = t.replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ');
  if (ext === 'md') t = t.replace(/```[\s\S]*?(```|$)/g, ' ').replace(/`[^`\n]*`/g, ' ');
  return t.slice(0, HTML_SCAN_CHARS);
}

export function looksLikeHtml(text: string, ext = ''): boolean {
  return HTML_START.test(skipComments(text)) || HTML_ANYWHERE.test(scannedText(text, ext));
}

/**
 * The MIME type of a file without a binary signature, from its bytes and (for what comments
 * may hide) its name: `text/vtt`, `text/html`, `image/svg+xml`, `application/json`,
 * `application/vnd.apple.mpegurl` or `text/plain`; null when the bytes are not UTF-8 text.
 * `complete` is false when `bytes` is only the file's head: a character cut at the end is then
 * not an error, and JSON cannot be parsed whole.
 */
export function textType(bytes: Uint8Array, path: string, complete = true): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
  } catch {
    return null;
  }
  if (BINARY_CONTROL.test(text)) return null;
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(t)) return 'text/vtt';
  if (/^#EXTM3U(?:\s|$)/.test(t)) return 'application/vnd.apple.mpegurl';
  if (SVG_ROOT.test(skipProlog(t))) return 'image/svg+xml';
  if (looksLikeHtml(t, fileExtension(path))) return 'text/html';
  if (t.startsWith('{') || t.startsWith('[')) {
    if (!complete) return 'application/json';
    try {
      JSON.parse(t);
      return 'application/json';
    } catch {
      // Not JSON after all: plain text that starts with a bracket.
    }
  }
  return 'text/plain';
}
