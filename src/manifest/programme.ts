import { fetchTextLimited, FetchProblem } from './fetchText';
import { parseJsonGuarded } from './guards';
import type { Localized } from './localized';
import type { Hall, VideoSource } from './model';
import type { ParseResult, ParseSource } from './parse';
import type { ManifestProblem } from './problems';
import { programmeManifestSchema, type RawProgramme } from './programmeSchema';
import { AssetResolver, type OriginPolicy } from './resolve';
import { resolveVideoSource } from './resolveVideo';
import { videoUrlList } from './videoSource';
import { zodProblems } from './zodProblems';

/** What the app sees of programme.json: checked, with every asset resolved to an absolute URL. */

export interface ThemeDay {
  date: string;
  zone: string;
  title: Localized;
  summary: Localized;
}

export interface Session {
  id: string;
  title: Localized;
  summary?: Localized;
  speakers: { name: Localized; affiliation?: Localized }[];
  /** Epoch milliseconds. */
  start: number;
  end: number;
  /** The zone it is shown in (the main stage's or a theme zone's id). */
  where: string;
  stream?: string;
  poster?: string;
  replay?: VideoSource;
}

export interface Question {
  id: string;
  prompt: Localized;
  options: Localized[];
  correct: number[];
  explanation: Localized;
  source: Localized;
}

export interface Contest {
  id: string;
  title: Localized;
  summary?: Localized;
  day?: string;
  questionsPerAttempt: number;
  questions: Question[];
}

export type ClassItem =
  | ({ type: 'video'; id: string; title: Localized } & VideoSource)
  | { type: 'article'; id: string; title: Localized; body: Localized; image?: { src: string; alt: Localized } };

export interface Playlist {
  id: string;
  title: Localized;
  summary?: Localized;
  scenario: string[];
  audience: string[];
  items: ClassItem[];
}

export interface Programme {
  url: string;
  hall: string;
  days: ThemeDay[];
  /** In start order (once checked against the hall). */
  sessions: Session[];
  contests: Contest[];
  classes: Playlist[];
}

/** Resolves asset references; an item whose own media cannot be used is dropped with its problem. */
function resolveProgramme(raw: RawProgramme, res: AssetResolver, url: string): Programme {
  const opt = (ref: string | undefined, path: string) => (ref === undefined ? undefined : res.url(ref, path));
  const sessions = raw.sessions.map((s, i): Session => {
    const at = `sessions[${i}]`;
    const stream = opt(s.stream, `${at}.stream`);
    const poster = opt(s.poster, `${at}.poster`);
    const replay = s.replay ? resolveVideoSource(s.replay, `${at}.replay`, res) : null;
    return {
      id: s.id,
      title: s.title,
      ...(s.summary ? { summary: s.summary } : {}),
      speakers: s.speakers,
      start: Date.parse(s.start),
      end: Date.parse(s.end),
      where: s.where,
      ...(stream ? { stream } : {}),
      ...(poster ? { poster } : {}),
      ...(replay ? { replay } : {}),
    };
  });
  const classes = raw.classes.map((pl, pi): Playlist => ({
    ...pl,
    items: pl.items.flatMap((item, ii): ClassItem[] => {
      const at = `classes[${pi}].items[${ii}]`;
      if (item.type === 'video') {
        const video = resolveVideoSource(item, at, res);
        if (!video) return [];
        const { poster: _p, signLanguage: _s, ...rest } = item;
        return [{ ...rest, ...video }];
      }
      if (!item.image) return [item];
      const src = res.url(item.image.src, `${at}.image.src`);
      const { image: _image, ...rest } = item;
      return [src ? { ...rest, image: { src, alt: item.image.alt } } : rest];
    }),
  }));
  return {
    url,
    hall: raw.hall,
    days: [...raw.days].sort((a, b) => a.date.localeCompare(b.date)),
    sessions,
    contests: raw.contests,
    classes,
  };
}

/** Parses programme.json on its own; `checkProgrammeAgainstHall` then checks what it names in the hall. */
export function parseProgramme(src: ParseSource, policy: OriginPolicy | null): ParseResult<Programme> {
  const json = parseJsonGuarded(src.text, src.file);
  if (!json.ok) return { value: null, problems: json.problems };
  const parsed = programmeManifestSchema.safeParse(json.value);
  if (!parsed.success) return { value: null, problems: zodProblems(parsed.error, json.value, src.file) };
  const res = new AssetResolver(src.file, src.url, policy);
  const value = resolveProgramme(parsed.data, res, src.url);
  return { value, problems: res.problems };
}

/**
 * What the programme names in the hall: its id, zones and dates. A theme day or session in a zone
 * the hall does not have is dropped (error); dates outside the week are warnings, shown as written.
 */
export function checkProgrammeAgainstHall(p: Programme, hall: Hall, file: string): ParseResult<Programme> {
  const problems: ManifestProblem[] = [];
  const zones = new Map(hall.zones.map((z) => [z.id, z]));
  const zoneList = hall.zones.map((z) => `"${z.id}"`).join(', ');
  const err = (path: string, message: string, severity: ManifestProblem['severity'] = 'error') =>
    problems.push({ file, path, message, severity });
  if (p.hall !== hall.id) err('hall', `expected the hall's id "${hall.id}", got "${p.hall}"`, 'warning');
  const inWeek = (date: string) => date >= hall.dates.start && date <= hall.dates.end;
  const days = p.days.filter((d, i) => {
    const zone = zones.get(d.zone);
    if (!zone) {
      err(`days[${i}].zone`, `expected one of the hall's zones (${zoneList}), got "${d.zone}"`);
      return false;
    }
    if (!inWeek(d.date)) err(`days[${i}].date`, `expected a date within ${hall.dates.start}…${hall.dates.end}`, 'warning');
    if (zone.themeDay && zone.themeDay !== d.date)
      err(`days[${i}].date`, `zone "${d.zone}" says its theme day is ${zone.themeDay}`, 'warning');
    return true;
  });
  const sessions = p.sessions
    .filter((s, i) => {
      if (zones.has(s.where)) return true;
      err(`sessions[${i}].where`, `expected one of the hall's zones (${zoneList}), got "${s.where}"`);
      return false;
    })
    .sort((a, b) => a.start - b.start);
  const dayDates = new Set(days.map((d) => d.date));
  p.contests.forEach((c, i) => {
    if (c.day !== undefined && !dayDates.has(c.day))
      err(`contests[${i}].day`, `expected the date of a theme day, got ${c.day}`, 'warning');
  });
  return { value: { ...p, days, sessions }, problems };
}

/**
 * Fetches and checks the hall's programme. Never throws: a programme that cannot be used is
 * `null` with its problems, and the hall goes on without it.
 */
export async function loadProgramme(
  hall: Hall,
  opts: { appOrigin: string; fetch?: typeof fetch },
): Promise<{ programme: Programme | null; problems: ManifestProblem[] }> {
  const url = hall.programmeUrl;
  if (!url) return { programme: null, problems: [] };
  const base = new URL('.', hall.url).href;
  const file = url.startsWith(base) ? url.slice(base.length) : url;
  let text: string;
  try {
    text = await fetchTextLimited(url, opts.fetch ?? fetch.bind(globalThis));
  } catch (e) {
    const message = e instanceof FetchProblem ? e.message : String(e);
    return { programme: null, problems: [{ file, path: '', message, severity: 'error' }] };
  }
  const parsed = parseProgramme({ text, file, url }, { appOrigin: opts.appOrigin, allowedOrigins: hall.allowedOrigins });
  if (!parsed.value) return { programme: null, problems: parsed.problems };
  const checked = checkProgrammeAgainstHall(parsed.value, hall, file);
  return { programme: checked.value, problems: [...parsed.problems, ...checked.problems] };
}

/** Every URL the programme may load (streams, posters, replays, class media), with where it came from. */
export function programmeAssetUrls(p: Programme): { url: string; path: string }[] {
  const out: { url: string; path: string }[] = [];
  const add = (url: string | undefined, path: string) => {
    if (url) out.push({ url, path });
  };
  p.sessions.forEach((s, i) => {
    const at = `sessions[${i}]`;
    add(s.stream, `${at}.stream`);
    add(s.poster, `${at}.poster`);
    if (s.replay) out.push(...videoUrlList(s.replay, `${at}.replay`));
  });
  p.classes.forEach((pl, i) =>
    pl.items.forEach((item, j) => {
      const at = `classes[${i}].items[${j}]`;
      if (item.type === 'article') return add(item.image?.src, `${at}.image.src`);
      out.push(...videoUrlList(item, at));
    }),
  );
  return out;
}
