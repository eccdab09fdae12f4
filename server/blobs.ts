import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

/**
 * Uploaded files by content: `blobs/<sha256>`, written once and never changed, so a submission,
 * a published version and a rollback all point at the same bytes. Staged files wait in `tmp/`
 * until the whole upload is accepted: a refused upload removes its staging folder and keeps
 * nothing; one cut short by a crash is swept at the next start.
 */
export interface StagedFile {
  /** The path the manifest uses for it, relative to the manifest. */
  path: string;
  /** Where it is staged (or, once stored, the blob). */
  abs: string;
  size: number;
  sha256: string;
}

export class SizeLimitError extends Error {}

export class BlobStore {
  readonly blobsDir: string;
  readonly tmpDir: string;
  constructor(dataDir: string) {
    this.blobsDir = path.join(dataDir, 'blobs');
    this.tmpDir = path.join(dataDir, 'tmp');
  }

  async init(): Promise<void> {
    // Anything in tmp/ belonged to a request that never finished: it was never accepted.
    await rm(this.tmpDir, { recursive: true, force: true });
    await mkdir(this.tmpDir, { recursive: true });
    await mkdir(this.blobsDir, { recursive: true });
  }

  blobPath(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a content hash');
    return path.join(this.blobsDir, sha256.slice(0, 2), sha256);
  }

  /** A fresh staging folder for one request. */
  async stagingDir(): Promise<string> {
    const dir = path.join(this.tmpDir, randomUUID());
    await mkdir(dir, { recursive: true });
    return dir;
  }

  /**
   * Streams `source` into the staging folder, hashing as it goes; stops with SizeLimitError past
   * `maxBytes` (the partial file is left for the caller's folder clean-up).
   */
  async stage(dir: string, filePath: string, source: Readable, maxBytes: number): Promise<StagedFile> {
    const abs = path.join(dir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new SizeLimitError(`${filePath}: expected at most ${maxBytes} bytes`));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(source, meter, createWriteStream(abs, { flags: 'wx' }));
    return { path: filePath, abs, size, sha256: hash.digest('hex') };
  }

  /** Moves staged files into the store, durably (fsync, rename, fsync the folder). */
  async commit(files: StagedFile[]): Promise<void> {
    for (const f of files) {
      const dest = this.blobPath(f.sha256);
      if (f.abs === dest) continue;
      if (await exists(dest)) {
        await unlink(f.abs);
        continue;
      }
      await mkdir(path.dirname(dest), { recursive: true });
      await fsyncFile(f.abs);
      await rename(f.abs, dest);
      await fsyncFile(path.dirname(dest));
    }
  }

  /** Stores bytes already on disk (the sample expo, a finished resumable upload) by copying through staging. */
  async putFile(abs: string): Promise<{ sha256: string; size: number }> {
    const { createReadStream } = await import('node:fs');
    const dir = await this.stagingDir();
    try {
      const staged = await this.stage(dir, path.basename(abs), createReadStream(abs), Number.MAX_SAFE_INTEGER);
      await this.commit([staged]);
      return { sha256: staged.sha256, size: staged.size };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

export async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

export async function fsyncFile(p: string): Promise<void> {
  const fh = await open(p, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
