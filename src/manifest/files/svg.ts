import { localName, scanSvg, type SvgTag } from './svgTokens';

/**
 * An SVG is a document that can run scripts and fetch from anywhere, shown to every visitor
 * from the pavilion's own origin. Only drawing is accepted: no scripts, no event handlers, no
 * embedded HTML, and no reference outside the file except raster images inlined as data: URLs.
 * Each rule errs on the refusing side; designers' tools export none of what is refused.
 */

const ACTIVE_ELEMENTS: Record<string, string> = {
  script: 'a <script> element',
  foreignobject: 'a <foreignObject> element (it embeds HTML)',
  iframe: 'an <iframe> element',
  embed: 'an <embed> element',
  object: 'an <object> element',
  handler: 'a <handler> element (it runs script)',
  listener: 'a <listener> element',
  applet: 'an <applet> element',
  meta: 'a <meta> element',
  base: 'a <base> element',
  link: 'a <link> element',
};
const ANIMATIONS = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor']);
// Attributes that fetch what they name; script URLs are looked for in every attribute.
const URL_ATTRIBUTES = new Set(['href', 'src']);
const SAFE_DATA = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif)[;,]/;
// Schemes that run code or carry a document; whitespace and control characters are removed
// first, as browsers ignore them inside URLs.
const SCRIPT_URL =
  /(?:javascript|vbscript|livescript):|data:(?:text\/html|application\/xhtml|image\/svg|text\/xml|application\/xml)/;

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]+/g;
/** The value as a URL parser would read it: no whitespace or control characters, lower case. */
const squeeze = (value: string) => value.replace(INVISIBLE, '').toLowerCase();

const isLocalRef = (value: string) => {
  const v = squeeze(value);
  return v.startsWith('#') || SAFE_DATA.test(v);
};

/** What is wrong in CSS text (a style attribute, a `<style>` element, or a presentation attribute such as fill). */
export function cssProblems(css: string, where: string): string[] {
  const out: string[] = [];
  const v = css.toLowerCase();
  if (css.includes('\\')) out.push(`${where} uses a backslash escape, which can disguise a URL; write the CSS plainly`);
  if (/@import/.test(v)) out.push(`${where} imports a stylesheet (@import); put the styles in the file`);
  if (/image-set\s*\(|expression\s*\(|-moz-binding|behavior\s*:/.test(v))
    out.push(`${where} uses image-set(), expression(), -moz-binding or behavior, which load or run outside code`);
  for (const m of v.matchAll(/url\s*\(/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const close = v.indexOf(')', start);
    const target = (close < 0 ? v.slice(start) : v.slice(start, close)).trim().replace(/^["']|["']$/g, '');
    if (!isLocalRef(target))
      out.push(`${where} loads "${target.slice(0, 60)}" with url(); only "#id" references and data:image URLs are allowed`);
  }
  return out;
}

function tagProblems(tag: SvgTag): string[] {
  const out: string[] = [];
  const el = localName(tag.name);
  const active = ACTIVE_ELEMENTS[el];
  if (active) out.push(`the SVG contains ${active}`);
  for (const { name, value } of tag.attrs) {
    const attr = localName(name);
    const where = `the ${name} attribute of <${tag.name}>`;
    if (name === 'xml:base') out.push(`<${tag.name}> sets xml:base, which moves every "#id" reference to another file`);
    if (attr.startsWith('on')) out.push(`the SVG has an event handler (${name} on <${tag.name}>), which runs script`);
    if (SCRIPT_URL.test(squeeze(value))) out.push(`${where} holds a script or document URL`);
    else if (URL_ATTRIBUTES.has(attr) && !isLocalRef(value))
      out.push(
        `${where} points outside the file ("${value.slice(0, 60)}"); only "#id" references and data:image URLs are allowed`,
      );
    if (ANIMATIONS.has(el) && attr === 'attributename' && /href|src|^on|style/i.test(value))
      out.push(`<${tag.name}> animates ${value}, which can turn a link into a script`);
    if (value.includes('\\') || /url\s*\(/i.test(value) || attr === 'style') out.push(...cssProblems(value, where));
  }
  return out;
}

/**
 * Why the SVG `text` is unsafe to show, one plain-language message per finding (errors all);
 * empty when it is plain drawing.
 */
export function svgProblems(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  if (lower.includes('<!entity'))
    out.push('the SVG declares entities (<!ENTITY>), which can expand without end or read server files; remove them');
  const scan = scanSvg(text);
  if (scan.error) out.push(`the SVG is not well-formed XML (${scan.error}); browsers would not show it, so it cannot be checked`);
  for (const decl of scan.declarations) {
    const d = decl.toLowerCase();
    // XML knows no other "<!" markup; HTML parsers end such a "bogus comment" at a different ">" than this scan.
    if (d.startsWith('<!') && !d.startsWith('<!doctype'))
      out.push(`the SVG has an unknown declaration ("${decl.slice(0, 20)}…"); remove it`);
    if (d.startsWith('<!doctype') && d.includes('[') && !out.some((m) => m.includes('ENTITY')))
      out.push('the SVG\'s DOCTYPE has an internal subset ("[ … ]"); remove it');
    if (d.startsWith('<?xml-stylesheet'))
      out.push('the SVG loads an external stylesheet (<?xml-stylesheet?>); put the styles in the file');
  }
  for (const tag of scan.tags) out.push(...tagProblems(tag));
  // A second look at the raw text: in well-formed XML "<" starts markup everywhere but in comments
  // and CDATA, so this only adds refusals, should the scan and a browser ever read a file differently.
  for (const m of text.matchAll(/<\s*(?:[\w.-]+:)?(script|foreignobject|iframe|embed|object|handler)\b/gi))
    out.push(`the SVG contains ${ACTIVE_ELEMENTS[(m[1] ?? '').toLowerCase()] ?? 'active content'}`);
  for (const css of scan.styles) out.push(...cssProblems(css, 'a <style> element'));
  return [...new Set(out)];
}
