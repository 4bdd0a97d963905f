// Judges one carried value (a policy URL, a dateline, a job title) as usable evidence or not. Never
// throws: whatever arrives (wrong types, 100 KB strings, javascript: URLs) becomes a verdict with a reason.

/** Bounds on what the checker reads; beyond them input is reported, never processed. */
export const LIMITS = {
  /** Longest URL accepted as evidence, in characters. */
  urlChars: 2048,
  /** Longest text value (dateline, backstory, job title...) accepted, in characters. */
  textChars: 10_000,
  /** Longest person/organisation name accepted, in characters. */
  nameChars: 300,
  /** How much of a rejected value is echoed back in the report, in characters. */
  shownChars: 200,
  /** Values read per property (arrays beyond this are cut, with a warning). */
  itemsPerProperty: 50,
  /** JSON-LD documents read per story. */
  jsonLdDocuments: 20,
  /** JSON-LD nodes read per story (top-level objects and @graph members). */
  jsonLdNodes: 500,
  /** Largest unparsed JSON-LD string we try to parse, in characters. */
  jsonLdStringChars: 1_000_000,
  /** Nesting of @graph / arrays followed when looking for nodes. */
  graphDepth: 4,
  /** Trust indicator refs (ninjs / NewsML-G2 / NITF) read per story. */
  indicatorRefs: 200,
  /** Plain-text labels copied into the report, and their length. */
  labels: 20,
  labelChars: 500,
  /** Warnings kept per report (the rest are counted in a final warning). */
  warnings: 50,
} as const;

export type ValueVerdict =
  | { readonly ok: true; readonly kind: 'url' | 'text'; readonly value: string }
  | { readonly ok: false; readonly value: string; readonly problem: string };

/** Names the JS type of an unexpected value without serialising it (it may be huge or cyclic). */
export const describeType = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
};

/** A bounded, printable echo of a rejected value for the report. */
export const shown = (s: string): string =>
  s.length > LIMITS.shownChars ? `${s.slice(0, LIMITS.shownChars)}… (${s.length} chars)` : s;

// RFC 2606 / RFC 6761 names: a link there is a placeholder, not a published policy.
const RESERVED_HOST = /(^|\.)(example|invalid|test|localhost)$|^(www\.)?example\.(com|net|org)$/iu;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is rejected
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/u;
const SCHEME = /^([a-z][a-z0-9+.-]*):/iu;
// Schemes that make a string a link rather than prose even without "//" (javascript:alert(1)).
const LINK_SCHEMES = new Set([
  'javascript',
  'vbscript',
  'data',
  'file',
  'ftp',
  'ftps',
  'mailto',
  'blob',
  'tel',
]);

export const checkUrl = (raw: unknown): ValueVerdict => {
  if (typeof raw !== 'string') {
    return {
      ok: false,
      value: `(${describeType(raw)})`,
      problem: `expected a URL string, got ${describeType(raw)}`,
    };
  }
  const s = raw.trim();
  if (s === '') return { ok: false, value: '', problem: 'empty value (no policy declared)' };
  if (s.length > LIMITS.urlChars) {
    return {
      ok: false,
      value: shown(s),
      problem: `value too long (${s.length} chars; limit ${LIMITS.urlChars})`,
    };
  }
  if (WHITESPACE_OR_CONTROL.test(s)) {
    return { ok: false, value: shown(s), problem: 'URL contains whitespace or control characters' };
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return { ok: false, value: shown(s), problem: 'not an absolute URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      value: shown(s),
      problem: `unsupported URL scheme "${url.protocol}" (only http and https)`,
    };
  }
  if (url.hostname === '') return { ok: false, value: shown(s), problem: 'URL has no host' };
  if (url.username !== '' || url.password !== '') {
    return { ok: false, value: shown(s), problem: 'URL carries credentials' };
  }
  if (RESERVED_HOST.test(url.hostname)) {
    return { ok: false, value: shown(s), problem: `placeholder URL (reserved domain ${url.hostname})` };
  }
  return { ok: true, kind: 'url', value: s };
};

/** Text or a link: prose is accepted within bounds; anything that looks like a link must pass checkUrl. */
export const checkTextOrUrl = (raw: unknown, maxChars: number = LIMITS.textChars): ValueVerdict => {
  if (typeof raw !== 'string') {
    return { ok: false, value: `(${describeType(raw)})`, problem: `expected text, got ${describeType(raw)}` };
  }
  const s = raw.trim();
  if (s === '') return { ok: false, value: '', problem: 'empty value' };
  const scheme = SCHEME.exec(s)?.[1]?.toLowerCase();
  if (
    scheme !== undefined &&
    (scheme === 'http' || scheme === 'https' || LINK_SCHEMES.has(scheme) || s.includes('://'))
  ) {
    return checkUrl(s);
  }
  if (s.length > maxChars) {
    return { ok: false, value: shown(s), problem: `value too long (${s.length} chars; limit ${maxChars})` };
  }
  return { ok: true, kind: 'text', value: s };
};

export const isHttpUrl = (s: string): boolean => /^https?:\/\//iu.test(s);
