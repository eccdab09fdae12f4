/** Random access to a file's bytes: a Node file handle on the server, a Blob in the studio. */
export interface ByteSource {
  readonly size: number;
  /** At most `length` bytes from `offset`; fewer only at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** For tests and small in-memory files. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => {
      const start = Math.max(0, Math.min(offset, bytes.length));
      return Promise.resolve(bytes.subarray(start, Math.min(bytes.length, start + Math.max(0, length))));
    },
  };
}

/** The first `max` bytes (or the whole file when smaller). */
export function readHead(src: ByteSource, max: number): Promise<Uint8Array> {
  return src.read(0, Math.min(src.size, max));
}

/** Kilobytes or megabytes for messages; 1 MB = 1,000,000 bytes, as phones and carriers count. */
export function formatSize(bytes: number): string {
  if (bytes >= 10_000_000) return `${Math.round(bytes / 1_000_000)} MB`;
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
