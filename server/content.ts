import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Publishing } from './publishing';
import { CONTENT_TYPES } from './contentTypes';
import { sendFile } from './sendFile';

const EXPOSED = 'Content-Length, Content-Range, Accept-Ranges, ETag';

/** What a browser may render inline; anything else is offered as a download. */
const INLINE = /^(image|video|audio|font)\/|^text\/(html|css|vtt|markdown|javascript)|^application\/(json|vnd\.apple\.mpegurl)/;

/**
 * Headers for exhibitors' files. HTML (H5 pages) runs sandboxed in an opaque origin even when
 * opened at top level, and only the pavilion may frame it; everything else may run no script at
 * all (an SVG opened directly included).
 */
export function contentHeaders(reply: FastifyReply, type: string, appOrigins: readonly string[]): void {
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Access-Control-Allow-Origin', '*');
  // Lets a page's scripts (hls.js, a kiosk's offline cache) read how a file was cut and sized.
  reply.header('Access-Control-Expose-Headers', EXPOSED);
  reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
  reply.header('Referrer-Policy', 'no-referrer');
  if (type.startsWith('text/html')) {
    reply.header(
      'Content-Security-Policy',
      `sandbox allow-scripts; default-src 'self' 'unsafe-inline' data: blob:; connect-src 'none'; form-action 'none'; frame-ancestors ${appOrigins.join(' ') || "'none'"}`,
    );
  } else {
    reply.header(
      'Content-Security-Policy',
      "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'",
    );
  }
  if (!INLINE.test(type)) reply.header('Content-Disposition', 'attachment');
}

export function typeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The second origin: published booths (`/live/s/…`, `/live/h/…`), submissions' previews
 * (`/sub/<id>/…`) and the project's own fonts for H5 pages (`/fonts/…`). Never the app's origin,
 * so an exhibitor's script can never read the pavilion's storage or cookies.
 */
export function createContentServer(opts: {
  liveDir: string;
  fontsDir: string | null;
  publishing: Publishing;
  appOrigins: () => readonly string[];
}): FastifyInstance {
  const app = Fastify({ logger: false, forceCloseConnections: true });
  const safeJoin = (root: string, rel: string): string | null => {
    const abs = path.join(root, rel);
    return abs.startsWith(root + path.sep) ? abs : null;
  };
  // CORS preflights: a cross-origin request with a header beyond the simple ones (a Range a
  // service worker passes on, a conditional request) asks first. Reading only, from anywhere.
  app.options('/*', async (_req, reply) =>
    reply
      .code(204)
      .header('Access-Control-Allow-Origin', '*')
      .header('Access-Control-Allow-Methods', 'GET, HEAD')
      .header('Access-Control-Allow-Headers', 'Range, If-None-Match, If-Modified-Since')
      .header('Access-Control-Max-Age', '86400')
      .send(),
  );
  app.get<{ Params: { '*': string } }>('/live/*', async (req, reply) => {
    const rel = decodeURIComponent(req.params['*']);
    if (!/^(s\/[0-9a-f]{32}|h)\//.test(rel)) return reply.code(404).send({ error: 'not found' });
    const abs = safeJoin(opts.liveDir, rel);
    if (!abs) return reply.code(404).send({ error: 'not found' });
    const type = typeOf(abs);
    contentHeaders(reply, type, opts.appOrigins());
    reply.header('Cache-Control', 'public, max-age=31536000, immutable');
    return sendFile(req, reply, abs, type);
  });
  app.get<{ Params: { id: string; '*': string } }>('/sub/:id/*', async (req, reply) => {
    if (!/^[0-9a-f-]{36}$/.test(req.params.id)) return reply.code(404).send({ error: 'not found' });
    const f = opts.publishing.file(req.params.id, decodeURIComponent(req.params['*']));
    if (!f) return reply.code(404).send({ error: 'not found' });
    reply.header('Cache-Control', 'private, no-cache');
    if ('text' in f) {
      contentHeaders(reply, 'application/json', opts.appOrigins());
      return reply.type('application/json; charset=utf-8').send(f.text);
    }
    const type = typeOf(req.params['*']);
    contentHeaders(reply, type, opts.appOrigins());
    return sendFile(req, reply, f.abs, type);
  });
  if (opts.fontsDir) {
    const fonts = opts.fontsDir;
    app.get<{ Params: { '*': string } }>('/fonts/*', async (req, reply) => {
      const abs = safeJoin(fonts, decodeURIComponent(req.params['*']));
      if (!abs) return reply.code(404).send({ error: 'not found' });
      const type = abs.endsWith('.css') ? 'text/css; charset=utf-8' : typeOf(abs);
      contentHeaders(reply, type, opts.appOrigins());
      reply.header('Cache-Control', 'public, max-age=86400');
      return sendFile(req, reply, abs, type);
    });
  }
  return app;
}
