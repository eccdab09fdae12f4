import { createReadStream, cpSync, existsSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_TYPES as TYPES } from '../server/contentTypes.ts';
import { bundlePathFor, findHalls, makeBundle } from './bundle/makeBundle.ts';

/**
 * Every H5 page, wherever it is served from: sandboxed even when opened at top level (a shared
 * link, "open in a new tab"), so its script runs in an opaque origin and can never read the
 * pavilion's storage or cookies. Static hosts must send the same header (README).
 */
export const H5_CSP = 'sandbox allow-scripts';

/** Extensions `vite preview`'s static server types wrongly or not at all (checked against its table). */
const OWN_TYPES = new Set(['.m3u8']);

/**
 * Serves `scenes/` (hall and booth manifests with their media) at `/scenes/` in dev, raw,
 * with Range support for video, and copies it into the build. Vite's own static serving
 * would inject its client into the H5 pages and does not ship these files in a build.
 * `Access-Control-Allow-Origin: *` because sandboxed H5 frames have an opaque origin and
 * fetch their fonts in CORS mode.
 */
export function scenesPlugin(scenesDir: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'pavilion-scenes',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/scenes', (req, res, next) => {
        const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        const file = path.join(scenesDir, path.normalize(urlPath).replace(/^([/\\])+/, ''));
        if (!file.startsWith(scenesDir + path.sep)) return next();
        // A hall's bundle, made fresh on each request so edits to its booths show at once.
        const hallFile = file.replace(/\.bundle\.json$/i, '.json');
        if (!existsSync(file) && hallFile !== file && existsSync(hallFile)) {
          res.setHeader('Content-Type', TYPES['.json']!);
          res.setHeader('Access-Control-Allow-Origin', '*');
          res.setHeader('Cache-Control', 'no-cache');
          try {
            return res.end(JSON.stringify(makeBundle(hallFile).bundle));
          } catch (e) {
            // hall.json itself is not JSON: serve nothing rather than a bundle that hides why.
            res.statusCode = 422;
            return res.end(`${path.relative(scenesDir, hallFile)}: ${(e as Error).message}`);
          }
        }
        if (!existsSync(file) || !statSync(file).isFile()) return next();
        serveFile(file, req, res);
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use('/scenes', (req, res, next) => {
        // Vite's static server has no type for HLS playlists: those are served here, as in dev.
        const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        if (OWN_TYPES.has(path.extname(urlPath).toLowerCase())) {
          const root = path.join(outDir, 'scenes');
          const file = path.join(root, path.normalize(urlPath).replace(/^([/\\])+/, ''));
          if (file.startsWith(root + path.sep) && existsSync(file) && statSync(file).isFile()) return serveFile(file, req, res);
        }
        if (/\.html?(?:[?#]|$)/i.test(req.url ?? '')) res.setHeader('Content-Security-Policy', H5_CSP);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        next();
      });
    },
    closeBundle() {
      cpSync(scenesDir, path.join(outDir, 'scenes'), { recursive: true });
      for (const hall of findHalls(path.join(outDir, 'scenes'))) {
        if (existsSync(bundlePathFor(hall))) continue;
        try {
          writeFileSync(bundlePathFor(hall), JSON.stringify(makeBundle(hall).bundle));
        } catch (e) {
          this.warn(`no bundle for ${hall}: ${(e as Error).message}`);
        }
      }
    },
  };
}

/** Sends one file of `scenes/` raw, typed by its extension, with Range support for video. */
function serveFile(file: string, req: IncomingMessage, res: ServerResponse): void {
  const size = statSync(file).size;
  res.setHeader('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (/\.html?$/i.test(file)) res.setHeader('Content-Security-Policy', H5_CSP);
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : size - Number(range[2]);
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start < 0) {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${size}`);
      res.end();
      return;
    }
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    res.setHeader('Content-Length', String(end - start + 1));
    createReadStream(file, { start, end }).pipe(res);
    return;
  }
  res.setHeader('Content-Length', String(size));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
