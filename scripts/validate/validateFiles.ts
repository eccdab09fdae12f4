import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Booth, Hall, ManifestProblem } from '../../src/manifest';
import { boothAssetUrls } from '../../src/manifest/assetUrls';
import { crossCheck, displayName } from '../../src/manifest/loadHall';
import { parseBooth, parseHall } from '../../src/manifest/parse';
import { checkProgrammeAgainstHall, parseProgramme, programmeAssetUrls } from '../../src/manifest/programme';
import { MANIFEST_LIMITS, tooLargeMessage } from '../../src/manifest/guards';

/**
 * Files on disk are given a stand-in http origin so that relative paths and the origin
 * allowlist behave exactly as they do in the browser.
 */
export const LOCAL_ORIGIN = 'http://pavilion.local';

export interface FileReport {
  file: string;
  kind: 'hall' | 'booth' | 'programme' | 'unknown';
  ok: boolean;
  problems: ManifestProblem[];
  /** The booth's models found on disk, for their own checks (inspectModels: the glTF validator is asynchronous). */
  models?: { path: string; abs: string }[];
}

export interface ValidateOptions {
  /** Where the site is served from: a site-absolute path ("/scenes/…") starts here. */
  root?: string;
  /** Where the given paths are relative to, and reported relative to. */
  cwd?: string;
}

/**
 * A file's stand-in URL: under the served root as the site would serve it; elsewhere under
 * /@fs/ (as Vite does), so that a manifest outside the project still resolves its own files.
 */
function toUrl(abs: string, root: string): string {
  const rel = path.relative(root, abs);
  const parts =
    rel.startsWith('..') || path.isAbsolute(rel) ? ['@fs', ...abs.split(path.sep).filter(Boolean)] : rel.split(path.sep);
  return `${LOCAL_ORIGIN}/${parts.map(encodeURIComponent).join('/')}`;
}
function toPath(url: string, root: string): string | null {
  const u = new URL(url);
  if (u.origin !== LOCAL_ORIGIN) return null;
  const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  return parts[0] === '@fs' ? path.join(path.parse(root).root, ...parts.slice(1)) : path.join(root, ...parts);
}

/** The file's text, or why it cannot be read (a folder, no permission); never throws. */
function readLimited(abs: string): { text: string } | { error: string } {
  try {
    const stat = statSync(abs);
    if (!stat.isFile()) return { error: `expected a JSON file, got a ${stat.isDirectory() ? 'folder' : 'special file'}` };
    // Size first: the parser refuses big files anyway, but we must not read 2 GB to find out.
    if (stat.size > MANIFEST_LIMITS.maxBytes) return { error: tooLargeMessage(MANIFEST_LIMITS.maxBytes, stat.size) };
    return { text: readFileSync(abs, 'utf8') };
  } catch (e) {
    return { error: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
}

/** The models a booth names that are on disk, by where the manifest names them. */
function modelsOnDisk(booth: Booth, root: string): { path: string; abs: string }[] {
  return booth.media.flatMap((m, i) => {
    if (m.type !== 'model') return [];
    const p = toPath(m.src, root);
    return p && existsSync(p) ? [{ path: `media[${i}].src`, abs: p }] : [];
  });
}

function missingAssets(
  urls: readonly { url: string; path: string }[],
  file: string,
  root: string,
  cwd: string,
): ManifestProblem[] {
  const out: ManifestProblem[] = [];
  for (const { url, path: at } of urls) {
    const p = toPath(url, root);
    if (p && !existsSync(p.split('?')[0] ?? p))
      out.push({ file, path: at, message: `file not found: ${path.relative(cwd, p)}`, severity: 'error' });
  }
  return out;
}

const unreadable = (file: string, kind: FileReport['kind'], message: string): FileReport => ({
  file,
  kind,
  ok: false,
  problems: [{ file, path: '', message, severity: 'error' }],
});

function looksLike(text: string): 'hall' | 'programme' | 'booth' {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null) return 'booth';
    if ('zones' in v) return 'hall';
    return 'hall' in v && !('exhibitor' in v) ? 'programme' : 'booth';
  } catch {
    return 'booth';
  }
}

/** A programme on its own, or (given its hall) checked against the hall's zones and dates too. */
function programmeReport(text: string, file: string, url: string, root: string, cwd: string, hall: Hall | null): FileReport {
  const policy = { appOrigin: LOCAL_ORIGIN, allowedOrigins: hall?.allowedOrigins ?? [] };
  const r = parseProgramme({ text, file, url }, policy);
  const problems = [...r.problems];
  if (r.value) {
    problems.push(...missingAssets(programmeAssetUrls(r.value), file, root, cwd));
    if (hall) problems.push(...checkProgrammeAgainstHall(r.value, hall, file).problems);
  }
  return { file, kind: 'programme', ok: problems.length === 0, problems };
}

function programmeOf(hall: Hall, hallFile: string, hallUrl: string, root: string, cwd: string): FileReport {
  const url = hall.programmeUrl!;
  const p = toPath(url, root);
  const file = p ? path.relative(cwd, p) : displayName(url, hallUrl);
  if (!p)
    return {
      file,
      kind: 'programme',
      ok: true,
      problems: [{ file, path: '', message: 'remote programme not checked offline', severity: 'warning' }],
    };
  if (!existsSync(p)) return unreadable(file, 'programme', `file not found (the programme of ${hallFile})`);
  const read = readLimited(p);
  return 'error' in read ? unreadable(file, 'programme', read.error) : programmeReport(read.text, file, url, root, cwd, hall);
}

/** Validates halls (with all their booths and programme), single booth files and programmes; never throws for bad input. */
export function validateFiles(inputs: string[], opts: ValidateOptions = {}): FileReport[] {
  const root = path.resolve(opts.root ?? process.cwd());
  const cwd = path.resolve(opts.cwd ?? root);
  const reports: FileReport[] = [];
  const policy = { appOrigin: LOCAL_ORIGIN, allowedOrigins: [] };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    const file = path.relative(cwd, abs);
    if (!existsSync(abs)) {
      reports.push(unreadable(file, 'unknown', 'file not found'));
      continue;
    }
    const read = readLimited(abs);
    if ('error' in read) {
      reports.push(unreadable(file, 'unknown', read.error));
      continue;
    }
    const { text } = read;
    const url = toUrl(abs, root);
    const kind = looksLike(text);
    if (kind === 'programme') {
      reports.push(programmeReport(text, file, url, root, cwd, null));
      continue;
    }
    if (kind === 'booth') {
      const r = parseBooth({ text, file, url }, null);
      const problems = [...r.problems, ...(r.value ? missingAssets(boothAssetUrls(r.value), file, root, cwd) : [])];
      const models = r.value ? modelsOnDisk(r.value, root) : [];
      reports.push({ file, kind: 'booth', ok: problems.length === 0, problems, ...(models.length ? { models } : {}) });
      continue;
    }
    const h = parseHall({ text, file, url }, policy);
    reports.push({ file, kind: 'hall', ok: h.problems.length === 0, problems: h.problems });
    if (!h.value) continue;
    const hall = h.value;
    const booths: Booth[] = [];
    const boothPolicy = { appOrigin: LOCAL_ORIGIN, allowedOrigins: hall.allowedOrigins };
    for (const boothUrl of hall.boothUrls) {
      const p = toPath(boothUrl, root);
      const bfile = p ? path.relative(cwd, p) : displayName(boothUrl, url);
      if (!p) {
        reports.push({
          file: bfile,
          kind: 'booth',
          ok: true,
          problems: [{ file: bfile, path: '', message: 'remote booth not checked offline', severity: 'warning' }],
        });
        continue;
      }
      if (!existsSync(p)) {
        reports.push(unreadable(bfile, 'booth', `file not found (listed in ${file})`));
        continue;
      }
      const booth = readLimited(p);
      if ('error' in booth) {
        reports.push(unreadable(bfile, 'booth', booth.error));
        continue;
      }
      const r = parseBooth({ text: booth.text, file: bfile, url: boothUrl }, boothPolicy);
      const problems = [...r.problems, ...(r.value ? missingAssets(boothAssetUrls(r.value), bfile, root, cwd) : [])];
      const models = r.value ? modelsOnDisk(r.value, root) : [];
      if (r.value) {
        const dup = booths.find((b) => b.id === r.value?.id);
        if (dup) problems.push({ file: bfile, path: 'id', message: `duplicate booth id "${dup.id}"`, severity: 'error' });
        else booths.push(r.value);
      }
      reports.push({ file: bfile, kind: 'booth', ok: problems.length === 0, problems, ...(models.length ? { models } : {}) });
    }
    if (hall.programmeUrl) reports.push(programmeOf(hall, file, url, root, cwd));
    const cross = crossCheck(hall, booths, file);
    const hallReport = reports.find((r) => r.file === file && r.kind === 'hall');
    if (hallReport && cross.length) {
      hallReport.problems.push(...cross);
      hallReport.ok = false;
    }
  }
  return reports;
}
