import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { inspectFile, type ByteSource } from '../../src/manifest/files';
import type { FileReport } from './validateFiles';

function fileSource(abs: string): ByteSource {
  const size = statSync(abs).size;
  return {
    size,
    async read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      const buf = Buffer.alloc(n);
      const fd = openSync(abs, 'r');
      try {
        if (n) readSync(fd, buf, 0, n, offset);
      } finally {
        closeSync(fd);
      }
      return new Uint8Array(buf.buffer, buf.byteOffset, n);
    },
  };
}

/**
 * Runs the upload checks on every model the booths name (the Khronos glTF validator and the
 * model budget, as the service and the studio run them), adding their problems to the booth's
 * report at the JSON path that names the file.
 */
export async function inspectModels(reports: FileReport[]): Promise<void> {
  for (const r of reports)
    for (const m of r.models ?? []) {
      const report = await inspectFile(basename(m.abs), fileSource(m.abs));
      for (const p of report.problems) r.problems.push({ file: r.file, path: m.path, message: p.message, severity: p.severity });
      r.ok = r.problems.length === 0;
    }
}
