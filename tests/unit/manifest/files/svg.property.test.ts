import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { svgProblems } from '../../../../src/manifest/files/svg';

/** Encodes characters of `s` the ways a browser still decodes: references (decimal, hex, zero-padded, no ";"), mixed case. */
const disguise = (s: string) =>
  fc.array(fc.integer({ min: 0, max: 5 }), { minLength: s.length, maxLength: s.length }).map((modes) =>
    [...s]
      .map((ch, i) => {
        const code = ch.charCodeAt(0);
        switch (modes[i]) {
          case 1:
            return `&#${code};`;
          case 2:
            return `&#x${code.toString(16).toUpperCase()};`;
          case 3:
            return `&#000${code}`;
          case 4:
            return ch.toUpperCase();
          case 5:
            return i > 0 && /[a-z]/.test(ch) ? `&#9;${ch}` : ch;
          default:
            return ch;
        }
      })
      .join(''),
  );

const attrName = fc.constantFrom('x', 'y', 'width', 'fill', 'stroke', 'class', 'id', 'd', 'transform', 'opacity', 'data-n');
const safeValue = fc.stringMatching(/^[a-zA-Z0-9 .,#%-]{0,12}$/);
const safeAttr = fc.tuple(attrName, safeValue).map(([n, v]) => `${n}="${v}"`);
const element = fc.constantFrom('rect', 'g', 'path', 'circle', 'text', 'a', 'use', 'image', 'animate', 'set');

/** Script vectors, each disguised its own way. */
const vector = fc.oneof(
  fc
    .tuple(fc.constantFrom('onload', 'onclick', 'onBegin', 'ONMOUSEOVER', 'onfocusin'), disguise('alert(1)'))
    .map(([h, v]) => ({ attr: `${h}="${v}"` })),
  fc.tuple(fc.constantFrom('href', 'xlink:href', 'to', 'values', 'from'), disguise('javascript:alert(1)')).map(([a, v]) => ({
    attr: `${a}=" ${v}"`,
  })),
  disguise('data:text/html,x').map((v) => ({ attr: `href="${v}"` })),
  fc.constantFrom('https://evil.example/x.svg#a', '//evil.example/x', 'x.svg#a').map((v) => ({ attr: `xlink:href="${v}"` })),
  fc.constantFrom('url(https://evil.example/x)', 'url( "//e/x" )', 'u\\72l(//e/x)').map((v) => ({ attr: `style="fill:${v}"` })),
  fc.constantFrom('script', 'foreignObject', 'iframe', 'embed', 'object', 'svg:script', 'SCRIPT').map((el) => ({
    element: `<${el}>x</${el}>`,
  })),
);

const soup = (withVector: boolean) =>
  fc
    .record({
      elements: fc.array(fc.tuple(element, fc.array(safeAttr, { maxLength: 4 })), { minLength: 1, maxLength: 6 }),
      vector: withVector ? vector : fc.constant(null),
      at: fc.nat(),
    })
    .map(({ elements, vector: v, at }) => {
      const tags = elements.map(([el, attrs]) => ({ el, attrs: [...attrs] }));
      const target = tags[at % tags.length];
      if (v && 'attr' in v && target) target.attrs.splice(at % (target.attrs.length + 1), 0, v.attr);
      const body = tags.map((t) => `<${t.el} ${t.attrs.join(' ')}/>`);
      if (v && 'element' in v) body.splice(at % (body.length + 1), 0, v.element);
      return `<svg xmlns="http://www.w3.org/2000/svg">${body.join('\n')}</svg>`;
    });

describe('svgProblems (properties)', () => {
  it('never accepts attribute soup that carries a script vector, however encoded', () => {
    fc.assert(
      fc.property(soup(true), (text) => {
        expect(svgProblems(text)).not.toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts the same soup without the vector (the checks are not refusing everything)', () => {
    fc.assert(
      fc.property(soup(false), (text) => {
        expect(svgProblems(text)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
