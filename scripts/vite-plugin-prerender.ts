import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type * as FlatServer from '../src/ui/flat/prerender.tsx';

/** An origin no request ever goes to: the hall's URLs resolve against it, then become paths. */
const BUILD_ORIGIN = 'https://prerender.pavilion.invalid';
/** The hall every page opens when its URL names none (boot/hallUrl's DEFAULT_HALL_PATH). */
const HALL_PATH = '/scenes/sample/hall.bundle.json';

/** Where the server render's build goes, beside the app's (not in it: the site need not serve it). */
export const ssrDirOf = (outDir: string) => `${outDir}-ssr`;

/**
 * `vite build` writes the 2D pavilion as HTML (issue 16): the hall's page (`index.html`) and one
 * per booth (`booth/<id>/index.html`), each with its title, description and Open Graph card and
 * the 2D content itself, readable before its script runs; the app replaces it when it starts.
 * Rendered by the app's own components (src/ui/flat/prerender.tsx, built for Node into
 * `dist-ssr/` with the page template: the service renders booths published later with it),
 * never a second copy of them. `PAVILION_SITE_URL` (e.g. https://expo.example.cn) makes the
 * cards' links absolute, as WeChat and Weibo want; without it they are paths.
 */
export function prerenderPlugin(root: string, scenesDir: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'pavilion-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // After the scenes are copied (a parallel hook that finished) and before the kiosk's
    // service worker lists index.html with its revision (vite-plugin-pwa's sequential hook).
    closeBundle: {
      sequential: true,
      async handler() {
        const indexFile = path.join(outDir, 'index.html');
        if (!existsSync(indexFile)) return;
        const site = (process.env.PAVILION_SITE_URL ?? '').replace(/\/+$/, '');
        const ssrDir = ssrDirOf(outDir);
        // (Imported when needed: `vite` imports the config that imports this.)
        const { build } = await import('vite');
        await build({
          configFile: false,
          root,
          logLevel: 'error',
          publicDir: false,
          build: {
            ssr: 'src/ui/flat/prerender.tsx',
            outDir: ssrDir,
            emptyOutDir: true,
            rollupOptions: { output: { entryFileNames: 'prerender.mjs' } },
          },
        });
        const template = readFileSync(indexFile, 'utf8');
        writeFileSync(path.join(ssrDir, 'template.html'), template);
        const entry = `${pathToFileURL(path.join(ssrDir, 'prerender.mjs')).href}?t=${Date.now()}`;
        const flat = (await import(entry)) as typeof FlatServer;
        const loaded = await flat.loadHall(BUILD_ORIGIN + HALL_PATH, { appOrigin: BUILD_ORIGIN, fetch: fileFetch(scenesDir) });
        const pavilion = await flat.pavilionFor(loaded);
        // Paths, or the site's URLs: the build's made-up origin never reaches a page.
        const local = (html: string) => html.split(BUILD_ORIGIN).join(site);
        const page = (boothId: string | null) => {
          const card = flat.shareCard(loaded, boothId, 'zh');
          return flat.pageWithFlat(template, {
            body: local(flat.renderFlatPage(pavilion, boothId)),
            card: { ...card, image: card.image && local(card.image) },
            url: `${site}${boothId ? `/booth/${boothId}/` : '/'}`,
          });
        };
        for (const b of loaded.booths) {
          const dir = path.join(outDir, 'booth', b.id);
          mkdirSync(dir, { recursive: true });
          writeFileSync(path.join(dir, 'index.html'), page(b.id));
        }
        writeFileSync(indexFile, page(null));
      },
    },
  };
}

/** The hall's files from `scenes/`, as the running site would serve them (bundle made if absent). */
function fileFetch(scenesDir: string): typeof fetch {
  return async (input) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.origin !== BUILD_ORIGIN || !url.pathname.startsWith('/scenes/')) return new Response(null, { status: 404 });
    const file = path.join(scenesDir, path.normalize(decodeURIComponent(url.pathname.slice('/scenes/'.length))));
    if (!file.startsWith(scenesDir + path.sep)) return new Response(null, { status: 404 });
    if (existsSync(file)) return new Response(readFileSync(file));
    const hallFile = file.replace(/\.bundle\.json$/i, '.json');
    if (hallFile !== file && existsSync(hallFile)) {
      const { makeBundle } = await import('./bundle/makeBundle.ts');
      return new Response(JSON.stringify(makeBundle(hallFile).bundle));
    }
    return new Response(null, { status: 404 });
  };
}
