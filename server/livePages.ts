import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as FlatServer from '../src/ui/flat/prerender';

/** The live hall's made-up address while it renders: its booths' URLs are absolute already. */
const HALL_ORIGIN = 'https://live.pavilion.invalid';
/** Booth pages kept per hall version: every booth of a 1,000-booth fair, and no more. */
const MAX_PAGES = 1200;

type Render = (boothId: string | null) => Promise<string | null>;

/**
 * The hall's and each booth's page as the live hall has them now: title, description, share card
 * and 2D content, rendered by the build's server render (`dist-ssr/`, made by `vite build` from
 * the app's own components), so a booth published or changed after the build shares and reads
 * like one in it. Rendered once per hall version and booth. Null when the build has no server
 * render (the caller serves the built pages), or (from the render) for a booth not in the hall.
 * `site`: PAVILION_SITE_URL, for absolute og:url and canonical links.
 */
export function livePages(distDir: string, bundleFile: string, site: string, adapt: (html: string) => string): Render | null {
  const ssrDir = `${distDir}-ssr`;
  const entry = path.join(ssrDir, 'prerender.mjs');
  const templateFile = path.join(ssrDir, 'template.html');
  if (!existsSync(entry) || !existsSync(templateFile)) return null;
  const template = readFileSync(templateFile, 'utf8');
  let flat: Promise<typeof FlatServer> | null = null;
  let hall: { version: string; ready: Promise<{ loaded: FlatServer.LoadedHall; pavilion: FlatServer.Pavilion }> } | null = null;
  const pages = new Map<string, string>();

  const load = async (text: string) => {
    const mod = await (flat ??= import(pathToFileURL(entry).href) as Promise<typeof FlatServer>);
    const url = `${HALL_ORIGIN}/live/hall.bundle.json`;
    const fetchBundle: typeof fetch = async (input) =>
      String(input instanceof Request ? input.url : input) === url ? new Response(text) : new Response(null, { status: 404 });
    const loaded = await mod.loadHall(url, { appOrigin: HALL_ORIGIN, fetch: fetchBundle });
    return { loaded, pavilion: await mod.pavilionFor(loaded) };
  };

  return async (boothId) => {
    if (!existsSync(bundleFile)) return null;
    const st = statSync(bundleFile);
    // A publish replaces the file (temporary file and rename): a new inode and time.
    const version = `${st.ino}:${st.mtimeMs}:${st.size}`;
    if (hall?.version !== version) {
      hall = { version, ready: load(readFileSync(bundleFile, 'utf8')) };
      pages.clear();
    }
    const key = boothId ?? '';
    const cached = pages.get(key);
    if (cached) return cached;
    const [{ loaded, pavilion }, mod] = await Promise.all([hall.ready, flat!]);
    if (boothId && !loaded.booths.some((b) => b.id === boothId)) return null;
    const local = (s: string) => s.split(HALL_ORIGIN).join(site);
    const card = mod.shareCard(loaded, boothId, 'zh');
    const html = adapt(
      mod.pageWithFlat(template, {
        body: local(mod.renderFlatPage(pavilion, boothId)),
        card: { ...card, image: card.image && local(card.image) },
        url: `${site}${boothId ? `/booth/${boothId}/` : '/'}`,
      }),
    );
    if (pages.size >= MAX_PAGES) pages.clear();
    pages.set(key, html);
    return html;
  };
}
