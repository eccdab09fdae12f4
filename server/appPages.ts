import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { SLUG as BOOTH_ID } from '../src/manifest/schemaParts';
import { livePages } from './livePages';

/** Where the service says which hall a page opens (boot/hallUrl reads it). */
export const LIVE_HALL_PATH = '/live/hall.bundle.json';

/**
 * The app's own pages' policy: script only from the app (and its one inline loader, by hash),
 * frames, media and fetches only from the app, the content origin and the hall's allowlist.
 */
export function appCsp(inlineHashes: readonly string[], origins: readonly string[]): string {
  const o = origins.join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineHashes.map((h) => `'${h}'`).join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${o}`,
    `media-src 'self' blob: ${o}`,
    `frame-src 'self' blob: ${o}`,
    `connect-src 'self' data: blob: ${o}`,
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** A built page, opening the service's live hall (boot/hallUrl reads the meta tag). */
function withLiveHall(html: string): string {
  return html.replace(
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <meta name="pavilion-hall" content="${LIVE_HALL_PATH}" />`,
  );
}

function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
    out.push(
      `sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}`,
    );
  return out;
}

/**
 * Serves the built app (`vite build`): its pages with the live hall named in a meta tag and the
 * CSP above, its assets as they are (hashed names: cached forever), and the sample's H5 pages
 * sandboxed like every exhibitor page.
 */
export async function appPages(
  app: FastifyInstance,
  distDir: string,
  origins: () => readonly string[],
  liveBundleFile: string | null = null,
): Promise<void> {
  const pages = new Map<string, { html: string; hashes: string[] }>();
  for (const [route, file] of [
    ['/', 'index.html'],
    ['/studio/', 'studio/index.html'],
    ['/review/', 'review/index.html'],
    ['/kiosk/', 'kiosk/index.html'],
  ] as const) {
    const abs = path.join(distDir, file);
    if (!existsSync(abs)) continue;
    const html = withLiveHall(readFileSync(abs, 'utf8'));
    pages.set(route, { html, hashes: inlineScriptHashes(html) });
  }
  // The booths' pre-rendered pages (the build's hall: the sample the service first publishes),
  // for when the build has no server render: a booth published since then opens the app's page.
  const boothDir = path.join(distDir, 'booth');
  const boothPages = new Map<string, { html: string; hashes: string[] }>();
  if (existsSync(boothDir))
    for (const id of readdirSync(boothDir)) {
      const abs = path.join(boothDir, id, 'index.html');
      if (!BOOTH_ID.test(id) || !existsSync(abs)) continue;
      const html = withLiveHall(readFileSync(abs, 'utf8'));
      boothPages.set(id, { html, hashes: inlineScriptHashes(html) });
    }
  const sendPage = (reply: FastifyReply, page: { html: string; hashes: string[] }) =>
    reply
      .header('Content-Security-Policy', appCsp(page.hashes, origins()))
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(page.html);
  // With the build's server render, the hall's and each booth's pages come from the live hall as
  // it is now (a booth published or changed since the build has its own card and content).
  const site = (process.env.PAVILION_SITE_URL ?? '').replace(/\/+$/, '');
  const live = liveBundleFile ? livePages(distDir, liveBundleFile, site, withLiveHall) : null;
  const rendered = async (boothId: string | null) => {
    try {
      const html = await live?.(boothId);
      return html ? { html, hashes: inlineScriptHashes(html) } : null;
    } catch (err) {
      // A hall the render cannot read still opens: the built page, whose script loads it.
      console.error('[pages] server render failed:', err);
      return null;
    }
  };
  app.get<{ Params: { id: string } }>('/booth/:id/', async (req, reply) => {
    const { id } = req.params;
    if (!BOOTH_ID.test(id)) return reply.code(404).send();
    // A booth not in the live hall gets the hall's page (the app says it is not there), never the build's old copy.
    const page = live
      ? ((await rendered(id)) ?? (await rendered(null)) ?? pages.get('/'))
      : (boothPages.get(id) ?? pages.get('/'));
    return page ? sendPage(reply, page) : reply.code(404).send();
  });
  app.get<{ Params: { id: string } }>('/booth/:id', async (req, reply) =>
    BOOTH_ID.test(req.params.id) ? reply.redirect(`/booth/${req.params.id}/`) : reply.code(404).send(),
  );
  for (const [route, page] of pages) {
    const send = async (_req: unknown, reply: FastifyReply) =>
      sendPage(reply, (route === '/' ? await rendered(null) : null) ?? page);
    app.get(route, send);
    if (route !== '/') app.get(route.slice(0, -1), async (_req, reply) => reply.redirect(route));
    if (route === '/') app.get('/index.html', send);
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: true,
    index: false,
    setHeaders(res, filePath) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (filePath.startsWith(path.join(distDir, 'assets') + path.sep))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
      // The sample's H5 pages are exhibitors' pages too: sandboxed even at top level.
      if (filePath.startsWith(path.join(distDir, 'scenes') + path.sep)) {
        res.setHeader('Access-Control-Allow-Origin', '*');
        if (/\.html?$/i.test(filePath)) res.setHeader('Content-Security-Policy', 'sandbox allow-scripts');
      }
    },
  });
}
