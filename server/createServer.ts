import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { apiRoutes } from './api';
import { ensureOrganiser } from './auth';
import { BlobStore } from './blobs';
import type { Config } from './config';
import { createContentServer } from './content';
import { getMeta, openDb, type Db } from './db';
import { appPages } from './appPages';
import { LiveHall } from './live';
import { kioskRoutes } from './kiosks';
import { HttpError, Publishing } from './publishing';
import { ResumableUploads } from './resumable';
import { publishSampleHall } from './sample';

export interface RunningServer {
  app: FastifyInstance;
  content: FastifyInstance;
  db: Db;
  /** The app's origin (pavilion, studio, review, API) as it listens. */
  url: string;
  contentOrigin: string;
  /** The organiser's token when it was made at this start (print it once), else null. */
  newAdminToken: string | null;
  close(): Promise<void>;
}

/**
 * Starts the service: the content origin first (its address goes into the live hall), then the
 * app. On a new data folder the sample expo is published as the first live version.
 */
export async function createServer(config: Config): Promise<RunningServer> {
  await mkdir(config.dataDir, { recursive: true });
  const db = openDb(path.join(config.dataDir, 'pavilion.db'));
  const blobs = new BlobStore(config.dataDir);
  await blobs.init();
  const uploads = new ResumableUploads(config.dataDir);
  await uploads.init();
  let contentOrigin = config.contentOrigin ?? '';
  const live = new LiveHall(config.dataDir, blobs, db, contentOrigin);
  const publishing = new Publishing(db, blobs, live, () => contentOrigin);
  let appOrigin = '';
  const fontsDir = config.distDir && existsSync(path.join(config.distDir, 'fonts')) ? path.join(config.distDir, 'fonts') : null;
  const content = createContentServer({
    liveDir: live.dir,
    fontsDir,
    publishing,
    appOrigins: () => [appOrigin, ...config.extraAppOrigins],
  });
  await content.listen({ port: config.contentPort, host: config.host });
  const cport = (content.server.address() as AddressInfo).port;
  if (!config.contentOrigin) contentOrigin = `http://${config.host}:${cport}`;
  live.setContentOrigin(contentOrigin);

  const newAdminToken = ensureOrganiser(db, config.adminToken);
  await sweepLive(live.dir);
  if (getMeta(db, 'hall') === null && config.sampleHall && existsSync(config.sampleHall))
    await publishSampleHall(config.sampleHall, db, blobs, publishing, live);
  // Mends a publish cut short (database ahead of the files) and follows a changed content origin.
  if (getMeta(db, 'hall') !== null) await live.writeHall();

  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, trustProxy: false, forceCloseConnections: true });
  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof HttpError)
      return reply.code(err.status).send({ error: err.message, ...(err.problems ? { problems: err.problems } : {}) });
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    // Never a stack trace: a 500 says only that it is ours.
    if (status >= 500) {
      console.error(err);
      return reply.code(500).send({ error: 'internal error' });
    }
    return reply.code(status).send({ error: (err as Error).message });
  });
  // The pages set their own CSP (appPages); helmet sets the rest of the usual headers.
  await app.register(helmet, { contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  // Per address; the upload route has its own tighter limit (api.ts).
  await app.register(rateLimit, { max: 1200, timeWindow: '1 minute' });
  await app.register(multipart, { preservePath: true } as Parameters<typeof multipart>[1]);
  uploads.register(app, db, config.limits.fileBytes);
  await apiRoutes(app, { db, blobs, live, publishing, uploads, config });
  await app.register(kioskRoutes, { db });
  for (const name of ['hall.json', 'hall.bundle.json'])
    app.get(`/live/${name}`, async (req, reply) => {
      const { sendFile } = await import('./sendFile');
      reply.header('Cache-Control', 'no-cache').header('X-Content-Type-Options', 'nosniff');
      return sendFile(req, reply, path.join(live.dir, name), 'application/json; charset=utf-8', { etag: true });
    });
  const origins = () => {
    try {
      return [...new Set([contentOrigin, ...((live.hallManifest().hall.allowedOrigins as string[]) ?? [])])];
    } catch {
      return [contentOrigin];
    }
  };
  if (config.distDir && existsSync(path.join(config.distDir, 'index.html')))
    await appPages(app, config.distDir, origins, path.join(live.dir, 'hall.bundle.json'));
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;
  appOrigin = `http://${config.host}:${port}`;
  return {
    app,
    content,
    db,
    url: appOrigin,
    contentOrigin,
    newAdminToken,
    async close() {
      await app.close();
      await content.close();
      db.close();
    },
  };
}

/** Removes what a crash left half-made in live/: temporary trees and files never renamed into place. */
async function sweepLive(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir))
    if (name.startsWith('.tmp-') || name.endsWith('.tmp')) await rm(path.join(dir, name), { recursive: true, force: true });
}
