import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const WEIGHTS = ['400', '700'];

/**
 * Serves the self-hosted CJK font at stable URLs, `/fonts/noto-sans-sc/{400,700}.css` with
 * its unicode-range slices, for the app (index.html adds them without blocking its script) and
 * for the sample H5 pages, which run in sandboxed frames and cannot reach Vite's hashed assets.
 * One copy of the font for both. Browsers fetch only the slices a page's text needs. CORS `*`
 * because sandboxed frames have an opaque origin.
 */
export function fontsPlugin(root: string): Plugin {
  const pkg = path.join(root, 'node_modules/@fontsource/noto-sans-sc');
  const css = (w: string) =>
    readFileSync(path.join(pkg, `${w}.css`), 'utf8')
      // woff2 only: every browser that runs the pavilion reads it.
      .replace(/, url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
      .replace(/url\(\.\/files\//g, 'url(./');
  let outDir = 'dist';
  return {
    name: 'pavilion-fonts',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/fonts/noto-sans-sc', (req, res, next) => {
        const name = path.basename((req.url ?? '').split('?')[0] ?? '');
        res.setHeader('Access-Control-Allow-Origin', '*');
        const w = /^(\d{3})\.css$/.exec(name)?.[1];
        if (w && WEIGHTS.includes(w)) {
          res.setHeader('Content-Type', 'text/css; charset=utf-8');
          return res.end(css(w));
        }
        const file = path.join(pkg, 'files', name);
        if (!/^noto-sans-sc-[\w-]+\.woff2$/.test(name) || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'font/woff2');
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      const dir = path.join(outDir, 'fonts/noto-sans-sc');
      mkdirSync(dir, { recursive: true });
      for (const w of WEIGHTS) writeFileSync(path.join(dir, `${w}.css`), css(w));
      for (const f of readdirSync(path.join(pkg, 'files')))
        if (WEIGHTS.some((w) => f.endsWith(`-${w}-normal.woff2`))) copyFileSync(path.join(pkg, 'files', f), path.join(dir, f));
    },
  };
}
