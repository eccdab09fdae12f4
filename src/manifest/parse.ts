import { parseJsonGuarded } from './guards';
import type { Booth, Hall, MediaItem } from './model';
import { formatJsonPath, type ManifestProblem } from './problems';
import { AssetResolver, type OriginPolicy } from './resolve';
import { linkMedia } from './mediaLinks';
import { localizedUrls, resolveVideoSource } from './resolveVideo';
import { resolveModel, resolvePanorama } from './resolveVr';
import {
  boothCoreSchema,
  hallManifestSchema,
  MAX_MEDIA,
  MEDIA_SCHEMAS,
  MEDIA_TYPES,
  type MediaType,
  type RawMediaItem,
} from './schema';
import { zodProblems } from './zodProblems';

export interface ParseResult<T> {
  /** The usable value, or null when the file as a whole cannot be used. */
  value: T | null;
  /** Everything wrong, errors and warnings; non-empty does not mean value is null. */
  problems: ManifestProblem[];
}

export interface ParseSource {
  /** The text of the file. */
  text: string;
  /** How to name the file in messages (a relative path or the URL as written). */
  file: string;
  /** Absolute URL the file was loaded from: relative references resolve against it. */
  url: string;
}

/** Where an already-parsed manifest came from: its name for messages and its URL for relative references. */
export type ValueSource = Omit<ParseSource, 'text'>;

export function parseHall(src: ParseSource, policy: OriginPolicy | null): ParseResult<Hall> {
  const json = parseJsonGuarded(src.text, src.file);
  return json.ok ? validateHall(json.value, src, policy) : { value: null, problems: json.problems };
}

/** Validates a hall manifest already parsed and structure-checked (e.g. out of a bundle). */
export function validateHall(value: unknown, src: ValueSource, policy: OriginPolicy | null): ParseResult<Hall> {
  const parsed = hallManifestSchema.safeParse(value);
  if (!parsed.success) return { value: null, problems: zodProblems(parsed.error, value, src.file) };
  const raw = parsed.data;
  // The allowlist itself comes from this file, so the hall's own references use it.
  const res = new AssetResolver(src.file, src.url, policy && { ...policy, allowedOrigins: raw.allowedOrigins });
  const boothUrls: string[] = [];
  raw.booths.forEach((ref, i) => {
    const url = res.url(ref, `booths[${i}]`);
    if (url) boothUrls.push(url);
  });
  const ambientAudio = raw.ambientAudio === undefined ? undefined : res.url(raw.ambientAudio, 'ambientAudio');
  const programmeUrl = raw.programme === undefined ? undefined : res.url(raw.programme, 'programme');
  const hall: Hall = {
    url: src.url,
    id: raw.id,
    title: raw.title,
    welcome: raw.welcome,
    dates: raw.dates,
    timeZone: raw.timeZone,
    zones: raw.zones,
    featured: raw.featured,
    boothUrls,
    allowedOrigins: raw.allowedOrigins,
    ...(ambientAudio ? { ambientAudio } : {}),
    ...(programmeUrl ? { programmeUrl } : {}),
    ...(raw.tour ? { tour: raw.tour } : {}),
  };
  return { value: hall, problems: res.problems };
}

/**
 * Parses one booth. Core fields (id, exhibitor, booth style) must be valid or the booth is
 * refused; each media item is checked on its own and a broken one is dropped with a problem.
 */
export function parseBooth(src: ParseSource, policy: OriginPolicy | null): ParseResult<Booth> {
  const json = parseJsonGuarded(src.text, src.file);
  return json.ok ? validateBooth(json.value, src, policy) : { value: null, problems: json.problems };
}

/**
 * Validates a booth manifest already parsed and structure-checked (e.g. out of a bundle). A
 * refused booth still has its media checked, so an exhibitor sees every problem in one pass.
 */
export function validateBooth(value: unknown, src: ValueSource, policy: OriginPolicy | null): ParseResult<Booth> {
  const parsed = boothCoreSchema.safeParse(value);
  const problems = parsed.success ? [] : zodProblems(parsed.error, value, src.file);
  const res = new AssetResolver(src.file, src.url, policy);
  const logo = parsed.success ? res.url(parsed.data.exhibitor.logo, 'exhibitor.logo') : null;
  const rawMedia: unknown[] = parsed.success ? parsed.data.media : mediaOf(value);
  const media = validateMedia(rawMedia, src.file, res, problems);
  if (!parsed.success || !logo) return { value: null, problems: [...problems, ...res.problems] };

  const raw = parsed.data;
  const booth: Booth = {
    url: src.url,
    id: raw.id,
    exhibitor: { ...raw.exhibitor, logo },
    size: raw.booth.size,
    template: raw.booth.template,
    colors: raw.booth.colors,
    tags: raw.tags,
    media,
  };
  return { value: booth, problems: [...problems, ...res.problems] };
}

/** The media list of a booth whose core failed, when it is a list at all. */
function mediaOf(value: unknown): unknown[] {
  const media = typeof value === 'object' && value !== null ? (value as { media?: unknown }).media : undefined;
  // Within the schema's limit: the core already reports a longer list.
  return Array.isArray(media) ? media.slice(0, MAX_MEDIA) : [];
}

/** Checks each media item on its own: broken ones are dropped, with their problems in `problems`. */
function validateMedia(items: unknown[], file: string, res: AssetResolver, problems: ManifestProblem[]): MediaItem[] {
  const media: MediaItem[] = [];
  const rawIndex: number[] = [];
  items.forEach((item, i) => {
    const type = (item as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(MEDIA_TYPES as string[]).includes(type)) {
      problems.push({
        file,
        path: formatJsonPath(['media', i, 'type']),
        message: `expected one of ${MEDIA_TYPES.map((t) => `"${t}"`).join(', ')}, got ${JSON.stringify(type) ?? 'nothing'}`,
        severity: 'error',
      });
      return;
    }
    const r = MEDIA_SCHEMAS[type as MediaType].safeParse(item);
    if (!r.success) {
      problems.push(...zodProblems(r.error, item, file, ['media', i]));
      return;
    }
    const resolved = resolveMedia(r.data as RawMediaItem, `media[${i}]`, res);
    if (!resolved) return;
    media.push(resolved);
    rawIndex.push(i);
  });
  const linked = linkMedia(media, rawIndex, items.length, file);
  problems.push(...linked.problems);
  return linked.media;
}

/** Resolves every URL of one media item; the item is dropped if its main URL is refused. */
function resolveMedia(item: RawMediaItem, at: string, res: AssetResolver): MediaItem | null {
  switch (item.type) {
    case 'video': {
      const video = resolveVideoSource(item, at, res);
      if (!video) return null;
      const { poster: _p, signLanguage: _s, ...rest } = item;
      return { ...rest, ...video };
    }
    case 'audio': {
      const src = localizedUrls(item.src, `${at}.src`, res);
      return src ? { ...item, src } : null;
    }
    case 'h5':
    case 'image': {
      const src = res.url(item.src, `${at}.src`);
      return src ? { ...item, src } : null;
    }
    case 'caseStudy': {
      const images = item.images.flatMap((img, j) => {
        const url = res.url(img.src, `${at}.images[${j}].src`);
        return url ? [{ ...img, src: url }] : [];
      });
      const bodySrc = item.bodySrc === undefined ? undefined : localizedUrls(item.bodySrc, `${at}.bodySrc`, res);
      if (item.bodySrc !== undefined && !bodySrc) return null;
      const { bodySrc: _raw, ...rest } = item;
      return { ...rest, images, ...(bodySrc ? { bodySrc } : {}) };
    }
    case 'link':
      return item;
    case 'panorama':
      return resolvePanorama(item, at, res);
    case 'model':
      return resolveModel(item, at, res);
  }
}
