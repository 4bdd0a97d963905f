// Safe XML: text -> a small element tree, with saxes (strict, non-validating, never fetches a DTD or
// an external entity). Any <!ENTITY declaration is refused before parsing, which disposes of XXE and
// billion-laughs; a plain DOCTYPE is tolerated and never loaded. Depth and node counts are bounded.
import { SaxesParser } from 'saxes';
import type { SaxesAttributeNS, SaxesTagNS } from 'saxes';
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { HTML_ENTITIES } from './html-entities.ts';

export interface XmlElement {
  /** Local name, without prefix. */
  readonly local: string;
  readonly uri: string;
  /** Attributes by local name; prefixed ones (other than xmlns) also as "prefix:local". */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export const MAX_XML_DEPTH = 200;
export const MAX_XML_NODES = 1_000_000;

/** Refuses what saxes would merely skip or fail late on: entity declarations anywhere. */
export const assertNoEntityDeclarations = (text: string): void => {
  if (/<!ENTITY/iu.test(text)) {
    throw new NewswireError(
      ErrorCode.XmlForbidden,
      'XML declares entities (<!ENTITY>): refused without expansion (external or recursive entities are never processed)',
    );
  }
};

export const parseXml = (text: string): XmlElement => {
  assertNoEntityDeclarations(text);
  const parser = new SaxesParser({
    xmlns: true,
    // Fragments (guideline listings) use prefixes they do not bind: give them a placeholder
    // namespace instead of failing.
    resolvePrefix: (prefix: string) => `urn:unbound-prefix:${prefix}`,
  });
  // Character entities from the HTML/NITF DTDs (&nbsp; &mdash; ...) as fixed strings: a DOCTYPE is
  // never read, so without these a NITF file that relies on its DTD would fail. No expansion occurs.
  Object.assign(parser.ENTITIES, HTML_ENTITIES);
  const root: XmlElement = { local: '#document', uri: '', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let nodes = 0;
  let top: XmlElement | null = null;
  parser.on('error', (err: Error) => {
    throw new NewswireError(ErrorCode.MalformedXml, `malformed XML: ${err.message}`, { cause: err });
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    nodes += 1;
    if (nodes > MAX_XML_NODES) {
      throw new NewswireError(ErrorCode.TooLarge, `XML has more than ${MAX_XML_NODES} elements`);
    }
    if (stack.length > MAX_XML_DEPTH) {
      throw new NewswireError(ErrorCode.MalformedXml, `XML nests deeper than ${MAX_XML_DEPTH} elements`);
    }
    const attrs: Record<string, string> = {};
    for (const a of Object.values<SaxesAttributeNS>(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      if (a.prefix) attrs[`${a.prefix}:${a.local}`] = a.value;
      if (!(a.local in attrs) || !a.prefix) attrs[a.local] = a.value;
    }
    const el: XmlElement = { local: tag.local, uri: tag.uri, attrs, children: [] };
    stack.at(-1)!.children.push(el);
    stack.push(el);
    if (top === null) top = el;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (t: string): void => {
    const parent = stack.at(-1)!;
    if (parent === root) return;
    parent.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof NewswireError) throw e;
    throw new NewswireError(ErrorCode.MalformedXml, `malformed XML: ${(e as Error).message}`, { cause: e });
  }
  if (top === null) throw new NewswireError(ErrorCode.MalformedXml, 'XML has no root element');
  return top;
};

// ---- small query helpers over the tree -------------------------------------------------------

export const isElement = (n: XmlNode): n is XmlElement => typeof n !== 'string';

export const childElements = (el: XmlElement, local?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => isElement(c) && (local === undefined || c.local === local));

export const child = (el: XmlElement | null | undefined, local: string): XmlElement | null =>
  el ? (el.children.find((c): c is XmlElement => isElement(c) && c.local === local) ?? null) : null;

/** Follows a path of local names through first matches. */
export const path = (el: XmlElement | null | undefined, ...locals: string[]): XmlElement | null => {
  let cur: XmlElement | null = el ?? null;
  for (const l of locals) cur = child(cur, l);
  return cur;
};

/** Depth-first search for descendants by local name (not into matches). */
export const descendants = (el: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] => {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.local === local) out.push(c);
    else descendants(c, local, out);
  }
  return out;
};

export const firstDescendant = (el: XmlElement | null, local: string): XmlElement | null => {
  if (!el) return null;
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.local === local) return c;
    const d = firstDescendant(c, local);
    if (d) return d;
  }
  return null;
};

/** All text below an element, whitespace collapsed. */
export const textOf = (el: XmlElement | null | undefined): string => {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(el);
  return collapse(parts.join(''));
};

export const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

export const attr = (el: XmlElement | null | undefined, name: string): string | null =>
  el?.attrs[name] ?? null;
