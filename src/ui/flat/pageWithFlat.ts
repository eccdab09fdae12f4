/** What a pre-rendered page says about itself in a share card (src/manifest/shareCard.ts). */
export interface PageCard {
  title: string;
  description: string;
  image: string | null;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The built `index.html` as one pre-rendered page: its title, description and Open Graph card in
 * the head (absolute URLs only where the build knows the site: `og:url` and `canonical` need
 * them), and the 2D pavilion's markup inside `#root`, which the app replaces when it starts.
 * `data-view="2d"` lets the page scroll as the 2D view does until then.
 */
export function pageWithFlat(template: string, page: { body: string; card: PageCard; url: string }): string {
  const { card, url } = page;
  const absolute = /^https?:\/\//.test(url);
  const head = [
    `<title>${esc(card.title)}</title>`,
    `<meta name="description" content="${esc(card.description)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${esc(card.title)}" />`,
    `<meta property="og:description" content="${esc(card.description)}" />`,
    ...(card.image ? [`<meta property="og:image" content="${esc(card.image)}" />`] : []),
    ...(absolute ? [`<meta property="og:url" content="${esc(url)}" />`, `<link rel="canonical" href="${esc(url)}" />`] : []),
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
  if (!/<title>[\s\S]*?<\/title>/.test(template) || !template.includes('<div id="root"></div>'))
    throw new Error('index.html: expected a <title> and an empty <div id="root"></div> to fill');
  return template
    .replace(/<title>[\s\S]*?<\/title>/, () => head)
    .replace('<body>', '<body data-view="2d">')
    .replace('<div id="root"></div>', () => `<div id="root">${page.body}</div>`);
}
