import { useCallback, useEffect, useState } from 'react';
import { studioPathOf } from '../../state/studioChecks';

/**
 * Object URLs for the exhibitor's files, made when the file list changes and revoked when it
 * changes again or the page goes; and the preview's `mapUrl` onto them.
 */
export function useObjectUrls(files: ReadonlyMap<string, Blob>): (absoluteUrl: string) => string {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    const made = new Map<string, string>();
    for (const [path, blob] of files) made.set(path, URL.createObjectURL(blob));
    // Object URLs are made and revoked with this effect (a StrictMode replay makes fresh ones),
    // so they are state set here, not values computed in render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrls(made);
    return () => {
      for (const url of made.values()) URL.revokeObjectURL(url);
    };
  }, [files]);
  return useCallback(
    (absoluteUrl: string) => {
      const path = studioPathOf(absoluteUrl);
      return (path !== null && urls.get(path)) || absoluteUrl;
    },
    [urls],
  );
}
