// Reads schema.org JSON-LD carried with a story (Trust Project markup: a NewsArticle subtype with its
// publisher Organization, author Person, citation, backstory, dateline...) into findings. It reads
// only the properties it knows, follows @graph and @id references one level, and is bounded
// everywhere, so deep, huge or cyclic input costs at most the limits. It is not a JSON-LD processor:
// no @context expansion, no remote documents.
import {
  LIMITS,
  checkTextOrUrl,
  checkUrl,
  describeType,
  shown,
  type ValueVerdict,
} from './evidence-values.ts';
import type { AuthorAspect, AuthorFinding, Findings } from './findings.ts';
import { evidenceOf, mentionsTrustProject, warn } from './findings.ts';
import type { TrustProperty } from './roles.ts';
import {
  GENERIC_ARTICLE_TYPES,
  PUBLISHER_PROPERTIES,
  TYPE_OF_WORK_LABELS,
  localTypeName,
  typeOfWorkLabel,
} from './roles.ts';

type JsonNode = Record<string, unknown>;
interface Located {
  readonly node: JsonNode;
  readonly path: string;
}

const SOURCE = 'json-ld';

const isNode = (v: unknown): v is JsonNode => typeof v === 'object' && v !== null && !Array.isArray(v);
// Own properties only: a payload's "__proto__" or inherited members must not be read as data.
const own = (o: JsonNode, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

const typesOf = (node: JsonNode): string[] => {
  const t = own(node, '@type');
  const list = Array.isArray(t) ? t.slice(0, 10) : [t];
  return list.filter((x): x is string => typeof x === 'string' && x.length <= 200).map(localTypeName);
};

const isArticle = (types: readonly string[]): boolean =>
  types.some((t) => typeOfWorkLabel(t) !== null || GENERIC_ARTICLE_TYPES.has(t) || /Article$/u.test(t));
const isOrganization = (types: readonly string[]): boolean =>
  types.some((t) => /Organi[sz]ation$|Corporation$/u.test(t));

/** The values of a property as a bounded list with their paths; absent -> []. */
const valuesOf = (
  f: Findings,
  node: JsonNode,
  key: string,
  path: string,
): Array<{ v: unknown; at: string }> => {
  const raw = own(node, key);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return [{ v: raw, at: `${path}.${key}` }];
  if (raw.length > LIMITS.itemsPerProperty) {
    warn(f, `${path}.${key}: ${raw.length} values, only the first ${LIMITS.itemsPerProperty} read`);
  }
  return (raw as unknown[])
    .slice(0, LIMITS.itemsPerProperty)
    .map((v, i) => ({ v, at: `${path}.${key}[${i}]` }));
};

/** A link-valued property: a URL string, or a CreativeWork/WebPage with url or @id. */
const linkVerdict = (v: unknown): ValueVerdict => {
  if (isNode(v)) {
    const u = own(v, 'url') ?? own(v, '@id');
    return u === undefined
      ? { ok: false, value: '(an object)', problem: 'object has no url or @id' }
      : checkUrl(u);
  }
  return checkUrl(v);
};

/** A text-or-link property: prose, a URL, or a Thing with url / name / text / description. */
const textVerdict = (v: unknown, maxChars?: number): ValueVerdict => {
  if (isNode(v)) {
    const u = own(v, 'url');
    if (u !== undefined) return checkUrl(u);
    const t = own(v, 'name') ?? own(v, 'text') ?? own(v, 'description') ?? own(v, 'alternateName');
    if (t !== undefined) return checkTextOrUrl(t, maxChars);
    const id = own(v, '@id');
    if (id !== undefined) return checkUrl(id);
    return { ok: false, value: '(an object)', problem: 'object has no url, name or text' };
  }
  return checkTextOrUrl(v, maxChars);
};

// Property names whose presence in a malformed JSON-LD string tells which indicator it meant to carry.
const MENTIONABLE: ReadonlyArray<[string, TrustProperty]> = [
  ...PUBLISHER_PROPERTIES.map((p): [string, TrustProperty] => [p, p]),
  ['citation', 'citation'],
  ['backstory', 'backstory'],
  ['dateline', 'dateline'],
  ['locationCreated', 'locationCreated'],
  ['contentLocation', 'contentLocation'],
  ['correction', 'correction'],
  ['jobTitle', 'journalistInfo'],
  ['knowsAbout', 'journalistInfo'],
  ['sameAs', 'journalistInfo'],
  ...TYPE_OF_WORK_LABELS.map((l): [string, TrustProperty] => [l, 'typeOfWork']),
];

const reportMalformed = (f: Findings, text: string, field: string, problem: string): void => {
  warn(f, `${field}: ${problem}`);
  const seen = new Set<TrustProperty>();
  for (const [name, property] of MENTIONABLE) {
    if (seen.has(property) || !text.includes(`"${name}"`)) continue;
    seen.add(property);
    f.items.push({
      property,
      evidence: evidenceOf(
        { ok: false, value: shown(text), problem: `${problem}; it mentions "${name}"` },
        SOURCE,
        field,
        property,
      ),
    });
  }
};

/** Parses a JSON-LD entry kept as a string (the formats parser keeps invalid JSON verbatim). */
const parseEntry = (f: Findings, entry: unknown, field: string): unknown => {
  if (typeof entry !== 'string') return entry;
  if (entry.length > LIMITS.jsonLdStringChars) {
    reportMalformed(
      f,
      entry.slice(0, 100_000),
      field,
      `JSON-LD string too large (${entry.length} chars; limit ${LIMITS.jsonLdStringChars})`,
    );
    return undefined;
  }
  try {
    return JSON.parse(entry) as unknown;
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 120) : 'parse error';
    reportMalformed(f, entry, field, `malformed JSON-LD (${detail})`);
    return undefined;
  }
};

const collectNodes = (f: Findings, v: unknown, path: string, depth: number, acc: Located[]): void => {
  if (acc.length >= LIMITS.jsonLdNodes) {
    warn(f, `${path}: more than ${LIMITS.jsonLdNodes} JSON-LD nodes, the rest not read`);
    return;
  }
  if (Array.isArray(v)) {
    if (depth >= LIMITS.graphDepth) {
      warn(f, `${path}: JSON-LD nested deeper than ${LIMITS.graphDepth} levels, not read`);
      return;
    }
    const items = (v as unknown[]).slice(0, LIMITS.jsonLdNodes);
    items.forEach((el, i) => collectNodes(f, el, `${path}[${i}]`, depth + 1, acc));
    return;
  }
  if (!isNode(v)) {
    warn(f, `${path}: not a JSON-LD object (${describeType(v)})`);
    return;
  }
  acc.push({ node: v, path });
  const graph = own(v, '@graph');
  if (graph === undefined) return;
  if (depth >= LIMITS.graphDepth)
    warn(f, `${path}.@graph: nested deeper than ${LIMITS.graphDepth} levels, not read`);
  else collectNodes(f, graph, `${path}.@graph`, depth + 1, acc);
};

const readPublisher = (f: Findings, org: Located): void => {
  const name = own(org.node, 'name');
  if (typeof name === 'string' && name.trim() !== '' && name.length <= LIMITS.nameChars) {
    f.publisherNames.push(name.trim());
  }
  for (const property of PUBLISHER_PROPERTIES) {
    for (const { v, at } of valuesOf(f, org.node, property, org.path)) {
      f.items.push({ property, evidence: evidenceOf(linkVerdict(v), SOURCE, at, property) });
    }
  }
  readClaim(f, org);
};

// A publisher or article that declares Trust Project membership (memberOf / award) claims conformance.
const readClaim = (f: Findings, at: Located): void => {
  for (const key of ['memberOf', 'award']) {
    for (const { v, at: field } of valuesOf(f, at.node, key, at.path)) {
      const texts = isNode(v) ? [own(v, 'name'), own(v, 'url'), own(v, '@id')] : [v];
      const hit = texts.find((t): t is string => typeof t === 'string' && mentionsTrustProject(t));
      if (hit !== undefined) f.claim.push({ source: SOURCE, field, value: shown(hit), valid: true });
    }
  }
};

const AUTHOR_TEXT_ASPECTS: ReadonlyArray<AuthorAspect> = [
  'jobTitle',
  'knowsAbout',
  'knowsLanguage',
  'affiliation',
];

const readAuthor = (f: Findings, v: unknown, at: string): void => {
  if (typeof v === 'string') {
    const verdict = checkTextOrUrl(v, LIMITS.nameChars);
    if (verdict.ok && verdict.kind === 'url') {
      // "author": "https://..." is a profile link without a name.
      f.authors.push({
        name: null,
        kind: 'unknown',
        evidence: evidenceOf(verdict, SOURCE, at, 'journalistInfo'),
        details: [{ aspect: 'url', evidence: evidenceOf(verdict, SOURCE, at, 'journalistInfo') }],
      });
      return;
    }
    f.authors.push({
      name: verdict.ok ? verdict.value : null,
      kind: 'unknown',
      evidence: evidenceOf(verdict, SOURCE, at),
      details: [],
    });
    return;
  }
  if (!isNode(v)) {
    const verdict: ValueVerdict = {
      ok: false,
      value: `(${describeType(v)})`,
      problem: `expected a Person, got ${describeType(v)}`,
    };
    f.authors.push({ name: null, kind: 'unknown', evidence: evidenceOf(verdict, SOURCE, at), details: [] });
    return;
  }
  const types = typesOf(v);
  const kind: AuthorFinding['kind'] = types.includes('Person')
    ? 'person'
    : isOrganization(types)
      ? 'organization'
      : 'unknown';
  const nameVerdict = checkTextOrUrl(own(v, 'name'), LIMITS.nameChars);
  const name = nameVerdict.ok && nameVerdict.kind === 'text' ? nameVerdict.value : null;
  const located: Located = { node: v, path: at };
  const details: AuthorFinding['details'] = [];
  for (const aspect of AUTHOR_TEXT_ASPECTS) {
    for (const { v: value, at: field } of valuesOf(f, v, aspect, at)) {
      details.push({ aspect, evidence: evidenceOf(textVerdict(value, LIMITS.nameChars), SOURCE, field) });
    }
  }
  for (const aspect of ['sameAs', 'url'] as const) {
    for (const { v: value, at: field } of valuesOf(f, v, aspect, at)) {
      details.push({ aspect, evidence: evidenceOf(linkVerdict(value), SOURCE, field, 'journalistInfo') });
    }
  }
  f.authors.push({
    name,
    kind,
    evidence: evidenceOf(
      name === null && own(v, 'name') === undefined
        ? { ok: false, value: '(no name)', problem: 'author has no name' }
        : nameVerdict,
      SOURCE,
      `${at}.name`,
    ),
    details,
  });
  if (kind === 'organization') readClaim(f, located);
};

const readArticle = (
  f: Findings,
  article: Located,
  types: readonly string[],
  resolve: (v: unknown) => unknown,
): Located[] => {
  for (const t of types) {
    const label = typeOfWorkLabel(t);
    f.types.push({
      label,
      evidence: { source: SOURCE, field: `${article.path}.@type`, value: t, valid: true },
    });
  }
  // publishingPrinciples is also a CreativeWork property: on the article it names the creator's principles.
  f.items.push(
    ...valuesOf(f, article.node, 'publishingPrinciples', article.path).map(({ v, at }) => ({
      property: 'publishingPrinciples' as const,
      evidence: evidenceOf(linkVerdict(v), SOURCE, at, 'publishingPrinciples'),
    })),
  );
  const textProps: ReadonlyArray<TrustProperty> = [
    'citation',
    'backstory',
    'dateline',
    'locationCreated',
    'contentLocation',
    'correction',
  ];
  for (const property of textProps) {
    for (const { v, at } of valuesOf(f, article.node, property, article.path)) {
      f.items.push({ property, evidence: evidenceOf(textVerdict(resolve(v)), SOURCE, at, property) });
    }
  }
  for (const { v, at } of valuesOf(f, article.node, 'author', article.path)) readAuthor(f, resolve(v), at);
  readClaim(f, article);
  const publishers: Located[] = [];
  for (const { v, at } of valuesOf(f, article.node, 'publisher', article.path)) {
    const p = resolve(v);
    if (isNode(p)) publishers.push({ node: p, path: at });
  }
  return publishers;
};

/** Reads every JSON-LD entry of a story into `f`. */
export const readJsonLd = (f: Findings, entries: readonly unknown[]): void => {
  if (entries.length > LIMITS.jsonLdDocuments) {
    warn(f, `${entries.length} JSON-LD documents, only the first ${LIMITS.jsonLdDocuments} read`);
  }
  const nodes: Located[] = [];
  entries.slice(0, LIMITS.jsonLdDocuments).forEach((entry, i) => {
    const field = `jsonld[${i}]`;
    const doc = parseEntry(f, entry, field);
    if (doc === undefined) return;
    if (isNode(doc)) {
      const ctx = own(doc, '@context');
      if (typeof ctx === 'string' && !/schema\.org/iu.test(ctx))
        warn(f, `${field}: @context is not schema.org`);
    }
    collectNodes(f, doc, field, 0, nodes);
  });

  const byId = new Map<string, JsonNode>();
  for (const { node } of nodes) {
    const id = own(node, '@id');
    if (typeof id === 'string' && id.length <= LIMITS.urlChars && !byId.has(id)) byId.set(id, node);
  }
  // A bare {"@id": ...} points at a node elsewhere in the graph; one hop only, so reference cycles end.
  const resolve = (v: unknown): unknown => {
    if (!isNode(v)) return v;
    const id = own(v, '@id');
    if (typeof id !== 'string') return v;
    const keys = Object.keys(v).filter((k) => k !== '@id' && k !== '@type');
    return keys.length === 0 ? (byId.get(id) ?? v) : v;
  };

  const publishers = new Map<JsonNode, Located>();
  for (const located of nodes) {
    const types = typesOf(located.node);
    if (isArticle(types)) {
      for (const p of readArticle(f, located, types, resolve))
        if (!publishers.has(p.node)) publishers.set(p.node, p);
    } else if (isOrganization(types) && !publishers.has(located.node)) {
      publishers.set(located.node, located);
    }
  }
  for (const p of publishers.values()) readPublisher(f, p);
};
