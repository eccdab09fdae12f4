// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../src/ui/panel/markdown';

const opts = {
  baseUrl: 'https://expo.example.cn/scenes/s/cases/a.md',
  imageOriginAllowed: (o: string) => o === 'https://expo.example.cn',
};
const render = (md: string) => {
  const div = document.createElement('div');
  div.innerHTML = renderMarkdown(md, opts);
  return div;
};

describe('renderMarkdown', () => {
  it('renders headings, lists, tables and emphasis', () => {
    const d = render('# Title\n\n- **one**\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(d.querySelector('h1')?.textContent).toBe('Title');
    expect(d.querySelectorAll('li')).toHaveLength(2);
    expect(d.querySelector('strong')?.textContent).toBe('one');
    expect(d.querySelector('td')?.textContent).toBe('1');
  });

  it('drops a leading title when the page shows it already, and only that heading', () => {
    const div = document.createElement('div');
    div.innerHTML = renderMarkdown('\n# Case title\n\nBody\n\n# Later part\n', { ...opts, omitLeadingTitle: true });
    expect([...div.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Later part']);
    expect(div.querySelector('p')?.textContent).toBe('Body');
    div.innerHTML = renderMarkdown('Intro first\n\n# Heading\n', { ...opts, omitLeadingTitle: true });
    expect(div.querySelector('h1')?.textContent).toBe('Heading');
  });

  it('drops scripts, event handlers, styles, iframes and forms', () => {
    const d = render(
      'Hi <script>window.pwned=1</script><img src=x onerror="window.pwned=1"><iframe src="https://evil.example"></iframe>' +
        '<a href="#" onclick="window.pwned=1" style="position:fixed">x</a><form action="https://evil.example"><input></form><svg onload="alert(1)"></svg>',
    );
    const html = d.innerHTML;
    expect(d.querySelector('script, iframe, form, input, svg, [onerror], [onclick], [style], [onload]')).toBeNull();
    expect(html).not.toMatch(/pwned|onerror|onclick|javascript:/i);
  });

  it('keeps http(s) links, opening in a new tab without opener or referrer', () => {
    const d = render(
      '[site](https://acme.example.org/) [rel](../about.html) [bad](javascript:alert(1)) [data](data:text/html,x) [mail](mailto:a@b.cn)',
    );
    const links = [...d.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://acme.example.org/',
      'https://expo.example.cn/scenes/s/about.html',
      null,
      null,
      'mailto:a@b.cn',
    ]);
    for (const a of links.filter((x) => x.hasAttribute('href'))) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('resolves relative images and drops images from origins not allowed', () => {
    const d = render('![a](../images/a.png) ![b](https://tracker.example/p.gif) ![c](javascript:x)');
    expect([...d.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      'https://expo.example.cn/scenes/s/images/a.png',
    ]);
    expect(d.querySelector('img')?.getAttribute('alt')).toBe('a');
  });

  it('never lets an event handler or a script through, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<img src=x onerror=alert(1)>',
            '<script>x</script>',
            '[a](javascript:x)',
            '<a href="java\tscript:x">',
            '**b**',
            '<svg/onload=x>',
            'text',
            '<iframe>',
            '"><img src=x onerror=y>',
          ),
          {
            maxLength: 8,
          },
        ),
        (parts) => {
          const d = render(parts.join(' '));
          expect(d.querySelector('script, iframe, svg, [onerror], [onload], [onclick]')).toBeNull();
          for (const a of d.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^(https?|mailto):/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
