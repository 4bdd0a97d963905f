// Format detection by content alone: JSON -> ninjs; SOH/STX framing -> ANPA 1312 or IPTC 7901 by
// the heading's shape; XML -> by root element (and namespace); other readable text -> plain text.
import type { WireFormat } from '@newswire/contracts';
import { looksBinary } from './charset.ts';
import { ETX, SOH, STX } from './framed-text.ts';
import { G2_ROOTS } from './parse-newsml-g2.ts';

const SNIFF_BYTES = 64 * 1024;

/** Reads the head of the input as Latin-1 (each byte one char) or UTF-16 when it has a BOM. */
const sniffText = (bytes: Uint8Array): string => {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return Buffer.from(head.subarray(start)).toString('latin1');
};

/** The root element's local name (prefix dropped), skipping declaration, comments and DOCTYPE. */
export const xmlRootName = (text: string): string | null => {
  let s = text.replace(/^\s+/u, '');
  for (let guard = 0; guard < 100; guard++) {
    if (s.startsWith('<?')) s = s.slice(s.indexOf('?>') + 2);
    else if (s.startsWith('<!--')) s = s.slice(s.indexOf('-->') + 3);
    else if (/^<!DOCTYPE/iu.test(s)) {
      const bracket = s.indexOf('[');
      const gt = s.indexOf('>');
      s = bracket >= 0 && bracket < gt ? s.slice(s.indexOf(']>') + 2) : s.slice(gt + 1);
    } else break;
    if (s.length === 0) return null;
    s = s.replace(/^\s+/u, '');
  }
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/u.exec(s);
  return m?.[2] ?? null;
};

// eslint-disable-next-line no-control-regex -- SYN and SOH are the framing being detected
export const anpaHeading = /^[\s\u0016]*\u0001\s*[a-z]\d{4}\b/iu;
// eslint-disable-next-line no-control-regex -- SYN and SOH are the framing being detected
export const iptc7901Heading = /^[\s\u0016]*\u0001\s*[A-Za-z]{2,8}\s*\d{1,5}\s+\d\s+[A-Za-z]{1,3}\s+\d{1,5}/u;

export const detectFormat = (bytes: Uint8Array): WireFormat | null => {
  if (bytes.length === 0 || looksBinary(bytes)) return null;
  const s = sniffText(bytes);
  const t = s.trimStart();
  if (t.length === 0) return null;
  const soh = s.indexOf(SOH);
  if (soh >= 0 && soh < 16 && s.indexOf(STX, soh) > soh) {
    if (iptc7901Heading.test(s)) return 'iptc7901';
    if (anpaHeading.test(s)) return 'anpa1312';
    // Framed copy with a heading of neither documented shape: ANPA is the commoner one.
    return s.includes(ETX) || s.includes(STX) ? 'anpa1312' : null;
  }
  if (t.startsWith('{') || t.startsWith('[')) return 'ninjs';
  if (t.startsWith('<')) {
    const root = xmlRootName(t);
    if (!root) return null;
    if (root === 'nitf') return 'nitf';
    if (root === 'NewsML' || root === 'NewsItem') return 'newsml-1';
    if (G2_ROOTS.has(root)) return 'newsml-g2';
    // A G2 contentSet/inlineXML fragment that carries NITF.
    if ((root === 'contentSet' || root === 'inlineXML') && /<(\w+:)?nitf[\s>]/u.test(t)) return 'nitf';
    return null;
  }
  return 'text';
};
