import DOMPurify from 'dompurify';
import { marked } from 'marked';

export interface MarkdownOptions {
  /** URL of the Markdown file (or the manifest, for inline bodies): relative links resolve against it. */
  baseUrl: string;
  /** Whether images may load from this origin (the hall's media allowlist). */
  imageOriginAllowed: (origin: string) => boolean;
  /** The page shows the title already: drop a `# Title` the Markdown starts with. */
  omitLeadingTitle?: boolean;
}

const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'strong',
  'em',
  'b',
  'i',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
  'sup',
  'sub',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'align', 'start'];

function safeUrl(raw: string, base: string, protocols: readonly string[]): URL | null {
  // Control characters are exactly what URL parsers strip to smuggle `java\tscript:`.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\s\\]/.test(raw.trim()) || raw.trim().startsWith('//')) return null;
  try {
    const u = new URL(raw.trim(), base);
    return protocols.includes(u.protocol) && !u.username && !u.password ? u : null;
  } catch {
    return null;
  }
}

/**
 * Markdown from an exhibitor, as HTML safe to insert: a short list of tags and attributes,
 * no scripts, handlers or styles; links open in a new tab without opener or referrer;
 * images only over http(s) from allowed origins.
 */
export function renderMarkdown(markdown: string, opts: MarkdownOptions): string {
  const tokens = marked.lexer(markdown, { gfm: true, breaks: false });
  const first = tokens.findIndex((t) => t.type !== 'space');
  const lead = tokens[first];
  if (opts.omitLeadingTitle && lead?.type === 'heading' && (lead as { depth?: number }).depth === 1) tokens.splice(first, 1);
  const html = marked.parser(tokens, { async: false, gfm: true, breaks: false });
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      const url = href === null ? null : safeUrl(href, opts.baseUrl, ['http:', 'https:', 'mailto:']);
      if (url) {
        node.setAttribute('href', url.href);
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else node.removeAttribute('href');
    }
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src');
      const url = src === null ? null : safeUrl(src, opts.baseUrl, ['http:', 'https:']);
      if (url && opts.imageOriginAllowed(url.origin)) {
        node.setAttribute('src', url.href);
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      } else node.remove();
    }
  });
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: ['target', 'rel', 'loading', 'referrerpolicy'],
  });
}
