import { open } from 'node:fs/promises';
import type { StagedFile } from './blobs';

/**
 * The per-file checks of an upload, run on the server's staged files. The checks themselves
 * are the schema module's (src/manifest/files, shared with the studio); this adapter only
 * gives them the bytes.
 */
export interface FileVerdict {
  path: string;
  /** The type sniffed from the content, served as the file's Content-Type. */
  type: string;
  problems: { message: string; severity: 'error' | 'warning' }[];
}

/** Random access to a staged file, for checks that read only what they need (MP4 boxes). */
export async function withFileSource<T>(
  abs: string,
  size: number,
  read: (src: { size: number; read(offset: number, length: number): Promise<Uint8Array> }) => Promise<T>,
): Promise<T> {
  const fh = await open(abs, 'r');
  try {
    return await read({
      size,
      async read(offset, length) {
        const n = Math.max(0, Math.min(length, size - offset));
        const buf = Buffer.alloc(n);
        if (n) await fh.read(buf, 0, n, offset);
        return new Uint8Array(buf.buffer, buf.byteOffset, n);
      },
    });
  } finally {
    await fh.close();
  }
}

// Until the shared checks land (src/manifest/files): names and the one disguise that matters most.
const NAME = /^(?!\/)(?!.*(?:^|\/)\.{1,2}(?:\/|$))(?!.*\/\/)[\p{L}\p{N}._\- /]{1,200}$/u;

export function checkAssetName(name: string): string | null {
  if (!NAME.test(name) || name.split('/').some((s) => s.startsWith('.') || s.trim() !== s || s === ''))
    return `expected a relative path of letters, digits, ".", "-" and "_" inside the booth's folder, got ${JSON.stringify(name.slice(0, 80))}`;
  return null;
}

const EXT_TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  webm: 'video/webm',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  vtt: 'text/vtt; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  woff2: 'font/woff2',
};

export async function inspectStaged(f: StagedFile): Promise<FileVerdict> {
  const ext = /\.([A-Za-z0-9]+)$/.exec(f.path)?.[1]?.toLowerCase() ?? '';
  const type = EXT_TYPES[ext];
  if (!type)
    return {
      path: f.path,
      type: 'application/octet-stream',
      problems: [{ message: `files of type .${ext} are not accepted`, severity: 'error' }],
    };
  const head = await withFileSource(f.abs, f.size, (s) => s.read(0, 1024));
  const text = new TextDecoder().decode(head).toLowerCase();
  if (ext === 'svg' && /<script|\son[a-z]+\s*=|javascript:|<foreignobject|<!entity/.test(text))
    return {
      path: f.path,
      type,
      problems: [{ message: 'expected an SVG without script, event handlers or entities', severity: 'error' }],
    };
  if (ext !== 'html' && /<(!doctype html|html|script|iframe|body)\b/.test(text))
    return { path: f.path, type, problems: [{ message: `expected ${type}, got an HTML page`, severity: 'error' }] };
  if (ext === 'svg' && /<script|\son[a-z]+\s*=|javascript:|<foreignobject|<!entity/.test(text))
    return {
      path: f.path,
      type,
      problems: [{ message: 'expected an SVG without script, event handlers or entities', severity: 'error' }],
    };
  return { path: f.path, type, problems: [] };
}
