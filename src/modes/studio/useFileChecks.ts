import { useEffect, useState } from 'react';
import type { ByteSource, FileReport } from '../../manifest/files';

// The file checks (type sniffing, MP4 codecs, image sizes, SVG safety) load with the studio, but
// as a chunk of their own, beside the page's first paint.
const loadChecks = () => import('../../manifest/files');

/** Reads a local file in slices, as the checks ask. */
function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Each file's report, checked once per file (a file replaced at its path is checked again). */
const reported = new WeakMap<Blob, Map<string, FileReport>>();

/** The exhibitor's files as the service will check them, inspected in the browser as they are added. */
export function useFileChecks(files: ReadonlyMap<string, Blob>): FileReport[] {
  const [reports, setReports] = useState<FileReport[]>([]);
  useEffect(() => {
    let stale = false;
    void loadChecks().then(async ({ inspectFile }) => {
      const out: FileReport[] = [];
      for (const [path, blob] of files) {
        if (path.startsWith('../')) continue;
        const byPath = reported.get(blob) ?? new Map<string, FileReport>();
        reported.set(blob, byPath);
        let r = byPath.get(path);
        if (!r) byPath.set(path, (r = await inspectFile(path, blobSource(blob))));
        out.push(r);
      }
      if (!stale) setReports(out);
    });
    return () => {
      stale = true;
    };
  }, [files]);
  return reports;
}
