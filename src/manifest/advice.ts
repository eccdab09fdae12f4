import { normalizeAssetRef } from './files/assetPath';
import { formatSize } from './files/byteSource';
import { type FileReport, videoSizeWarn } from './files/inspectFile';
import { isOver1080p } from './files/mp4';
import { formatJsonPath, type ManifestProblem } from './problems';

/**
 * Advice on a booth that validates but serves visitors less well than it could: warnings
 * only, each at the JSON path to change, saying what is wrong, why visitors care, and the fix.
 * Reads the manifest as plain JSON, defensively, so advice also comes for a manifest with
 * errors elsewhere.
 */

export interface AdviceContext {
  /** The manifest's name in messages; its folder is where relative references start. */
  file: string;
  /** The hall's allowlist of origins for absolute URLs. */
  allowedOrigins: readonly string[];
  /** The pavilion's own origin, always allowed. */
  appOrigin?: string;
  /** The submission's files, paths relative to the submission's root. */
  files?: readonly FileReport[];
}

/** The booth's whole download above which phones on mobile data pay too much. */
export const totalSizeWarn = 150_000_000;

type Json = Record<string, unknown>;
type Path = (string | number)[];
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const GENERIC_ALT = new Set(['image', 'img', 'picture', 'photo', 'pic', 'logo', 'icon', 'alt', '图', '图片', '照片', '图像']);
const IMAGE_NAME = /\.(png|jpe?g|gif|webp|svg|avif)$/i;

/** The texts of a localized value: one string for both languages, or one per language. */
function texts(value: unknown, path: Path): { path: Path; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (!isObj(value)) return [];
  return (['zh', 'en'] as const).flatMap((l) => (typeof value[l] === 'string' ? [{ path: [...path, l], text: value[l] }] : []));
}

/** `media/a%20b.png?v=2` → `a b.png`. */
function fileName(ref: string): string {
  const last = (ref.split(/[?#]/, 1)[0] ?? '').replace(/^.*\//, '');
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

class Advisor {
  readonly problems: ManifestProblem[] = [];
  /** Every file reference with where it is written, for the checks that need the files. */
  readonly refs: { ref: string; path: Path }[] = [];

  constructor(private readonly ctx: AdviceContext) {}

  warn(path: Path, message: string): void {
    this.problems.push({ file: this.ctx.file, path: formatJsonPath(path), message, severity: 'warning' });
  }

  ref(value: unknown, path: Path): void {
    for (const { path: p, text } of texts(value, path)) {
      this.refs.push({ ref: text, path: p });
      this.origin(text, p);
    }
  }

  private origin(ref: string, path: Path): void {
    if (!/^https?:\/\//i.test(ref)) return;
    let origin: string;
    try {
      origin = new URL(ref).origin;
    } catch {
      return; // the schema reports a malformed URL
    }
    if (origin === this.ctx.appOrigin || this.ctx.allowedOrigins.includes(origin)) return;
    this.warn(
      path,
      `${origin} is not on the hall's list of allowed origins, so the pavilion will not load it for visitors: put the file in your submission and use a relative path, or ask the organisers to allow ${origin}`,
    );
  }

  alt(value: unknown, src: unknown, path: Path): void {
    const file = typeof src === 'string' ? fileName(src) : '';
    const stem = file.replace(/\.[^.]*$/, '');
    for (const { path: p, text } of texts(value, path)) {
      const t = text.trim().toLowerCase();
      const why = 'visitors using a screen reader hear the alt text instead of seeing the image';
      if (t === '') this.warn(p, `the alt text is empty: ${why}; describe what the image shows`);
      else if (t === file.toLowerCase() || t === stem.toLowerCase() || IMAGE_NAME.test(t) || GENERIC_ALT.has(t))
        this.warn(p, `the alt text "${text.trim()}" names the file, not the picture: ${why}; describe what the image shows`);
    }
  }

  media(item: Json, at: Path): void {
    switch (item.type) {
      case 'video':
        this.ref(item.src, [...at, 'src']);
        if (item.poster === undefined)
          this.warn(
            [...at, 'poster'],
            'the video has no poster: visitors see a black box until it loads, and on phones it may not load until tapped; add a poster image (a still from the video)',
          );
        else this.ref(item.poster, [...at, 'poster']);
        if (!Array.isArray(item.captions) || item.captions.length === 0)
          this.warn(
            [...at, 'captions'],
            'the video has no captions: many visitors watch with the sound off, and deaf visitors cannot follow it; add a WebVTT file, e.g. "captions": [{"lang": "zh", "src": "intro.zh.vtt"}]',
          );
        else item.captions.forEach((c, j) => isObj(c) && this.ref(c.src, [...at, 'captions', j, 'src']));
        this.ref(item.signLanguage, [...at, 'signLanguage']);
        return;
      case 'h5':
        return this.ref(item.src, [...at, 'src']);
      case 'image':
        this.ref(item.src, [...at, 'src']);
        return this.alt(item.alt, item.src, [...at, 'alt']);
      case 'caseStudy':
        this.ref(item.bodySrc, [...at, 'bodySrc']);
        if (Array.isArray(item.images))
          item.images.forEach((img, j) => {
            if (!isObj(img)) return;
            this.ref(img.src, [...at, 'images', j, 'src']);
            this.alt(img.alt, img.src, [...at, 'images', j, 'alt']);
          });
        return;
      case 'panorama':
      case 'model':
        this.ref(item.src, [...at, 'src']);
        this.ref(item.poster, [...at, 'poster']);
        if (item.type === 'panorama' && Array.isArray(item.captions))
          item.captions.forEach((c, j) => isObj(c) && this.ref(c.src, [...at, 'captions', j, 'src']));
        if (texts(item.description, []).every((t) => t.text.trim() === ''))
          this.warn(
            [...at, 'description'],
            `the ${item.type === 'model' ? 'model' : 'panorama'} has no description: visitors using a screen reader, or whose phone cannot show it, learn nothing from it; add "description" saying what it shows`,
          );
        if (item.type === 'model' && item.poster === undefined)
          this.warn(
            [...at, 'poster'],
            'the model has no poster: visitors see an empty box while it loads, and the 2D pages (phones without WebGL, shared links) show no picture of it; add a poster image of the model',
          );
        return;
      case 'audio':
        this.ref(item.src, [...at, 'src']);
        if (texts(item.transcript, []).every((t) => t.text.trim() === ''))
          this.warn(
            [...at, 'transcript'],
            'the audio has no transcript: deaf visitors, and anyone who cannot play sound in the hall, miss what it says; add "transcript" with the spoken text',
          );
        return;
    }
  }

  files(files: readonly FileReport[]): void {
    const base = /^[a-z][a-z0-9+.-]*:/i.test(this.ctx.file) ? '' : this.ctx.file.replace(/(^|\/)[^/]*$/, '');
    const where = new Map<string, Path[]>();
    for (const { ref, path } of this.refs) {
      const name = normalizeAssetRef(ref, base);
      if (name !== null) where.set(name, [...(where.get(name) ?? []), path]);
    }
    for (const f of files) {
      if (!f.type?.startsWith('video/')) continue;
      const paths = where.get(f.path) ?? [[]];
      if (f.size > videoSizeWarn)
        for (const p of paths)
          this.warn(
            p,
            `${f.path} is ${formatSize(f.size)}: visitors on phones download it to watch; keep each video under ${formatSize(videoSizeWarn)} (shorter, or exported at a lower bitrate: about 4 Mbit/s suits 1080p)`,
          );
      if (isOver1080p(f.width, f.height))
        for (const p of paths)
          this.warn(
            p,
            `${f.path} is ${f.width}×${f.height}, over 1080p: no phone screen shows more, and visitors pay for every extra pixel; export at 1920×1080 or smaller`,
          );
    }
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > totalSizeWarn)
      this.warn(
        [],
        `the booth's total download is ${formatSize(total)}; visitors on phones pay for it: keep it under ${formatSize(totalSizeWarn)} (shorter or smaller videos, compressed images)`,
      );
  }
}

/** Warnings about a booth manifest (and, given `files`, its files) that hurt visitors without breaking the booth. */
export function boothAdvice(manifest: unknown, ctx: AdviceContext): ManifestProblem[] {
  const advisor = new Advisor(ctx);
  if (!isObj(manifest)) return [];
  if (isObj(manifest.exhibitor)) advisor.ref(manifest.exhibitor.logo, ['exhibitor', 'logo']);
  if (Array.isArray(manifest.media)) manifest.media.forEach((item, i) => isObj(item) && advisor.media(item, ['media', i]));
  if (ctx.files) advisor.files(ctx.files);
  return advisor.problems;
}
