/**
 * The SHA-256 of a hall's document as `fetch` gets it, or null when it cannot be had. `cache`:
 * `force-cache` reads the copy the page loaded (the hall on show); `no-cache` asks the server,
 * which answers 304 when nothing changed (ETag), so a check every few minutes costs a header.
 */
export async function hallFingerprint(url: string, cache: RequestCache): Promise<string | null> {
  try {
    const res = await fetch(url, { cache, credentials: 'same-origin' });
    if (!res.ok) return null;
    const digest = await crypto.subtle.digest('SHA-256', await res.arrayBuffer());
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}
