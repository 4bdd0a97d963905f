// NewsML 1.2 -> StoryDraft: the first NewsItem's identification (ProviderId:DateId:NewsItemId as
// the stable uri, RevisionId as version), NewsManagement (dates, status, urgency, embargo) and the
// story component's NewsLines and Body ContentItem (XHTML or text). Media components are skipped.
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { blocksFromTree } from './body-blocks.ts';
import { toIsoDate } from './dates.ts';
import { toVersion } from './ids.ts';
import type { StoryDraft } from './story.ts';
import { pubstatusOf, urgencyOf } from './story.ts';
import { splitParagraphs } from './text-blocks.ts';
import { attr, child, childElements, descendants, firstDescendant, path, textOf } from './xml.ts';
import type { XmlElement } from './xml.ts';

const MEDIA_ROLES = new Set([
  'photo',
  'video',
  'audio',
  'logo',
  'graphic',
  'stylesheet',
  'thumbnail',
  'image',
]);

const roleOf = (nc: XmlElement): string => (attr(child(nc, 'Role'), 'FormalName') ?? '').toLowerCase();

/** News components in document order, not descending into media components. */
const textComponents = (nc: XmlElement, out: XmlElement[] = []): XmlElement[] => {
  if (MEDIA_ROLES.has(roleOf(nc))) return out;
  out.push(nc);
  for (const c of childElements(nc, 'NewsComponent')) textComponents(c, out);
  return out;
};

const bodyOfItem = (ci: XmlElement): { paragraphs: string[]; jsonld: unknown[] } => {
  const mime = (attr(child(ci, 'MimeType'), 'FormalName') ?? '').toLowerCase();
  const data = child(ci, 'DataContent');
  if (!data || mime.includes('css')) return { paragraphs: [], jsonld: [] };
  const html = firstDescendant(data, 'body') ?? firstDescendant(data, 'html');
  if (html) return blocksFromTree(html);
  if (data.children.some((c) => typeof c !== 'string')) return blocksFromTree(data);
  return {
    paragraphs: splitParagraphs(data.children.filter((c) => typeof c === 'string').join('')),
    jsonld: [],
  };
};

export const parseNewsml1Tree = (root: XmlElement): StoryDraft => {
  const item = root.local === 'NewsItem' ? root : child(root, 'NewsItem');
  if (!item)
    throw new NewswireError(
      ErrorCode.NotNewsItem,
      'not a news item: NewsML 1.2 document carries no NewsItem',
    );
  const ident = path(item, 'Identification', 'NewsIdentifier');
  const mgmt = child(item, 'NewsManagement');
  const top = child(item, 'NewsComponent');
  const comps = top ? textComponents(top) : [];

  const provider = textOf(child(ident, 'ProviderId'));
  const dateId = textOf(child(ident, 'DateId'));
  const itemId = textOf(child(ident, 'NewsItemId'));
  // PublicIdentifier ends with the revision, so it changes per version: build the stable part.
  const uri =
    provider && itemId
      ? `urn:newsml:${provider}:${dateId}:${itemId}`
      : textOf(child(ident, 'PublicIdentifier')) || null;

  const line = (name: string): string | null => {
    for (const c of comps) {
      const v = textOf(child(child(c, 'NewsLines'), name));
      if (v) return v;
    }
    return null;
  };
  const headlines: { role: string; value: string }[] = [];
  const hl = line('HeadLine');
  if (hl) headlines.push({ role: 'main', value: hl });
  const sub = line('SubHeadLine');
  if (sub) headlines.push({ role: 'sub', value: sub });

  // Body: the component whose Role is Body, else the first text ContentItem that yields paragraphs.
  let blocks: { paragraphs: string[]; jsonld: unknown[] } = { paragraphs: [], jsonld: [] };
  const bodyComp = comps.find((c) => roleOf(c) === 'body' || roleOf(c) === 'main');
  const ordered = bodyComp ? [bodyComp, ...comps.filter((c) => c !== bodyComp)] : comps;
  for (const c of ordered) {
    if (['headline', 'subheadline', 'contact'].includes(roleOf(c)) && c !== bodyComp) continue;
    for (const ci of childElements(c, 'ContentItem')) {
      blocks = bodyOfItem(ci);
      if (blocks.paragraphs.length > 0) break;
    }
    if (blocks.paragraphs.length > 0) break;
  }

  const meta = comps.map((c) => child(c, 'DescriptiveMetadata')).filter((m): m is XmlElement => m !== null);
  const language = meta.map((m) => attr(child(m, 'Language'), 'FormalName')).find(Boolean) ?? null;
  const subjects = meta.flatMap((m) =>
    descendants(m, 'SubjectCode').flatMap((sc) =>
      childElements(sc).map((s) => ({
        code: attr(s, 'FormalName') ?? undefined,
        scheme: attr(s, 'Scheme') ?? s.local,
      })),
    ),
  );
  const genres = meta.flatMap((m) =>
    childElements(m, 'Genre').map((g) => ({
      name: attr(g, 'FormalName') ?? undefined,
      scheme: attr(g, 'Scheme') ?? 'Genre',
    })),
  );
  const city = meta
    .flatMap((m) => descendants(m, 'Property'))
    .find((p) => /^(City|Location|Country)$/iu.test(attr(p, 'FormalName') ?? ''));
  const dateline = line('DateLine');
  const willChange = child(mgmt, 'StatusWillChange');

  return {
    uri,
    version: toVersion(textOf(child(ident, 'RevisionId'))),
    headlines,
    slugline: line('SlugLine'),
    byline: line('ByLine'),
    dateline,
    located: attr(city, 'Value')
      ? { name: attr(city, 'Value')! }
      : dateline
        ? { name: dateline.split(/[,(]/u)[0]!.trim() }
        : null,
    firstcreated: toIsoDate(textOf(child(mgmt, 'FirstCreated'))),
    versioncreated: toIsoDate(textOf(child(mgmt, 'ThisRevisionCreated'))),
    embargoed: willChange ? toIsoDate(textOf(child(willChange, 'DateAndTime'))) : null,
    pubstatus: pubstatusOf(attr(child(mgmt, 'Status'), 'FormalName')) ?? 'usable',
    urgency: urgencyOf(attr(child(mgmt, 'Urgency'), 'FormalName')),
    language,
    subjects,
    genres,
    copyrightnotice: line('CopyrightLine'),
    usageterms: line('RightsLine'),
    paragraphs: blocks.paragraphs,
    trust: { jsonld: blocks.jsonld },
  };
};
