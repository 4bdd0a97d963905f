// NewsML-G2 news items -> StoryDraft: itemMeta/contentMeta metadata, body from inline NITF, XHTML or
// plain inlineData (descriptions when the item carries no text, as photos and video do). Other G2
// items (concept, knowledge, planning, catalog, package) are refused as "not a news item".
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { blocksFromTree } from './body-blocks.ts';
import { toIsoDate } from './dates.ts';
import { toVersion } from './ids.ts';
import { findNitf, readNitf } from './parse-nitf.ts';
import type { StoryDraft } from './story.ts';
import { pubstatusOf, urgencyOf } from './story.ts';
import { splitParagraphs } from './text-blocks.ts';
import { attr, child, childElements, descendants, firstDescendant, textOf } from './xml.ts';
import type { XmlElement } from './xml.ts';

const NOT_NEWS: Readonly<Record<string, string>> = {
  conceptItem: 'a concept item',
  knowledgeItem: 'a knowledge item',
  planningItem: 'a planning item',
  catalogItem: 'a catalog item',
  catalog: 'a catalog',
  packageItem: 'a package item',
  groupSet: 'a package group set',
  contentMeta: 'a bare contentMeta fragment',
  itemMeta: 'a bare itemMeta fragment',
  newsMessage: 'a news message without a news item',
};

export const G2_ROOTS = new Set(['newsItem', 'newsMessage', ...Object.keys(NOT_NEWS)]);

const notNewsItem = (local: string): NewswireError =>
  new NewswireError(
    ErrorCode.NotNewsItem,
    `not a news item: NewsML-G2 <${local}> is ${NOT_NEWS[local] ?? 'not a newsItem'}; only newsItem carries a story`,
  );

const qcodeOf = (el: XmlElement): { name?: string; uri?: string; code?: string; scheme?: string } => {
  const qcode = attr(el, 'qcode');
  const name = textOf(child(el, 'name')) || undefined;
  const [scheme, code] = qcode?.includes(':')
    ? [qcode.slice(0, qcode.indexOf(':')), qcode.slice(qcode.indexOf(':') + 1)]
    : [undefined, qcode ?? undefined];
  const out: { name?: string; uri?: string; code?: string; scheme?: string } = {};
  if (name) out.name = name;
  const uri = attr(el, 'uri');
  if (uri) out.uri = uri;
  if (code) out.code = code;
  if (scheme) out.scheme = scheme;
  return out;
};

/** The news item a newsMessage carries: its first text item with inline content, else its first. */
const pickFromMessage = (msg: XmlElement): XmlElement => {
  const items = descendants(msg, 'newsItem');
  const text = items.find(
    (i) =>
      /ninat:text/u.test(attr(firstDescendant(i, 'itemClass'), 'qcode') ?? '') &&
      (firstDescendant(i, 'inlineXML') || firstDescendant(i, 'inlineData')),
  );
  const chosen = text ?? items[0];
  if (!chosen) throw notNewsItem('newsMessage');
  return chosen;
};

interface Body {
  paragraphs: string[];
  jsonld: unknown[];
  nitf: StoryDraft | null;
}

const readContentSet = (set: XmlElement | null): Body => {
  const out: Body = { paragraphs: [], jsonld: [], nitf: null };
  if (!set) return out;
  const candidates = [...childElements(set, 'inlineXML'), ...childElements(set, 'inlineData')];
  // Prefer NITF, then XHTML, then plain text; the first that yields paragraphs wins.
  const rank = (el: XmlElement): number => {
    const ct = (attr(el, 'contenttype') ?? '').toLowerCase();
    if (findNitf(el) || ct.includes('nitf')) return 0;
    if (ct.includes('html') || firstDescendant(el, 'html') || firstDescendant(el, 'body')) return 1;
    if (el.local === 'inlineData') return 2;
    return 3;
  };
  for (const el of candidates.sort((a, b) => rank(a) - rank(b))) {
    const nitf = findNitf(el);
    if (nitf) {
      const draft = readNitf(nitf);
      if (draft.paragraphs.length > 0)
        return { paragraphs: draft.paragraphs, jsonld: draft.trust?.jsonld ?? [], nitf: draft };
      continue;
    }
    if (el.local === 'inlineData') {
      const ct = (attr(el, 'contenttype') ?? 'text/plain').toLowerCase();
      if (!ct.startsWith('text/')) continue;
      const paragraphs = splitParagraphs(el.children.filter((c) => typeof c === 'string').join(''));
      if (paragraphs.length > 0) return { ...out, paragraphs };
      continue;
    }
    const html = firstDescendant(el, 'body') ?? firstDescendant(el, 'html');
    const ct = (attr(el, 'contenttype') ?? '').toLowerCase();
    if (html || ct.includes('html')) {
      const blocks = blocksFromTree(html ?? el);
      if (blocks.paragraphs.length > 0) return { ...out, ...blocks };
    }
  }
  return out;
};

export const parseNewsmlG2Tree = (root: XmlElement): StoryDraft => {
  let item = root;
  if (root.local === 'newsMessage') item = pickFromMessage(root);
  else if (root.local !== 'newsItem') throw notNewsItem(root.local);

  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const rights = child(item, 'rightsInfo');
  const body = readContentSet(child(item, 'contentSet'));
  const nitf = body.nitf;

  const headlines = childElements(contentMeta ?? item, 'headline').map((h) => ({
    role: (attr(h, 'role') ?? 'main').replace(/^.*:/u, '') || 'main',
    value: textOf(h),
  }));
  for (const h of nitf?.headlines ?? []) {
    if (!headlines.some((x) => x.value === h.value)) headlines.push(h);
  }
  const title = textOf(child(itemMeta, 'title'));
  if (headlines.length === 0 && title) headlines.push({ role: 'main', value: title });

  const descriptions = childElements(contentMeta ?? item, 'description');
  let paragraphs = body.paragraphs;
  if (paragraphs.length === 0) {
    // Photos, video and graphics carry no text: their caption or summary is the body.
    paragraphs = descriptions.flatMap((d) => blocksFromTree(d).paragraphs);
  }

  const located = child(contentMeta, 'located');
  const locName = textOf(child(located, 'name')) || attr(located, 'qcode')?.replace(/^.*:/u, '') || null;
  const creators = childElements(contentMeta ?? item, 'creator')
    .map((c) => textOf(child(c, 'name')))
    .filter(Boolean);
  const lang =
    attr(child(contentMeta, 'language'), 'tag') ?? attr(item, 'xml:lang') ?? nitf?.language ?? null;

  const indicators = [
    ...childElements(itemMeta ?? item, 'link'),
    ...childElements(contentMeta ?? item, 'link'),
  ]
    .filter((l) => /trust/iu.test(`${attr(l, 'rel') ?? ''} ${attr(l, 'role') ?? ''}`))
    .map((l) => {
      const ref: { role: string; href?: string; title?: string } = {
        role: attr(l, 'rel') ?? attr(l, 'role') ?? 'trust',
      };
      const href = attr(l, 'href');
      if (href) ref.href = href;
      const t = attr(l, 'title') ?? (textOf(child(l, 'title')) || null);
      if (t) ref.title = t;
      return ref;
    });

  const firstCreated =
    toIsoDate(textOf(child(itemMeta, 'firstCreated'))) ??
    toIsoDate(textOf(child(contentMeta, 'contentCreated')));
  return {
    uri: attr(item, 'guid'),
    version: toVersion(attr(item, 'version')),
    headlines,
    slugline: textOf(child(contentMeta, 'slugline')) || null,
    byline: nitf?.byline ?? (creators.length > 0 ? creators.join(', ') : null),
    dateline: textOf(child(contentMeta, 'dateline')) || nitf?.dateline || null,
    located: locName
      ? { name: locName, ...(attr(located, 'uri') ? { uri: attr(located, 'uri')! } : {}) }
      : (nitf?.located ?? null),
    versioncreated: toIsoDate(textOf(child(itemMeta, 'versionCreated'))) ?? nitf?.versioncreated ?? null,
    firstcreated: firstCreated ?? nitf?.firstcreated ?? null,
    embargoed: toIsoDate(textOf(child(itemMeta, 'embargoed'))) ?? nitf?.embargoed ?? null,
    pubstatus: pubstatusOf(attr(child(itemMeta, 'pubStatus'), 'qcode')) ?? nitf?.pubstatus ?? 'usable',
    urgency: urgencyOf(textOf(child(contentMeta, 'urgency'))) ?? nitf?.urgency ?? null,
    language: lang,
    subjects: childElements(contentMeta ?? item, 'subject').map(qcodeOf),
    genres: childElements(contentMeta ?? item, 'genre').map(qcodeOf),
    altids: childElements(contentMeta ?? item, 'altId').map((a) => ({
      role: attr(a, 'type')?.replace(/^.*:/u, '') ?? 'altid',
      value: textOf(a),
    })),
    copyrightnotice: textOf(child(rights, 'copyrightNotice')) || nitf?.copyrightnotice || null,
    usageterms: textOf(child(rights, 'usageTerms')) || null,
    paragraphs,
    // Agencies send headline-only flashes; such an item's text is its headline.
    headlineOnly: true,
    trust: { indicators: [...indicators, ...(nitf?.trust?.indicators ?? [])], jsonld: body.jsonld },
  };
};
