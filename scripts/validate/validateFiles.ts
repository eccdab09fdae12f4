import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Booth, ManifestProblem } from '../../src/manifest/index';
import { boothAssetUrls } from '../../src/manifest/assetUrls';
import { crossCheck, displayName } from '../../src/manifest/loadHall';
import { parseBooth, parseHall } from '../../src/manifest/parse';
import { MANIFEST_LIMITS } from '../../src/manifest/guards';

/**
 * Files on disk are given a stand-in http origin so that relative paths and the origin
 * allowlist behave exactly as they do in the browser.
 */
export const LOCAL_ORIGIN = 'http://pavilion.local';

export interface FileReport {
  file: string;
  kind: 'hall' | 'booth' | 'unknown';
  ok: boolean;
  problems: ManifestProblem[];
}

function toUrl(absPath: string, root: string): string {
  return `${LOCAL_ORIGIN}/${path.relative(root, absPath).split(path.sep).map(encodeURIComponent).join('/')}`;
}
function toPath(url: string, root: string): string | null {
  const u = new URL(url);
  if (u.origin !== LOCAL_ORIGIN) return null;
  return path.join(root, ...decodeURIComponent(u.pathname).split('/').filter(Boolean));
}

function readLimited(abs: string): string {
  // Size first: the parser refuses big files anyway, but we must not read 2 GB to find out.
  if (statSync(abs).size > MANIFEST_LIMITS.maxBytes) return ' '.repeat(MANIFEST_LIMITS.maxBytes + 1);
  return readFileSync(abs, 'utf8');
}

function missingAssets(booth: Booth, file: string, root: string): ManifestProblem[] {
  const out: ManifestProblem[] = [];
  for (const { url, path: at } of boothAssetUrls(booth)) {
    const p = toPath(url, root);
    if (p && !existsSync(p.split('?')[0] ?? p))
      out.push({ file, path: at, message: `file not found: ${path.relative(root, p)}`, severity: 'error' });
  }
  return out;
}

function looksLikeHall(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && 'zones' in v;
  } catch {
    return false;
  }
}

/** Validates halls (with all their booths) and single booth files; never throws for bad input. */
export function validateFiles(inputs: string[], root = process.cwd()): FileReport[] {
  const reports: FileReport[] = [];
  const policy = { appOrigin: LOCAL_ORIGIN, allowedOrigins: [] };
  for (const input of inputs) {
    const abs = path.resolve(root, input);
    const file = path.relative(root, abs);
    if (!existsSync(abs)) {
      reports.push({
        file,
        kind: 'unknown',
        ok: false,
        problems: [{ file, path: '', message: 'file not found', severity: 'error' }],
      });
      continue;
    }
    const text = readLimited(abs);
    const url = toUrl(abs, root);
    if (!looksLikeHall(text)) {
      const r = parseBooth({ text, file, url }, null);
      const problems = [...r.problems, ...(r.value ? missingAssets(r.value, file, root) : [])];
      reports.push({ file, kind: 'booth', ok: problems.length === 0, problems });
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
      const bfile = p ? path.relative(root, p) : displayName(boothUrl, url);
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
        reports.push({
          file: bfile,
          kind: 'booth',
          ok: false,
          problems: [{ file: bfile, path: '', message: `file not found (listed in ${file})`, severity: 'error' }],
        });
        continue;
      }
      const r = parseBooth({ text: readLimited(p), file: bfile, url: boothUrl }, boothPolicy);
      const problems = [...r.problems, ...(r.value ? missingAssets(r.value, bfile, root) : [])];
      if (r.value) {
        const dup = booths.find((b) => b.id === r.value?.id);
        if (dup) problems.push({ file: bfile, path: 'id', message: `duplicate booth id "${dup.id}"`, severity: 'error' });
        else booths.push(r.value);
      }
      reports.push({ file: bfile, kind: 'booth', ok: problems.length === 0, problems });
    }
    const cross = crossCheck(hall, booths, file);
    const hallReport = reports.find((r) => r.file === file && r.kind === 'hall');
    if (hallReport && cross.length) {
      hallReport.problems.push(...cross);
      hallReport.ok = false;
    }
  }
  return reports;
}
