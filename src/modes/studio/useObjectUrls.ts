import { useCallback, useEffect, useRef, useState } from 'react';
import { studioPathOf } from '../../state/studioChecks';

/**
 * Object URLs for the exhibitor's files, and the preview's `mapUrl` onto them. A file keeps its
 * URL while it stays in the list; one removed or replaced is revoked, and all are on unmount.
 */
export function useObjectUrls(files: ReadonlyMap<string, Blob>): (absoluteUrl: string) => string {
  const live = useRef(new Map<Blob, string>());
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    const next = new Map<Blob, string>();
    for (const blob of files.values()) next.set(blob, live.current.get(blob) ?? URL.createObjectURL(blob));
    for (const [blob, url] of live.current) if (!next.has(blob)) URL.revokeObjectURL(url);
    live.current = next;
    // Object URLs are made and revoked here, with the file list (a StrictMode replay makes fresh
    // ones), so they are state set by this effect, not values computed in render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrls(new Map([...files].map(([path, blob]) => [path, next.get(blob)!])));
  }, [files]);
  useEffect(
    () => () => {
      for (const url of live.current.values()) URL.revokeObjectURL(url);
      live.current = new Map();
    },
    [],
  );
  return useCallback(
    (absoluteUrl: string) => {
      const path = studioPathOf(absoluteUrl);
      return (path !== null && urls.get(path)) || absoluteUrl;
    },
    [urls],
  );
}
