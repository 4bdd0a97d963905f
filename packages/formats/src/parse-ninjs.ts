// ninjs 1.x (headline/body_*), 2.x (headlines/bodies) and 3.x (the same in camelCase) -> StoryDraft.
// Checks the types of the fields it reads (INVALID_NINJS) rather than validating against one schema
// version, so real feeds that stray from a schema in fields we do not use still parse.
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { blocksFromHtml, parseJsonLd } from './body-blocks.ts';
import { toIsoDate } from './dates.ts';
import { toVersion } from './ids.ts';
import type { StoryDraft } from './story.ts';
import { pubstatusOf, urgencyOf } from './story.ts';
import { parseNitfTree } from './parse-nitf.ts';
import { splitParagraphs } from './text-blocks.ts';
import { parseXml } from './xml.ts';

type Json = Record<string, unknown>;

const NINJS_KEYS = [
  'uri',
  'headline',
  'headlines',
  'body_text',
  'body_html',
  'body_xhtml',
  'bodies',
  'versioncreated',
  'firstcreated',
  'pubstatus',
  'descriptions',
  'description_text',
  '$standard',
  'renditions',
  'associations',
  'altids',
  'trustindicators',
  'eventdetails',
];

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** ninjs 3.x writes camelCase; lower-casing keys gives the 1.x/2.x names for everything we read. */
const lowerKeys = (v: unknown, depth = 0): unknown => {
  if (depth > 20) return v;
  if (Array.isArray(v)) return v.map((x) => lowerKeys(x, depth + 1));
  if (!isObj(v)) return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) {
    const lk = k.toLowerCase();
    if (!(lk in out)) out[lk] = lowerKeys(x, depth + 1);
  }
  return out;
};

const STRING_FIELDS = [
  'uri',
  'headline',
  'body_text',
  'body_html',
  'body_xhtml',
  'byline',
  'by',
  'slugline',
  'language',
  'copyrightnotice',
  'usageterms',
  'pubstatus',
  'versioncreated',
  'firstcreated',
  'embargoed',
  'title',
  'type',
  'description_text',
  'description_html',
  'ednote',
];
const ARRAY_FIELDS = [
  'headlines',
  'bodies',
  'descriptions',
  'subjects',
  'subject',
  'genres',
  'genre',
  'trustindicators',
  'people',
  'organisations',
  'places',
  'place',
  'person',
  'organisation',
];

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

const checkTypes = (d: Json): void => {
  const problems: string[] = [];
  for (const f of STRING_FIELDS) {
    if (f in d && typeof d[f] !== 'string') {
      // ninjs 2.x/3.x allow `usageterms` in several shapes; 3.0.1 moved urgency to integer.
      if (f === 'usageterms' && (isObj(d[f]) || Array.isArray(d[f]))) continue;
      problems.push(`'${f}' must be a string, got ${typeName(d[f])}`);
    }
  }
  for (const f of ARRAY_FIELDS) {
    if (f in d && !Array.isArray(d[f])) problems.push(`'${f}' must be an array, got ${typeName(d[f])}`);
  }
  if ('version' in d && typeof d['version'] !== 'string' && typeof d['version'] !== 'number') {
    problems.push(`'version' must be a string, got ${typeName(d['version'])}`);
  }
  if (
    'urgency' in d &&
    typeof d['urgency'] !== 'number' &&
    !(typeof d['urgency'] === 'string' && /^\d$/u.test(d['urgency']))
  ) {
    problems.push(`'urgency' must be an integer, got ${typeName(d['urgency'])}`);
  }
  for (const f of ['headlines', 'bodies', 'descriptions'] as const) {
    const arr = d[f];
    if (Array.isArray(arr)) {
      arr.forEach((x, i) => {
        if (!isObj(x) || typeof x['value'] !== 'string') problems.push(`'${f}[${i}].value' must be a string`);
      });
    }
  }
  if (problems.length > 0) {
    throw new NewswireError(
      ErrorCode.InvalidNinjs,
      `ninjs with wrong types: ${problems.slice(0, 5).join('; ')}`,
    );
  }
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

interface Part {
  role: string;
  contenttype: string;
  value: string;
}
const parts = (v: unknown): Part[] =>
  Array.isArray(v)
    ? v.filter(isObj).map((p) => ({
        role: typeof p['role'] === 'string' ? p['role'] : '',
        contenttype: typeof p['contenttype'] === 'string' ? p['contenttype'].toLowerCase() : '',
        value: typeof p['value'] === 'string' ? p['value'] : '',
      }))
    : [];

const isNitfPart = (p: Part): boolean => /nitf/iu.test(p.contenttype) || /^nitf$/iu.test(p.role);
const isHtmlPart = (p: Part): boolean => /html|xml/u.test(p.contenttype) || /html/u.test(p.role);
const partRank = (p: Part): number => (isNitfPart(p) ? 0 : isHtmlPart(p) ? 1 : 2);
const DESCRIPTION_ROLES = ['caption', 'summary', 'abstract', 'description', 'text', ''];
const descriptionRank = (p: Part): number => {
  const i = DESCRIPTION_ROLES.indexOf(p.role.toLowerCase().replace(/^.*:/u, ''));
  return i < 0 ? DESCRIPTION_ROLES.length : i;
};

/** A NITF body carried as a string: read with the same safe XML parser as a NITF file. */
const nitfBlocks = (xml: string): { paragraphs: string[]; jsonld: unknown[] } => {
  try {
    const d = parseNitfTree(parseXml(xml));
    return { paragraphs: d.paragraphs, jsonld: d.trust?.jsonld ?? [] };
  } catch (e) {
    if (e instanceof NewswireError && e.code === ErrorCode.XmlForbidden) throw e;
    return blocksFromHtml(xml);
  }
};

/** Paragraphs and JSON-LD from a list of body/description parts: marked-up first, then text. */
const fromParts = (list: Part[], rank = partRank): { paragraphs: string[]; jsonld: unknown[] } => {
  const sorted = [...list].sort((a, b) => rank(a) - rank(b));
  for (const p of sorted) {
    const blocks = isNitfPart(p)
      ? nitfBlocks(p.value)
      : isHtmlPart(p)
        ? blocksFromHtml(p.value)
        : { paragraphs: splitParagraphs(p.value), jsonld: [] };
    if (blocks.paragraphs.length > 0) return blocks;
  }
  return { paragraphs: [], jsonld: [] };
};

const qcodes = (v: unknown): { name?: string; uri?: string; code?: string; scheme?: string }[] =>
  Array.isArray(v)
    ? v.filter(isObj).map((s) => {
        const o: { name?: string; uri?: string; code?: string; scheme?: string } = {};
        for (const k of ['name', 'uri', 'code', 'scheme'] as const) if (typeof s[k] === 'string') o[k] = s[k];
        return o;
      })
    : [];

const looksJsonLd = (v: unknown): boolean =>
  (isObj(v) && ('@context' in v || '@type' in v)) ||
  (Array.isArray(v) && v.some((x) => isObj(x) && ('@context' in x || '@type' in x)));

export const parseNinjsText = (text: string): StoryDraft => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new NewswireError(ErrorCode.NotNinjs, `not ninjs: invalid JSON (${(cause as Error).message})`, {
      cause,
    });
  }
  if (Array.isArray(json)) {
    throw new NewswireError(
      ErrorCode.NotNinjs,
      `not ninjs: a JSON array of ${json.length} item(s); push each document on its own`,
    );
  }
  if (!isObj(json))
    throw new NewswireError(ErrorCode.NotNinjs, `not ninjs: JSON ${typeName(json)}, not an object`);
  const raw = json;
  const d = lowerKeys(json) as Json;
  if (!NINJS_KEYS.some((k) => k in d)) {
    throw new NewswireError(
      ErrorCode.NotNinjs,
      'not ninjs: JSON object with none of the ninjs properties (uri, headline(s), body*, ...)',
    );
  }
  checkTypes(d);

  const headlines = parts(d['headlines'])
    .filter((h) => h.value.trim())
    .map((h) => ({ role: h.role || 'main', value: h.value }));
  headlines.sort((a, b) => Number(b.role === 'main') - Number(a.role === 'main'));
  const headline = str(d['headline']) ?? headlines[0]?.value ?? str(d['title']);

  let body = { paragraphs: [] as string[], jsonld: [] as unknown[] };
  const html = str(d['body_html']) ?? str(d['body_xhtml']);
  if (html) body = blocksFromHtml(html);
  if (body.paragraphs.length === 0 && str(d['body_text']))
    body = { paragraphs: splitParagraphs(d['body_text'] as string), jsonld: body.jsonld };
  if (body.paragraphs.length === 0) {
    const b = fromParts(parts(d['bodies']));
    body = { paragraphs: b.paragraphs, jsonld: [...body.jsonld, ...b.jsonld] };
  }
  if (body.paragraphs.length === 0) {
    // Pictures, video and events carry their text as descriptions.
    const desc = str(d['description_html'])
      ? blocksFromHtml(d['description_html'] as string)
      : str(d['description_text'])
        ? { paragraphs: splitParagraphs(d['description_text'] as string), jsonld: [] }
        : fromParts(parts(d['descriptions']), descriptionRank);
    body = { paragraphs: desc.paragraphs, jsonld: [...body.jsonld, ...desc.jsonld] };
  }

  const jsonld = [...body.jsonld];
  const known = new Set([...STRING_FIELDS, ...ARRAY_FIELDS, ...NINJS_KEYS]);
  for (const [k, v] of Object.entries(raw)) {
    if (known.has(k.toLowerCase())) continue;
    if (looksJsonLd(v)) jsonld.push(v);
    else if (typeof v === 'string' && /^\s*[[{]/u.test(v) && v.includes('@context'))
      jsonld.push(parseJsonLd(v));
  }

  const indicators = [
    ...(Array.isArray(d['trustindicators']) ? (d['trustindicators'] as unknown[]) : []),
    ...(Array.isArray(d['trustindicator']) ? (d['trustindicator'] as unknown[]) : []),
  ]
    .filter(isObj)
    .filter((t) => typeof t['role'] === 'string' || typeof t['href'] === 'string')
    .map((t) => {
      const ref: { role: string; href?: string; title?: string; value?: string } = {
        role: typeof t['role'] === 'string' ? t['role'] : 'trustindicator',
      };
      for (const k of ['href', 'title', 'value'] as const) if (typeof t[k] === 'string') ref[k] = t[k];
      return ref;
    });

  const altids = Array.isArray(d['altids'])
    ? d['altids'].filter(isObj).map((a) => ({ role: str(a['role']) ?? '', value: str(a['value']) ?? '' }))
    : isObj(d['altids'])
      ? Object.entries(d['altids']).map(([role, value]) => ({ role, value: String(value) }))
      : [];
  const located = str(d['located']) ?? (isObj(d['located']) ? str(d['located']['name']) : null);
  const by = str(d['byline']) ?? str(d['by']);

  return {
    uri: str(d['uri']),
    version: toVersion(d['version']),
    headline,
    headlines: headlines.length > 0 ? headlines : headline ? [{ role: 'main', value: headline }] : [],
    slugline: str(d['slugline']),
    byline: by,
    located: located ? { name: located } : null,
    versioncreated: toIsoDate(d['versioncreated']),
    firstcreated: toIsoDate(d['firstcreated']),
    embargoed: toIsoDate(d['embargoed']),
    pubstatus: pubstatusOf(d['pubstatus']) ?? 'usable',
    urgency: urgencyOf(d['urgency']),
    language: str(d['language']),
    subjects: qcodes(d['subjects'] ?? d['subject']),
    genres: qcodes(d['genres'] ?? d['genre']),
    altids,
    copyrightnotice: str(d['copyrightnotice']),
    usageterms: str(d['usageterms']),
    paragraphs: body.paragraphs,
    // Agencies send headline-only flashes; such an item's text is its headline.
    headlineOnly: true,
    trust: { indicators, jsonld },
  };
};
