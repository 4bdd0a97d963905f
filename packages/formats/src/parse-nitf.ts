// NITF 3.x (alone, or inline in NewsML-G2) -> StoryDraft. Reads hedline/hl1-hl2, byline, dateline,
// docdata (doc-id, du-key version, dates, urgency, management-status, copyright), tobject subjects
// and genres, body.content paragraphs and JSON-LD, and head <meta> naming trust indicators.
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { blocksFromTree } from './body-blocks.ts';
import { toIsoDate } from './dates.ts';
import { toVersion } from './ids.ts';
import type { StoryDraft } from './story.ts';
import { pubstatusOf, urgencyOf } from './story.ts';
import { findDateline } from './text-blocks.ts';
import { attr, child, childElements, descendants, firstDescendant, path, textOf } from './xml.ts';
import type { XmlElement } from './xml.ts';

/** Finds the <nitf> element: the root itself, or inside a G2 contentSet fragment. */
export const findNitf = (root: XmlElement): XmlElement | null =>
  root.local === 'nitf' ? root : firstDescendant(root, 'nitf');

const byline = (el: XmlElement | null): string | null => {
  if (!el) return null;
  // byttl is the writer's title ("Staff Reporter"): keep it out of the name line.
  const parts = el.children
    .map((c) => (typeof c === 'string' ? c : c.local === 'byttl' ? '' : textOf(c)))
    .join(' ');
  const t = parts
    .replace(/\s+/gu, ' ')
    .replace(/[\s,;]+$/u, '')
    .trim();
  return t.length > 0 ? t : textOf(el) || null;
};

export const readNitf = (nitf: XmlElement): StoryDraft => {
  const head = child(nitf, 'head');
  const body = child(nitf, 'body');
  const bodyHead = child(body, 'body.head');
  const docdata = child(head, 'docdata');
  const hedline = child(bodyHead, 'hedline') ?? child(bodyHead, 'headline');
  const headlines: { role: string; value: string }[] = [];
  for (const h of childElements(hedline ?? nitf, 'hl1')) headlines.push({ role: 'main', value: textOf(h) });
  for (const h of childElements(hedline ?? nitf, 'hl2')) headlines.push({ role: 'sub', value: textOf(h) });
  const title = textOf(child(head, 'title'));
  if (headlines.length === 0 && title) headlines.push({ role: 'main', value: title });

  const content = child(body, 'body.content');
  let blocks = content ? blocksFromTree(content) : { paragraphs: [], jsonld: [] };
  if (blocks.paragraphs.length === 0) {
    const abstract = child(bodyHead, 'abstract');
    if (abstract) blocks = { paragraphs: blocksFromTree(abstract).paragraphs, jsonld: blocks.jsonld };
  }

  const datelineEl = child(bodyHead, 'dateline');
  const dateline = textOf(datelineEl) || null;
  const city = textOf(firstDescendant(datelineEl, 'city')) || textOf(firstDescendant(datelineEl, 'location'));
  const located = city
    ? { name: city }
    : dateline
      ? { name: dateline.split(/[,(]/u)[0]!.trim() }
      : blocks.paragraphs[0]
        ? (() => {
            const d = findDateline(blocks.paragraphs[0]);
            return d ? { name: d.place } : null;
          })()
        : null;

  const issue = toIsoDate(attr(child(docdata, 'date.issue'), 'norm'));
  const release = toIsoDate(attr(child(docdata, 'date.release'), 'norm'));
  const copyright = child(docdata, 'doc.copyright');
  const holder = attr(copyright, 'holder');
  const year = attr(copyright, 'year');

  const subjects = descendants(head ?? nitf, 'tobject.subject').map((s) => ({
    code: attr(s, 'tobject.subject.refnum') ?? undefined,
    name:
      [attr(s, 'tobject.subject.type'), attr(s, 'tobject.subject.matter'), attr(s, 'tobject.subject.detail')]
        .filter(Boolean)
        .join(' / ') || undefined,
    scheme: 'iptc-subjectcode',
  }));
  for (const c of descendants(docdata ?? nitf, 'classifier')) {
    const name = textOf(c) || attr(c, 'value');
    if (name)
      subjects.push({
        code: attr(c, 'id-string') ?? undefined,
        name,
        scheme: attr(c, 'type') ?? 'nitf-classifier',
      });
  }
  const genres = descendants(head ?? nitf, 'tobject.property').map((p) => ({
    name: attr(p, 'tobject.property.type') ?? undefined,
    scheme: 'iptc-genre',
  }));

  const indicators = childElements(head ?? nitf, 'meta')
    .filter((m) => /trust/iu.test(attr(m, 'name') ?? ''))
    .map((m) => {
      const content = attr(m, 'content') ?? '';
      return /^https?:\/\//iu.test(content)
        ? { role: attr(m, 'name')!, href: content }
        : { role: attr(m, 'name')!, value: content };
    });

  const lang = attr(nitf, 'xml:lang') ?? attr(head, 'xml:lang') ?? attr(body, 'xml:lang');
  const docId = attr(child(docdata, 'doc-id'), 'id-string');
  return {
    uri: docId,
    version: toVersion(attr(child(docdata, 'du-key'), 'version')),
    headlines,
    byline: byline(child(bodyHead, 'byline')),
    dateline,
    located,
    firstcreated: issue,
    versioncreated: issue,
    embargoed: release && issue && release > issue ? release : null,
    pubstatus: pubstatusOf(attr(docdata, 'management-status')) ?? 'usable',
    urgency: urgencyOf(attr(child(docdata, 'urgency'), 'ed-urg')),
    language: lang,
    subjects,
    genres,
    copyrightnotice: holder ? `Copyright ${year ? `${year} ` : ''}${holder}` : null,
    paragraphs: blocks.paragraphs,
    trust: { indicators, jsonld: blocks.jsonld },
  };
};

export const parseNitfTree = (root: XmlElement): StoryDraft => {
  const nitf = findNitf(root);
  if (!nitf) {
    throw new NewswireError(
      ErrorCode.UnknownFormat,
      `not NITF: root element <${root.local}> holds no <nitf>`,
    );
  }
  const draft = readNitf(nitf);
  if (!path(nitf, 'body') && draft.paragraphs.length === 0) {
    throw new NewswireError(ErrorCode.EmptyBody, 'NITF document has no <body>');
  }
  return draft;
};
