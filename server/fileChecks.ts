import { open } from 'node:fs/promises';
import { inspectFile, type ByteSource, type FileReport } from '../src/manifest/files';
import type { StagedFile } from './blobs';

/**
 * The per-file checks of an upload, run on the server's staged files. The checks themselves are
 * the schema module's (src/manifest/files, shared with the studio, which runs them before an
 * upload); this adapter only gives them random access to the bytes.
 */
export async function inspectStaged(f: StagedFile): Promise<FileReport> {
  const fh = await open(f.abs, 'r');
  try {
    const src: ByteSource = {
      size: f.size,
      async read(offset, length) {
        const n = Math.max(0, Math.min(length, f.size - offset));
        const buf = Buffer.alloc(n);
        if (n) await fh.read(buf, 0, n, offset);
        return new Uint8Array(buf.buffer, buf.byteOffset, n);
      },
    };
    return await inspectFile(f.path, src);
  } finally {
    await fh.close();
  }
}
