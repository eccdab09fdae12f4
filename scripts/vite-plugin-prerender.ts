import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type Plugin } from 'vite';
import type { LoadedHall, loadHall as LoadHall } from '../src/manifest/loadHall.ts';
import type { ShareCard, shareCard as ShareCardOf } from '../src/manifest/shareCard.ts';
import { pageWithFlat } from './prerender/pageWithFlat.ts';

/** An origin no request ever goes to: the hall's URLs resolve against it, then become paths. */
const BUILD_ORIGIN = 'https://prerender.pavilion.invalid';
/** The hall every page opens when its URL names none (boot/hallUrl's DEFAULT_HALL_PATH). */
const HALL_PATH = '/scenes/sample/hall.bundle.json';

interface FlatModule {
  pavilionFor: (loaded: LoadedHall) => Promise<unknown>;
  renderFlatPage: (pavilion: unknown, boothId: string | null) => string;
}

/**
 * `vite build` writes the 2D pavilion as HTML (issue 16): the hall's page (`index.html`) and one
 * per booth (`booth/<id>/index.html`), each with its title, description and Open Graph card and
 * the 2D content itself, readable before its script runs; the app replaces it when it starts.
 * Rendered by the app's own components (src/ui/flat/prerender.tsx, loaded through Vite in Node),
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
        const server = await createServer({
          configFile: false,
          root,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, watch: null },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { loadHall } = (await server.ssrLoadModule('/src/manifest/loadHall.ts')) as { loadHall: typeof LoadHall };
          const { shareCard } = (await server.ssrLoadModule('/src/manifest/shareCard.ts')) as { shareCard: typeof ShareCardOf };
          const flat = (await server.ssrLoadModule('/src/ui/flat/prerender.tsx')) as FlatModule;
          const loaded = await loadHall(BUILD_ORIGIN + HALL_PATH, { appOrigin: BUILD_ORIGIN, fetch: fileFetch(scenesDir) });
          const pavilion = await flat.pavilionFor(loaded);
          const template = readFileSync(indexFile, 'utf8');
          // Paths, or the site's URLs: the build's made-up origin never reaches a page.
          const local = (html: string) => html.split(BUILD_ORIGIN).join(site);
          const page = (boothId: string | null) => {
            const card: ShareCard = shareCard(loaded, boothId, 'zh');
            return pageWithFlat(template, {
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
        } finally {
          await server.close();
        }
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
