// Markup bodies -> paragraphs: from a parsed XML tree (NITF, XHTML) or from an HTML string (ninjs
// body_html, which need not be well-formed, so it is read with a tolerant tag scanner, never as
// XML). schema.org JSON-LD <script> blocks are collected for the trust checker, not kept as text.
import { HTML_ENTITIES } from './html-entities.ts';
import { collapse } from './xml.ts';
import type { XmlElement } from './xml.ts';

export interface Blocks {
  readonly paragraphs: string[];
  /** Parsed JSON-LD objects, or the raw string when it is not valid JSON. */
  readonly jsonld: unknown[];
}

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hl1',
  'hl2',
  'blockquote',
  'pre',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'block',
  'bq',
  'figure',
  'figcaption',
  'address',
  'aside',
  'nitf-table',
  'fn',
  'note',
  'caption',
  'body.end',
  'tagline',
  'credit',
  'abstract',
]);
// Not running text: media binaries and their metadata, document head, styles and scripts.
const SKIP = new Set([
  'head',
  'title',
  'style',
  'script',
  'media-reference',
  'media-metadata',
  'media-object',
  'media-producer',
  'object',
  'noscript',
  'template',
  'iframe',
  'svg',
]);

export const parseJsonLd = (raw: string): unknown => {
  const s = raw.trim();
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return s;
  }
};

const isJsonLdType = (type: string | null | undefined): boolean =>
  !!type && /^\s*application\/ld\+json\s*$/iu.test(type);

export const blocksFromTree = (root: XmlElement, options: { skip?: ReadonlySet<string> } = {}): Blocks => {
  const paragraphs: string[] = [];
  const jsonld: unknown[] = [];
  let cur: string[] = [];
  const flush = (): void => {
    const p = collapse(cur.join(''));
    if (p) paragraphs.push(p);
    cur = [];
  };
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        cur.push(c);
        continue;
      }
      if (c.local === 'script') {
        if (isJsonLdType(c.attrs['type'])) jsonld.push(parseJsonLd(rawText(c)));
        continue;
      }
      if (SKIP.has(c.local) || options.skip?.has(c.local)) continue;
      if (c.local === 'br') {
        flush();
        continue;
      }
      if (BLOCK.has(c.local)) {
        flush();
        walk(c);
        flush();
      } else {
        walk(c);
      }
    }
  };
  walk(root);
  flush();
  return { paragraphs, jsonld };
};

const rawText = (el: XmlElement): string =>
  el.children.map((c) => (typeof c === 'string' ? c : rawText(c))).join('');

// ---- HTML strings --------------------------------------------------------------------------------

export const decodeHtmlEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '';
    }
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    return named[ref] ?? HTML_ENTITIES[ref] ?? whole;
  });

const blockTagRe = new RegExp(
  `<\\/?(?:${[...BLOCK].map((b) => b.replace('.', '\\.')).join('|')}|br|hr)\\b[^>]*>`,
  'giu',
);

export const blocksFromHtml = (html: string): Blocks => {
  const jsonld: unknown[] = [];
  let s = html.replace(/<!--[\s\S]*?-->/gu, ' ');
  s = s.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu, (_, attrs: string, body: string) => {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/iu.exec(attrs)?.[1];
    if (isJsonLdType(type)) jsonld.push(parseJsonLd(body));
    return ' ';
  });
  s = s.replace(/<(style|head|title|noscript|template|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, ' ');
  s = s.replace(blockTagRe, '\n\n');
  s = s.replace(/<\/?[A-Za-z][^>]*>/gu, '');
  const paragraphs = s
    .split(/\n\s*\n/u)
    .map((p) => collapse(decodeHtmlEntities(p)))
    .filter((p) => p.length > 0);
  return { paragraphs, jsonld };
};
