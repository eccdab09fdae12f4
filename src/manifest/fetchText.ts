import { MANIFEST_LIMITS, tooLargeMessage } from './guards';

export class FetchProblem extends Error {}

/**
 * Fetches a manifest as text, refusing anything over the size limit before reading it
 * all: a hostile or mistaken 2 GB "manifest" must not be buffered.
 */
export async function fetchTextLimited(
  url: string,
  fetchImpl: typeof fetch = fetch,
  maxBytes: number = MANIFEST_LIMITS.maxBytes,
): Promise<string> {
  let res: Response;
  try {
    res = await fetchImpl(url, { credentials: 'same-origin' });
  } catch (e) {
    throw new FetchProblem(`could not be fetched (${(e as Error).message || 'network error'})`);
  }
  if (!res.ok) throw new FetchProblem(`could not be fetched: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  // Static hosts often answer a missing file with the app's index.html and a 200.
  if ((res.headers.get('content-type') ?? '').includes('text/html'))
    throw new FetchProblem('could not be fetched: the server sent an HTML page, not JSON (is the file missing?)');
  const declared = Number(res.headers.get('content-length') ?? NaN);
  const tooBig = (got?: number) => new FetchProblem(tooLargeMessage(maxBytes, got));
  if (declared > maxBytes) throw tooBig(declared);
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder('utf-8').decode(all);
}
