import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { FileStore } from '@tus/file-store';
import { Server as TusServer } from '@tus/server';
import { actorFor } from './auth';
import type { Db } from './db';
import { HttpError } from './publishing';

/**
 * Resumable uploads for large videos (the tus 1.0 protocol, `@tus/server`): a dropped
 * connection resumes where it stopped. Each upload belongs to the booth of the token that made
 * it; a finished one joins a submission by id (intake.ts), and is checked there like any file.
 */
export class ResumableUploads {
  readonly dir: string;
  readonly store: FileStore;
  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'uploads');
    this.store = new FileStore({ directory: this.dir, expirationPeriodInMilliseconds: 7 * 24 * 3600 * 1000 });
  }

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** A finished upload of this booth's, or a 422 that says why not. */
  async finished(id: string, booth: string): Promise<{ abs: string; size: number }> {
    let upload;
    try {
      upload = await this.store.getUpload(id);
    } catch {
      throw new HttpError(422, `upload ${id}: no such upload`);
    }
    if (upload.metadata?.booth !== booth) throw new HttpError(403, `upload ${id} belongs to another booth`);
    if (upload.size === undefined || upload.offset !== upload.size)
      throw new HttpError(422, `upload ${id} is not finished (${upload.offset} of ${upload.size ?? '?'} bytes)`);
    const abs = path.join(this.dir, id);
    return { abs, size: (await stat(abs)).size };
  }

  register(app: FastifyInstance, db: Db, maxBytes: number): void {
    const store = this.store;
    const tus = new TusServer({
      path: '/api/uploads',
      datastore: this.store,
      maxSize: maxBytes,
      relativeLocation: true,
      async onIncomingRequest(req, uploadId) {
        const actor = actorFor(db, req.headers.get('authorization') ?? undefined);
        if (!actor) throw { status_code: 401, body: 'expected a valid token' };
        if (actor.role !== 'exhibitor') return;
        if (req.method !== 'POST' && uploadId) {
          const up = await tusStoreUpload(store, uploadId);
          if (up && up.metadata?.booth !== actor.booth) throw { status_code: 403, body: 'this upload belongs to another booth' };
        }
      },
      async onUploadCreate(req, upload) {
        const actor = actorFor(db, req.headers.get('authorization') ?? undefined);
        const booth = actor?.role === 'exhibitor' ? actor.booth : (upload.metadata?.booth ?? '');
        // The booth is the token's, whatever the client said.
        return { metadata: { ...upload.metadata, booth } };
      },
    });
    app.addContentTypeParser('application/offset+octet-stream', (_req, _payload, done) => done(null));
    const handle = async (req: { raw: IncomingMessage }, reply: { raw: ServerResponse; hijack(): void }) => {
      reply.hijack();
      await tus.handle(req.raw, reply.raw);
    };
    app.all('/api/uploads', handle);
    app.all('/api/uploads/*', handle);
  }
}

async function tusStoreUpload(store: FileStore, id: string) {
  try {
    return await store.getUpload(id);
  } catch {
    return null;
  }
}
