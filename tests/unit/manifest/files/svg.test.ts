import { describe, expect, it } from 'vitest';
import { svgProblems } from '../../../../src/manifest/files/svg';
import { decodeEntities, scanSvg } from '../../../../src/manifest/files/svgTokens';

const svg = (inner: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs}>${inner}</svg>`;

describe('svgProblems', () => {
  it('accepts drawing: shapes, gradients, #id references, inline raster images, text, comments, CDATA styles', () => {
    const ok = svg(
      `<!-- exported -->
      <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
        <filter id="f"><feGaussianBlur stdDeviation="2"/></filter></defs>
      <style><![CDATA[ .a { fill: url(#g); } ]]></style>
      <rect class="a" width="10" height="10" fill="url('#g')" filter="url(#f)" style="stroke: #000"/>
      <use href="#g" xlink:href="#g"/>
      <image href="data:image/png;base64,iVBORw0KGgo="/>
      <a href="#top"><text x="1" y="2">Only 1 &lt; 2 &amp; "javascript" as a word</text></a>`,
      ' width="800" height="500" viewBox="0 0 800 500"',
    );
    expect(svgProblems(ok)).toEqual([]);
  });

  it.each([
    ['a script element', svg('<script>alert(1)</script>'), /<script> element/],
    ['a namespaced script element', svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">x</svg:script>'), /<script> element/],
    ['a script in CDATA', svg('<script><![CDATA[ alert(1) ]]></script>'), /<script> element/],
    ['an onload handler', svg('', ' onload="alert(1)"'), /event handler \(onload on <svg>\)/],
    ['an upper-case handler', svg('<rect ONCLICK="x"/>'), /event handler \(onclick on <rect>\)/],
    ['a handler with spaces around =', svg('<rect onmouseover = "x"/>'), /event handler/],
    ['a javascript: href', svg('<a href="javascript:alert(1)"><text>x</text></a>'), /script or document URL/],
    ['a javascript: xlink:href', svg('<a xlink:href="JavaScript:alert(1)">x</a>'), /xlink:href attribute of <a> holds a script/],
    ['an entity-encoded javascript:', svg('<a href="&#106;avascript:alert(1)">x</a>'), /script or document URL/],
    ['a hex-encoded javascript:', svg('<a href="&#x6A;&#x61;vascript&#x3A;x">x</a>'), /script or document URL/],
    ['a tab inside javascript:', svg('<a href="java&#9;script:x">x</a>'), /script or document URL/],
    ['a newline inside javascript:', svg('<a href="java\nscript:x">x</a>'), /script or document URL/],
    ['a leading space', svg('<a href="  javascript:x">x</a>'), /script or document URL/],
    ['an HTML5 named colon', svg('<a href="javascript&colon;x">x</a>'), /script or document URL/],
    ['a data:text/html href', svg('<a href="data:text/html,<b>x</b>">x</a>'), /script or document URL/],
    ['a data: SVG image', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), /script or document URL/],
    ['a script URL in an animation', svg('<set attributeName="href" to="javascript:x"/>'), /script or document URL/],
    ['an animation of href', svg('<a><animate attributeName="xlink:href" values="#a;#b"/></a>'), /animates xlink:href/],
    ['a foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), /foreignObject/],
    ['an iframe', svg('<iframe src="https://x"/>'), /<iframe> element/],
    ['an embed', svg('<embed src="x.swf"/>'), /<embed> element/],
    ['an object', svg('<object data="x"/>'), /<object> element/],
    ['an external use', svg('<use href="https://evil.example/sprite.svg#a"/>'), /points outside the file \("https:\/\/evil/],
    ['a protocol-relative image', svg('<image xlink:href="//evil.example/x.png"/>'), /points outside the file/],
    ['a relative image file', svg('<image href="photo.png"/>'), /points outside the file \("photo.png"\)/],
    [
      'an external url() in a style attribute',
      svg('<rect style="fill: url(https://evil.example/x)"/>'),
      /loads "https:\/\/evil.example\/x" with url\(\)/,
    ],
    ['an external url() in a fill', svg('<rect fill="url(http://e/x.svg#g)"/>'), /fill attribute of <rect> loads/],
    ['an @import in a style element', svg('<style>@import url(//e/x.css);</style>'), /imports a stylesheet/],
    ['an @import in CDATA', svg('<style><![CDATA[@import "x.css";]]></style>'), /imports a stylesheet/],
    ['a CSS escape hiding url()', svg('<style>rect { fill: u\\72l(//e/x) }</style>'), /backslash escape/],
    ['image-set()', svg('<rect style="background: image-set(&quot;x.png&quot; 1x)"/>'), /image-set/],
    ['an xml-stylesheet', `<?xml-stylesheet href="https://e/x.css"?>${svg('')}`, /external stylesheet/],
    ['an entity declaration', `<!DOCTYPE svg [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;">]>${svg('&b;')}`, /declares entities/],
    ['an external entity', `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('&x;')}`, /declares entities/],
    ['xml:base', svg('<use href="#a" xml:base="https://e/x.svg"/>'), /xml:base/],
    ['an unquoted attribute', svg('<rect onload=alert(1) />'), /not well-formed/],
    ['an unclosed comment hiding markup', svg('<!-- <script>x</script>'), /not well-formed/],
    ['a stray "<"', svg('< script>x</script>'), /not well-formed/],
    ['a bogus declaration hiding a script from HTML parsers', svg('<!x [ > <script>alert(1)</script> ]>'), /<script> element/],
    ['a DOCTYPE subset hiding a script', `<!DOCTYPE svg [ > <script>alert(1)</script> ]>${svg('')}`, /<script> element/],
  ])('refuses %s', (_name, text, message) => {
    const problems = svgProblems(text);
    expect(problems.join('\n')).toMatch(message);
  });

  it('scans a large crafted file in linear time', () => {
    const start = performance.now();
    const problems = svgProblems(svg('<!-- x -->'.repeat(200_000) + '<rect a="1"/>'.repeat(100_000)));
    expect(problems).toEqual([]);
    expect(svgProblems(`<svg>${'<!x'.repeat(100_000)}`)[0]).toMatch(/declaration is never closed/);
    expect(svgProblems(svg('<!x>'.repeat(100_000)))[0]).toMatch(/unknown declaration/);
    expect(performance.now() - start).toBeLessThan(3000);
  });

  it('keeps a DOCTYPE without entities (what Illustrator exports)', () => {
    const doc = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
${svg('<rect width="1" height="1"/>')}`;
    expect(svgProblems(doc)).toEqual([]);
  });
});

describe('scanSvg', () => {
  it('sees every tag and decoded attribute, and the style text', () => {
    const scan = scanSvg(`<svg a='1'><style>x{}</style><g b="&#65;&amp;"/></svg>`);
    expect(scan.error).toBeNull();
    expect(scan.tags).toEqual([
      { name: 'svg', attrs: [{ name: 'a', value: '1' }] },
      { name: 'style', attrs: [] },
      { name: 'g', attrs: [{ name: 'b', value: 'A&' }] },
    ]);
    expect(scan.styles).toEqual(['x{}']);
  });

  it('decodes numeric references with or without ";", and leaves unknown names', () => {
    expect(decodeEntities('&#x6a&#97;&#0000118;&unknown;')).toBe('jav&unknown;');
  });
});
