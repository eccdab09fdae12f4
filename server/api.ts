import { rm } from 'node:fs/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditEntry, BoothSummary, BoothVersion, Me } from '../src/api/types';
import { actorFor, type Actor } from './auth';
import type { BlobStore } from './blobs';
import { checkSubmission } from './checkSubmission';
import type { Config } from './config';
import type { Db } from './db';
import type { LiveHall } from './live';
import { readSubmission } from './intake';
import { HttpError, type Publishing } from './publishing';
import type { ResumableUploads } from './resumable';

export interface ApiDeps {
  db: Db;
  blobs: BlobStore;
  live: LiveHall;
  publishing: Publishing;
  uploads: ResumableUploads;
  config: Config;
}

const BOOTH_ID = { type: 'string', pattern: '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$' } as const;
const SUB_ID = { type: 'string', pattern: '^[0-9a-f-]{36}$' } as const;

function who(db: Db, req: FastifyRequest): Actor {
  const actor = actorFor(db, req.headers.authorization);
  if (!actor) throw new HttpError(401, 'expected a valid token: Authorization: Bearer <token> (unknown, expired or revoked)');
  return actor;
}

export function organiser(db: Db, req: FastifyRequest): Actor {
  const actor = who(db, req);
  if (actor.role !== 'organiser') throw new HttpError(403, 'only the organiser may do this');
  return actor;
}

/** May this actor read or write this booth? The organiser may all; an exhibitor only their own. */
function boothActor(db: Db, req: FastifyRequest, booth: string): Actor {
  const actor = who(db, req);
  if (actor.role === 'exhibitor' && actor.booth !== booth)
    throw new HttpError(403, `this token may write only booth "${actor.booth}"`);
  return actor;
}

/** The service's API (src/api/types.ts is the contract). */
export async function apiRoutes(app: FastifyInstance, deps: ApiDeps): Promise<void> {
  const { db, publishing, live, config } = deps;

  app.get('/api/me', async (req): Promise<Me> => {
    const a = who(db, req);
    return a.role === 'organiser'
      ? { role: 'organiser' }
      : { role: 'exhibitor', booth: a.booth, zone: a.zone, name: a.name, expiresAt: a.expiresAt };
  });

  app.post<{ Params: { id: string } }>(
    '/api/booths/:id/submissions',
    {
      schema: { params: { type: 'object', properties: { id: BOOTH_ID }, required: ['id'] } },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const actor = boothActor(db, req, req.params.id);
      const booth = req.params.id;
      if (!db.prepare('SELECT 1 FROM booths WHERE id = ?').get(booth))
        throw new HttpError(404, `no booth "${booth}": the organiser adds it with npm run exhibitor:add`);
      if (!req.isMultipart()) throw new HttpError(415, 'expected multipart/form-data with a "manifest" part and "asset" parts');
      const intake = await readSubmission(req, deps.blobs, config.limits, deps.uploads, booth);
      try {
        const { hall } = live.hallManifest();
        const check = await checkSubmission({
          boothId: booth,
          manifestText: intake.manifestText,
          manifestName: intake.manifestName,
          files: intake.files,
          allowedOrigins: (hall.allowedOrigins as string[] | undefined) ?? [],
        });
        if (check.errors.length)
          throw new HttpError(
            422,
            `${check.errors.length} problem(s) in the submission`,
            check.errors.map(({ file, path, message }) => ({ file, path, message })),
          );
        const id = await publishing.accept({
          booth,
          account: actor.id,
          by: actor.name,
          manifestText: intake.manifestText,
          files: intake.files,
          types: check.types,
          warnings: check.warnings,
        });
        return reply.code(201).send({ submission: id, status: 'submitted', warnings: check.warnings });
      } finally {
        await rm(intake.dir, { recursive: true, force: true });
      }
    },
  );

  const boothParams = { schema: { params: { type: 'object', properties: { id: BOOTH_ID }, required: ['id'] } } };
  const subParams = { schema: { params: { type: 'object', properties: { id: SUB_ID }, required: ['id'] } } };

  app.get<{ Params: { id: string } }>('/api/booths/:id/submissions', boothParams, async (req) => {
    boothActor(db, req, req.params.id);
    return publishing.list(req.params.id);
  });

  app.get<{ Params: { id: string } }>('/api/submissions/:id', subParams, async (req) => {
    const d = publishing.detail(req.params.id);
    boothActor(db, req, d.booth);
    return d;
  });

  app.get<{ Params: { id: string } }>('/api/booths/:id/versions', boothParams, async (req): Promise<BoothVersion[]> => {
    boothActor(db, req, req.params.id);
    const liveV = (
      db.prepare('SELECT live_version FROM booths WHERE id = ?').get(req.params.id) as { live_version: number | null } | undefined
    )?.live_version;
    const rows = db
      .prepare('SELECT version, submission, tree, published_at FROM versions WHERE booth = ? ORDER BY version DESC')
      .all(req.params.id) as {
      version: number;
      submission: string;
      tree: string;
      published_at: string;
    }[];
    return rows.map((r) => ({
      version: r.version,
      submission: r.submission,
      publishedAt: r.published_at,
      live: r.version === liveV,
      url: live.treeUrl(r.tree),
    }));
  });

  app.get('/api/review', async (req) => {
    organiser(db, req);
    return publishing.waiting();
  });

  app.get('/api/booths', async (req): Promise<BoothSummary[]> => {
    organiser(db, req);
    return db
      .prepare(
        `SELECT b.id, b.zone, b.name, b.live_version AS liveVersion,
             (SELECT COUNT(*) FROM submissions s WHERE s.booth = b.id AND s.status = 'submitted') AS waiting
           FROM booths b ORDER BY b.ord`,
      )
      .all() as BoothSummary[];
  });

  app.get('/api/audit', async (req): Promise<AuditEntry[]> => {
    organiser(db, req);
    const rows = db
      .prepare('SELECT at, actor, action, target, detail FROM audit ORDER BY id DESC LIMIT 500')
      .all() as (AuditEntry & { detail: string | null })[];
    return rows.map(({ detail, ...r }) => (detail ? { ...r, detail } : r));
  });

  app.post<{ Params: { id: string } }>('/api/submissions/:id/approve', subParams, async (req) => {
    const a = organiser(db, req);
    return publishing.approve(req.params.id, a.name);
  });

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/api/submissions/:id/reject',
    {
      schema: {
        ...subParams.schema,
        body: { type: 'object', properties: { reason: { type: 'string', minLength: 1, maxLength: 2000 } }, required: ['reason'] },
      },
    },
    async (req) => {
      const a = organiser(db, req);
      const reason = req.body.reason.trim();
      if (!reason) throw new HttpError(422, 'reason: expected a reason the exhibitor can act on');
      publishing.reject(req.params.id, reason, a.name);
      return { status: 'rejected' };
    },
  );

  app.post<{ Params: { id: string }; Body: { version: number } }>(
    '/api/booths/:id/rollback',
    {
      schema: {
        ...boothParams.schema,
        body: { type: 'object', properties: { version: { type: 'integer', minimum: 1 } }, required: ['version'] },
      },
    },
    async (req) => {
      const a = organiser(db, req);
      return publishing.rollback(req.params.id, req.body.version, a.name);
    },
  );
}
