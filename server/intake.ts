import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import type { UploadedPart } from '../src/api/types';
import { MANIFEST_LIMITS } from '../src/manifest/guards';
import { SizeLimitError, type BlobStore, type StagedFile } from './blobs';
import type { UploadLimits } from './config';
import { HttpError } from './publishing';
import type { ResumableUploads } from './resumable';

export interface Intake {
  manifestText: string;
  manifestName: string;
  files: StagedFile[];
  /** The staging folder: the caller removes it whatever happens. */
  dir: string;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Reads a multipart submission into a staging folder: a `manifest` part, `asset` parts (the
 * filename is the path the manifest uses), and `upload` parts naming finished resumable uploads.
 * Limits are enforced while streaming, so an oversized upload is refused without being stored.
 */
export async function readSubmission(
  req: FastifyRequest,
  blobs: BlobStore,
  limits: UploadLimits,
  uploads: ResumableUploads,
  booth: string,
): Promise<Intake> {
  const dir = await blobs.stagingDir();
  const out: Intake = { manifestText: '', manifestName: 'manifest', files: [], dir };
  let total = 0;
  let manifestSeen = false;
  try {
    for await (const part of req.parts({
      limits: { fileSize: limits.fileBytes, files: limits.files, fields: limits.files + 4, fieldSize: MANIFEST_LIMITS.maxBytes },
    })) {
      if (part.type === 'file' && part.fieldname === 'manifest') {
        const buf = await part.toBuffer();
        if (buf.length > MANIFEST_LIMITS.maxBytes)
          throw new HttpError(413, `manifest: expected at most ${MANIFEST_LIMITS.maxBytes} bytes`);
        out.manifestText = buf.toString('utf8');
        out.manifestName = part.filename || 'manifest';
        manifestSeen = true;
      } else if (part.type === 'field' && part.fieldname === 'manifest') {
        out.manifestText = String(part.value);
        manifestSeen = true;
      } else if (part.type === 'file' && part.fieldname === 'asset') {
        // NFC: a Mac sends decomposed names; the manifest's references are usually composed.
        const staged = await blobs.stage(
          dir,
          part.filename.normalize('NFC'),
          part.file,
          Math.min(limits.fileBytes, limits.totalBytes - total),
        );
        if (part.file.truncated) throw new HttpError(413, `${part.filename}: expected at most ${mb(limits.fileBytes)} per file`);
        total += staged.size;
        out.files.push(staged);
      } else if (part.type === 'field' && part.fieldname === 'upload') {
        const ref = parseUploadPart(String(part.value));
        const file = await uploads.finished(ref.upload, booth);
        if (file.size > limits.fileBytes)
          throw new HttpError(413, `${ref.path}: expected at most ${mb(limits.fileBytes)} per file`);
        const staged = await blobs.stage(dir, ref.path.normalize('NFC'), createReadStream(file.abs), limits.totalBytes - total);
        total += staged.size;
        out.files.push(staged);
      } else if (part.type === 'file') {
        part.file.resume();
        throw new HttpError(422, `unexpected file part "${part.fieldname}": expected "manifest" or "asset"`);
      }
      if (out.files.length > limits.files) throw new HttpError(413, `expected at most ${limits.files} files in one submission`);
    }
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    if (e instanceof SizeLimitError)
      throw new HttpError(413, `expected at most ${mb(limits.fileBytes)} per file and ${mb(limits.totalBytes)} in all`);
    const code = (e as { statusCode?: number }).statusCode;
    if (code === 413) throw new HttpError(413, `expected at most ${mb(limits.fileBytes)} per file and ${limits.files} files`);
    throw e;
  }
  if (!manifestSeen) {
    await rm(dir, { recursive: true, force: true });
    throw new HttpError(422, 'expected a part "manifest" with the booth JSON', [
      { file: 'manifest', path: '', message: 'expected a part "manifest" with the booth JSON' },
    ]);
  }
  return out;
}

function parseUploadPart(text: string): UploadedPart {
  try {
    const v = JSON.parse(text) as Partial<UploadedPart>;
    if (typeof v.path === 'string' && typeof v.upload === 'string' && /^[A-Za-z0-9_-]{8,100}$/.test(v.upload))
      return { path: v.path, upload: v.upload };
  } catch {
    /* answered below */
  }
  throw new HttpError(422, 'upload part: expected {"path": "<file path>", "upload": "<upload id>"}');
}
