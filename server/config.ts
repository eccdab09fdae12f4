import path from 'node:path';

/** The service's settings, read and checked once at start (README "Organiser's guide"). */
export interface Config {
  /** The app's port: the pavilion, the studio, the review page and the API. */
  port: number;
  host: string;
  /** The second origin's port: exhibitors' files, never on the app's origin. 0 = pick one. */
  contentPort: number;
  /** The content origin as visitors' browsers reach it; by default the second port on the same host. */
  contentOrigin: string | null;
  /** Everything the service keeps: the database, uploaded files, the live hall. */
  dataDir: string;
  /** The organiser's token when set in the environment (else one is made at first start). */
  adminToken: string | null;
  /** The built app to serve (`vite build`); null serves only the API and the content (npm run dev, tests). */
  distDir: string | null;
  /** The hall the first live version is made from, when the data folder is new (`PAVILION_FIRST_HALL`, default the sample expo). */
  sampleHall: string | null;
  limits: UploadLimits;
  /** More origins that may frame exhibitors' H5 pages (the Vite dev server in `npm run dev`). */
  extraAppOrigins: string[];
}

export interface UploadLimits {
  /** Bytes in one file. */
  fileBytes: number;
  /** Bytes in one submission, all files together. */
  totalBytes: number;
  /** Files in one submission. */
  files: number;
}

const MB = 1024 * 1024;

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name}: expected a whole number ${min}–${max}, got ${JSON.stringify(raw)}`);
  return n;
}

function origin(name: string, raw: string | undefined): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`${name}: expected an origin such as "https://files.expo.example", got ${JSON.stringify(raw)}`);
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.origin !== raw.replace(/\/$/, ''))
    throw new Error(`${name}: expected an origin (scheme and host, no path), got ${JSON.stringify(raw)}`);
  return u.origin;
}

/** Reads the environment; throws one clear message for a bad setting. */
export function configFromEnv(env: NodeJS.ProcessEnv, root: string): Config {
  const port = int('PORT', env.PORT, 5173, 0, 65535);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    contentPort: int('PAVILION_CONTENT_PORT', env.PAVILION_CONTENT_PORT, port === 0 ? 0 : port + 1, 0, 65535),
    contentOrigin: origin('PAVILION_CONTENT_ORIGIN', env.PAVILION_CONTENT_ORIGIN),
    dataDir: path.resolve(root, env.PAVILION_DATA || 'data'),
    adminToken: env.PAVILION_ADMIN_TOKEN || null,
    distDir: path.join(root, 'dist'),
    sampleHall: path.resolve(root, env.PAVILION_FIRST_HALL || 'scenes/sample/hall.json'),
    extraAppOrigins: (env.PAVILION_APP_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
      .map((o) => origin('PAVILION_APP_ORIGINS', o) ?? ''),
    limits: {
      fileBytes: int('PAVILION_MAX_FILE_MB', env.PAVILION_MAX_FILE_MB, 500, 1, 100_000) * MB,
      totalBytes: int('PAVILION_MAX_SUBMISSION_MB', env.PAVILION_MAX_SUBMISSION_MB, 1024, 1, 1_000_000) * MB,
      files: int('PAVILION_MAX_FILES', env.PAVILION_MAX_FILES, 300, 1, 10_000),
    },
  };
}
