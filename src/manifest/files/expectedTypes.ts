/**
 * Which contents each file extension may hold. The pavilion serves a file with the type its
 * extension implies, so a file must be what its name says: an HTML page named `.mp4` or `.md`
 * is refused, whatever else it is.
 */

/** Plain-language names of types, for messages: "expected an MP4 video (.mp4), got an HTML page". */
export const TYPE_NAMES: Readonly<Record<string, string>> = {
  'video/mp4': 'an MP4 video',
  'audio/mp4': 'an MP4 audio file (M4A)',
  'video/webm': 'a WebM video',
  'video/quicktime': 'a QuickTime movie (MOV)',
  'video/3gpp': 'a 3GP video',
  'video/x-msvideo': 'an AVI video',
  'application/vnd.apple.mpegurl': 'an HLS playlist (M3U8)',
  'video/mp2t': 'an MPEG transport stream (an HLS segment, .ts)',
  'image/png': 'a PNG image',
  'image/jpeg': 'a JPEG image',
  'image/gif': 'a GIF image',
  'image/webp': 'a WebP image',
  'image/avif': 'an AVIF image',
  'image/heic': 'a HEIC image (an iPhone photo format that browsers do not show)',
  'image/svg+xml': 'an SVG image',
  'image/x-icon': 'an icon (ICO)',
  'image/bmp': 'a BMP image',
  'image/tiff': 'a TIFF image',
  'audio/mpeg': 'an MP3 audio file',
  'audio/aac': 'an AAC audio file',
  'audio/ogg': 'an Ogg audio file',
  'audio/wav': 'a WAV audio file',
  'audio/flac': 'a FLAC audio file',
  'font/woff2': 'a WOFF2 font',
  'font/woff': 'a WOFF font',
  'font/ttf': 'a TrueType font',
  'font/otf': 'an OpenType font',
  'font/collection': 'a font collection (TTC)',
  'text/vtt': 'a WebVTT captions file',
  'text/html': 'an HTML page',
  'text/plain': 'plain text',
  'application/json': 'a JSON file',
  'application/pdf': 'a PDF document',
  'application/zip': 'a ZIP archive',
  'application/vnd.rar': 'a RAR archive',
  'application/x-7z-compressed': 'a 7-Zip archive',
  'application/gzip': 'a gzip archive',
  'application/x-ole-storage': 'an old Microsoft Office document',
  'application/x-msdownload': 'a Windows program (EXE/DLL)',
  'application/x-elf': 'a Linux program (ELF)',
  'application/x-mach-binary': 'a macOS program (Mach-O)',
  'application/wasm': 'a WebAssembly module',
  'model/gltf-binary': 'a glTF 2.0 binary model (GLB)',
};

const TEXT = ['text/plain', 'application/json'] as const;

/** Extension (lower case, no dot) → the sniffed types it may hold; the first is the usual one. */
export const EXPECTED_TYPES: Readonly<Record<string, readonly string[]>> = {
  mp4: ['video/mp4'],
  m4a: ['audio/mp4'],
  webm: ['video/webm'],
  m3u8: ['application/vnd.apple.mpegurl'],
  // HLS segments. (A TypeScript source named .ts is text, and refused as not a segment.)
  ts: ['video/mp2t'],
  png: ['image/png'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  gif: ['image/gif'],
  webp: ['image/webp'],
  avif: ['image/avif'],
  svg: ['image/svg+xml'],
  ico: ['image/x-icon', 'image/png'],
  mp3: ['audio/mpeg'],
  aac: ['audio/aac'],
  ogg: ['audio/ogg'],
  oga: ['audio/ogg'],
  opus: ['audio/ogg'],
  wav: ['audio/wav'],
  woff2: ['font/woff2'],
  woff: ['font/woff'],
  ttf: ['font/ttf'],
  otf: ['font/otf', 'font/ttf'],
  vtt: ['text/vtt'],
  // Browsers render any text served as .html as a page; a fragment without <html> or <script> sniffs as text.
  html: ['text/html', 'text/plain'],
  htm: ['text/html', 'text/plain'],
  // Markdown, stylesheets, scripts and text are plain text by content; JSON-looking text such
  // as `[1, 2]` is still harmless text. What matters is that they are not pages or images.
  md: TEXT,
  txt: TEXT,
  css: TEXT,
  js: TEXT,
  mjs: TEXT,
  json: ['application/json'],
  glb: ['model/gltf-binary'],
};

/** Lower-case extension without the dot; '' when the name has none. */
export function fileExtension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function describeType(type: string | null): string {
  if (type === null) return 'a file of unknown type';
  return TYPE_NAMES[type] ?? `a file of type ${type}`;
}

/** Null when the extension is accepted, else why not. */
export function checkExtension(path: string): string | null {
  const ext = fileExtension(path);
  if (ext === '') return 'files without an extension are not accepted; name the file for what it is, e.g. "intro.mp4"';
  if (EXPECTED_TYPES[ext]) return null;
  return `files of type .${ext} are not accepted (accepted: ${Object.keys(EXPECTED_TYPES)
    .map((e) => `.${e}`)
    .join(', ')})`;
}

/**
 * Null when a file named `path` may hold content of type `found`; else a message saying what
 * was expected and what was found, e.g. `expected an MP4 video (.mp4), got an HTML page`.
 */
export function checkType(path: string, found: string | null): string | null {
  const ext = fileExtension(path);
  const allowed = EXPECTED_TYPES[ext];
  if (!allowed) return checkExtension(path);
  if (found !== null && allowed.includes(found)) return null;
  const expected = allowed[0] ?? '';
  const got = found === null ? 'something else (no known file signature, and not UTF-8 text)' : describeType(found);
  return `expected ${describeType(expected)} (.${ext}), got ${got}`;
}
