/**
 * A strict, linear scan of SVG markup into tags, attributes, style text and declarations. It
 * does not build a tree: the checks in svg.ts only need to see every element and attribute a
 * browser would see. Anything the scan cannot read is reported, never skipped, so malformed
 * markup cannot hide an element from the checks (an XML parser would refuse it anyway).
 */

export interface SvgAttr {
  /** As written, lower-cased (XML is case-sensitive; checking a superset is the safe side). */
  name: string;
  /** After decoding character references. */
  value: string;
}

export interface SvgTag {
  name: string;
  attrs: SvgAttr[];
}

export interface SvgScan {
  tags: SvgTag[];
  /** Contents of `<style>` elements, CDATA included. */
  styles: string[];
  /** `<!…>` and `<?…?>` declarations, raw. */
  declarations: string[];
  /** Why the markup could not be read; empty when it could. */
  error: string | null;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  bsol: '\\',
  nbsp: '\u00a0',
};

/** Decodes numeric references (with or without the `;` HTML tolerates) and the named ones attackers use. */
export function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (all, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? all;
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTR_NAME = /[^\s=>/"'<]+/y;
const SPACE = /\s*/y;

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Index just past `close` after `from`, or -1. */
function past(text: string, close: string, from: number): number {
  const i = text.indexOf(close, from);
  return i < 0 ? -1 : i + close.length;
}

export function scanSvg(text: string): SvgScan {
  const out: SvgScan = { tags: [], styles: [], declarations: [], error: null };
  const fail = (why: string, at: number): SvgScan => ({ ...out, error: `${why} at character ${at}` });
  let inStyle = false;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (inStyle) out.styles.push(text.slice(i, lt));
    let end: number;
    if (text.startsWith('<!--', lt)) {
      end = past(text, '-->', lt + 4);
      if (end < 0) return fail('a comment is never closed', lt);
    } else if (text.startsWith('<![CDATA[', lt)) {
      end = past(text, ']]>', lt + 9);
      if (end < 0) return fail('a CDATA section is never closed', lt);
      if (inStyle) out.styles.push(text.slice(lt + 9, end - 3));
    } else if (text.startsWith('<!', lt)) {
      const close = text.indexOf('>', lt);
      if (close < 0) return fail('a declaration is never closed', lt);
      // A DOCTYPE's internal subset holds ">" of its own: the declaration ends at "]>" then.
      const subset = text.slice(lt, close).indexOf('[');
      end = subset < 0 ? close + 1 : past(text, ']', lt + subset);
      if (subset >= 0) end = end < 0 ? -1 : past(text, '>', end);
      if (end < 0) return fail('a declaration is never closed', lt);
      out.declarations.push(text.slice(lt, end));
    } else if (text.startsWith('<?', lt)) {
      end = past(text, '?>', lt + 2);
      if (end < 0) return fail('a processing instruction is never closed', lt);
      out.declarations.push(text.slice(lt, end));
    } else if (text.startsWith('</', lt)) {
      const name = matchAt(NAME, text, lt + 2);
      if (name === null) return fail('a closing tag has no name', lt);
      const at = lt + 2 + name.length + (matchAt(SPACE, text, lt + 2 + name.length) ?? '').length;
      if (text[at] !== '>') return fail(`the closing tag </${name}> is malformed`, lt);
      if (localName(name) === 'style') inStyle = false;
      end = at + 1;
    } else {
      const tag = readTag(text, lt);
      if ('error' in tag) return fail(tag.error, lt);
      out.tags.push(tag.tag);
      if (localName(tag.tag.name) === 'style' && !tag.selfClosing) inStyle = true;
      end = tag.end;
    }
    i = end;
  }
  if (inStyle) out.styles.push(text.slice(i));
  return out;
}

export function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase();
}

function readTag(text: string, lt: number): { tag: SvgTag; end: number; selfClosing: boolean } | { error: string } {
  const name = matchAt(NAME, text, lt + 1);
  if (name === null) return { error: 'a "<" starts no tag (write &lt; in text)' };
  const tag: SvgTag = { name: name.toLowerCase(), attrs: [] };
  let at = lt + 1 + name.length;
  for (;;) {
    at += (matchAt(SPACE, text, at) ?? '').length;
    if (text[at] === '>') return { tag, end: at + 1, selfClosing: false };
    if (text.startsWith('/>', at)) return { tag, end: at + 2, selfClosing: true };
    const attr = matchAt(ATTR_NAME, text, at);
    if (attr === null) return { error: `the tag <${name}> is malformed` };
    at += attr.length;
    at += (matchAt(SPACE, text, at) ?? '').length;
    if (text[at] !== '=') return { error: `the attribute ${attr} of <${name}> has no value` };
    at += 1 + (matchAt(SPACE, text, at + 1) ?? '').length;
    const quote = text[at];
    if (quote !== '"' && quote !== "'") return { error: `the value of ${attr} in <${name}> is not quoted` };
    const close = text.indexOf(quote, at + 1);
    if (close < 0) return { error: `the value of ${attr} in <${name}> is never closed` };
    tag.attrs.push({ name: attr.toLowerCase(), value: decodeEntities(text.slice(at + 1, close)) });
    at = close + 1;
  }
}
