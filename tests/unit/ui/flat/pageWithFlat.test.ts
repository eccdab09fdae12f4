import { describe, expect, it } from 'vitest';
import { pageWithFlat } from '../../../../src/ui/flat/pageWithFlat';

const TEMPLATE =
  '<html><head><title>Shell</title></head><body>\n<div id="root"></div>\n<script src="/a.js"></script></body></html>';

describe('pageWithFlat', () => {
  it('puts the card in the head and the 2D markup in #root, escaping what manifests wrote', () => {
    const html = pageWithFlat(TEMPLATE, {
      body: '<main>x</main>',
      card: { title: 'A "quoted" <b>', description: 'd & e', image: '/scenes/logo.svg' },
      url: '/booth/a/',
    });
    expect(html).toContain('<title>A &quot;quoted&quot; &lt;b&gt;</title>');
    expect(html).toContain('<meta property="og:description" content="d &amp; e" />');
    expect(html).toContain('<meta property="og:image" content="/scenes/logo.svg" />');
    expect(html).toContain('<div id="root"><main>x</main></div>');
    expect(html).toContain('<body data-view="2d">');
    expect(html).toContain('<script src="/a.js"></script>');
    // A path is not a URL: no og:url or canonical without the site's address.
    expect(html).not.toContain('og:url');
    expect(html).not.toContain('canonical');
  });

  it('gives og:url and canonical when the build knows the site', () => {
    const html = pageWithFlat(TEMPLATE, {
      body: '',
      card: { title: 't', description: 'd', image: null },
      url: 'https://expo.example.cn/booth/a/',
    });
    expect(html).toContain('<meta property="og:url" content="https://expo.example.cn/booth/a/" />');
    expect(html).toContain('<link rel="canonical" href="https://expo.example.cn/booth/a/" />');
    expect(html).not.toContain('og:image');
  });

  it('does not let a $ pattern in the markup rewrite the page', () => {
    const html = pageWithFlat(TEMPLATE, { body: "$& $' $`", card: { title: '$&', description: '', image: null }, url: '/' });
    expect(html).toContain('<div id="root">$& $\' $`</div>');
    expect(html).toContain('<title>$&amp;</title>');
  });

  it('refuses a template it cannot fill', () => {
    expect(() =>
      pageWithFlat('<html></html>', { body: '', card: { title: '', description: '', image: null }, url: '/' }),
    ).toThrow(/index\.html/);
  });
});
