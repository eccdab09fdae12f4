/**
 * Names of files inside a submission. The same name becomes a path on the server's disk (Linux
 * today, perhaps a Windows share tomorrow), a URL path the pavilion serves, and a name an
 * exhibitor reads back: so only names that mean one thing everywhere are accepted.
 */

export const MAX_PATH_LENGTH = 200;
export const MAX_PATH_SEGMENTS = 8;

// Letters and digits of any script (exhibitors name files in Chinese), combining marks for
// scripts that need them (and macOS, which stores names decomposed), and `._-` and space.
const SEGMENT_CHARS = /^[\p{L}\p{N}\p{M}._\- ]+$/u;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Characters that would be read as URL syntax or are refused by Windows: named so the message can say which.
const NAMED_BAD: Record<string, string> = {
  '%': 'a "%" (URLs read it as an escape)',
  '?': 'a "?" (URLs read it as the start of a query)',
  '#': 'a "#" (URLs read it as the start of a fragment)',
  ':': 'a ":" (read as a drive or a URL scheme)',
  '*': 'a "*"',
  '"': 'a quotation mark',
  '<': 'a "<"',
  '>': 'a ">"',
  '|': 'a "|"',
  '\\': 'a backslash (use "/" between folders)',
};

function describeChar(ch: string): string {
  const named = NAMED_BAD[ch];
  if (named) return named;
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(ch) ? `an invisible control character (${hex})` : `"${ch}" (${hex})`;
}

/** Null when `name` is an acceptable file name inside a submission; otherwise what is wrong, in plain words. */
export function checkAssetPath(name: string): string | null {
  if (name.length === 0) return 'the file name is empty';
  if (name.length > MAX_PATH_LENGTH)
    return `the path is ${name.length} characters long; keep it at most ${MAX_PATH_LENGTH} (shorten folder or file names)`;
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name))
    return 'the path is absolute; use a path relative to the manifest, e.g. "media/intro.mp4"';
  const bad = [...name].find((ch) => ch !== '/' && !SEGMENT_CHARS.test(ch));
  if (bad !== undefined)
    return `the path contains ${describeChar(bad)}; use letters, digits, ".", "_", "-" and spaces, with "/" between folders`;
  const segments = name.split('/');
  if (segments.length > MAX_PATH_SEGMENTS)
    return `the path is ${segments.length - 1} folders deep; keep it at most ${MAX_PATH_SEGMENTS - 1}`;
  for (const seg of segments) {
    const problem = checkSegment(seg);
    if (problem) return problem;
  }
  return null;
}

function checkSegment(seg: string): string | null {
  if (seg === '') return 'the path has an empty folder name ("//" or a "/" at the start or end)';
  if (seg === '.' || seg === '..') return `the path contains "${seg}"; name every folder directly, e.g. "media/intro.mp4"`;
  if (seg.startsWith('.')) return `"${seg}" starts with "." (a hidden file); such files are not published`;
  if (seg !== seg.trim()) return `"${seg}" starts or ends with a space; remove it`;
  if (seg.endsWith('.')) return `"${seg}" ends with "."; Windows drops it, so the name would change`;
  if (/^\p{M}/u.test(seg)) return `"${seg}" starts with a combining mark; start names with a letter or digit`;
  const stem = seg.split('.', 1)[0] ?? seg;
  if (WINDOWS_RESERVED.test(stem.trim())) return `"${seg}" is a name Windows reserves for devices; rename the file`;
  return null;
}

/**
 * The path inside the submission that a manifest reference names, e.g. `./media/a%20b.mp4` →
 * `media/a b.mp4`, resolved from `baseDir` (the manifest's folder inside the submission, `''`
 * at its root). Null for references that are not files of the submission: URLs with a scheme,
 * `//host`, site-absolute `/x`, references that climb above the submission's root, and
 * undecodable escapes. The result is not checked: pass it to checkAssetPath.
 */
export function normalizeAssetRef(ref: string, baseDir = ''): string | null {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(ref) || ref.startsWith('/') || ref.startsWith('\\')) return null;
  const path = ref.split(/[?#]/, 1)[0] ?? '';
  if (path === '') return null;
  const out = baseDir.split('/').filter((s) => s !== '' && s !== '.');
  const raw = path.split('/');
  for (const part of raw) {
    let seg: string;
    try {
      seg = decodeURIComponent(part);
    } catch {
      return null;
    }
    // An escaped "/" would turn one segment into two after decoding, unlike in the URL.
    if (seg.includes('/') || seg.includes('\\')) return null;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else if (seg !== '.') {
      // Empty segments stay, so checkAssetPath reports "a//b" instead of guessing what was meant.
      out.push(seg);
    }
  }
  return out.join('/');
}
