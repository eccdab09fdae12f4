import { useCallback, useEffect, useRef, useState } from 'react';
import { studioPathOf } from '../../state/studioChecks';

interface Urls {
  byPath: ReadonlyMap<string, string>;
  /**
   * An empty file, for a path the manifest names that has no file yet (a starter's video):
   * the preview loads nothing rather than the stand-in origin, which the page's CSP refuses.
   */
  missing: string;
}

/**
 * Object URLs for the exhibitor's files, and the preview's `mapUrl` onto them; null until they
 * are made (the first effect), so the preview never asks for a file by its stand-in URL. A file
 * keeps its URL while it stays in the list; one removed or replaced is revoked, and all are on
 * unmount.
 */
export function useObjectUrls(files: ReadonlyMap<string, Blob>): ((absoluteUrl: string) => string) | null {
  const live = useRef(new Map<Blob, string>());
  const missing = useRef<string | null>(null);
  const [urls, setUrls] = useState<Urls | null>(null);
  useEffect(() => {
    const next = new Map<Blob, string>();
    for (const blob of files.values()) next.set(blob, live.current.get(blob) ?? URL.createObjectURL(blob));
    for (const [blob, url] of live.current) if (!next.has(blob)) URL.revokeObjectURL(url);
    live.current = next;
    missing.current ??= URL.createObjectURL(new Blob([]));
    // Object URLs are made and revoked here, with the file list (a StrictMode replay makes fresh
    // ones), so they are state set by this effect, not values computed in render.
    setUrls({ byPath: new Map([...files].map(([path, blob]) => [path, next.get(blob)!])), missing: missing.current });
  }, [files]);
  useEffect(
    () => () => {
      for (const url of live.current.values()) URL.revokeObjectURL(url);
      live.current = new Map();
      if (missing.current) URL.revokeObjectURL(missing.current);
      missing.current = null;
    },
    [],
  );
  const map = useCallback(
    (absoluteUrl: string) => {
      const path = studioPathOf(absoluteUrl);
      if (path === null || !urls) return absoluteUrl;
      return urls.byPath.get(path) ?? urls.missing;
    },
    [urls],
  );
  return urls ? map : null;
}
