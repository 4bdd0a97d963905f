// What every parser fills in (a StoryDraft), and the one place that turns a draft into a
// NormalizedStory: id mapping, defaults, headline derivation, bodyText, final schema check.
import { ErrorCode, NewswireError, NormalizedStory } from '@newswire/contracts';
import type { WireFormat } from '@newswire/contracts';
import { toSafeId } from './ids.ts';
import { deriveHeadline, findDateline, tidy } from './text-blocks.ts';

type Qcode = NormalizedStory['subjects'][number];
type Headline = { role: string; value: string };
type TrustRef = { role: string; href?: string; title?: string; value?: string };

export interface StoryDraft {
  /** The format's own guid/uri/itemid, verbatim; null when it has none. */
  uri?: string | null;
  version?: number;
  headline?: string | null;
  headlines?: Headline[];
  slugline?: string | null;
  byline?: string | null;
  dateline?: string | null;
  located?: { name: string; uri?: string } | null;
  versioncreated?: string | null;
  firstcreated?: string | null;
  embargoed?: string | null;
  pubstatus?: 'usable' | 'withheld' | 'canceled';
  urgency?: number | null;
  language?: string | null;
  subjects?: Qcode[];
  genres?: Qcode[];
  altids?: Headline[];
  copyrightnotice?: string | null;
  usageterms?: string | null;
  paragraphs: string[];
  /** The format allows a headline-only item (a flash): the headline is then the body too. */
  headlineOnly?: boolean;
  trust?: { labels?: string[]; indicators?: TrustRef[]; jsonld?: unknown[] };
}

export interface StoryContext {
  readonly format: Exclude<WireFormat, 'auto'>;
  readonly source: string;
  readonly rawId: string;
  readonly receivedAt: string;
}

const nonEmpty = (s: string | null | undefined): string | null => {
  if (s === null || s === undefined) return null;
  const t = tidy(s);
  return t.length > 0 ? t : null;
};

const languageTag = (l: string | null | undefined): string => {
  const t = (l ?? '').trim();
  return /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,5}$/u.test(t) && t.length <= 35
    ? t.replace(/_/gu, '-')
    : 'en';
};

export const urgencyOf = (v: unknown): number | null => {
  const n = typeof v === 'string' ? Number(v.trim()) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 9 ? n : null;
};

export const pubstatusOf = (v: unknown): 'usable' | 'withheld' | 'canceled' | null => {
  if (typeof v !== 'string') return null;
  const s = v
    .trim()
    .toLowerCase()
    .replace(/^.*[:/]/u, '');
  if (s === 'usable') return 'usable';
  if (s === 'withheld' || s === 'embargoed') return 'withheld';
  if (s === 'canceled' || s === 'cancelled' || s === 'kill' || s === 'killed') return 'canceled';
  return null;
};

export const buildStory = (draft: StoryDraft, ctx: StoryContext): NormalizedStory => {
  let paragraphs = draft.paragraphs.map(tidy).filter((p) => p.length > 0);
  const headlines = (draft.headlines ?? [])
    .map((h) => ({ role: h.role, value: tidy(h.value) }))
    .filter((h) => h.value.length > 0);
  let headline = nonEmpty(draft.headline) ?? headlines[0]?.value ?? null;
  if (headline === null && paragraphs[0]) {
    // No headline in the copy: the lead's first sentence stands in, marked as derived.
    // The dateline ("ROTTERDAM, March 3 (Newswire) --") is not part of the headline.
    const dl = findDateline(paragraphs[0]);
    const lead = dl && dl.length < paragraphs[0].length ? paragraphs[0].slice(dl.length) : paragraphs[0];
    headline = deriveHeadline(lead);
    headlines.push({ role: 'derived', value: headline });
  }
  if (paragraphs.length === 0 && draft.headlineOnly && headline) paragraphs = [headline];
  if (paragraphs.length === 0) {
    throw new NewswireError(
      ErrorCode.EmptyBody,
      `${ctx.format}: the story has no body text${headline ? ` (headline "${headline.slice(0, 80)}")` : ''}`,
    );
  }
  if (headline === null || headline.length === 0) {
    throw new NewswireError(ErrorCode.EmptyBody, `${ctx.format}: the story has neither headline nor body`);
  }
  const uri = nonEmpty(draft.uri);
  const story = {
    schemaVersion: 1 as const,
    id: uri ? toSafeId(uri) : ctx.rawId,
    uri: uri ?? ctx.rawId,
    version: draft.version && Number.isInteger(draft.version) && draft.version > 0 ? draft.version : 1,
    source: ctx.source,
    format: ctx.format,
    rawId: ctx.rawId,
    receivedAt: ctx.receivedAt,
    versioncreated: draft.versioncreated ?? null,
    firstcreated: draft.firstcreated ?? null,
    embargoed: draft.embargoed ?? null,
    pubstatus: draft.pubstatus ?? 'usable',
    urgency: draft.urgency ?? null,
    language: languageTag(draft.language),
    headline,
    headlines,
    slugline: nonEmpty(draft.slugline),
    byline: nonEmpty(draft.byline),
    dateline: nonEmpty(draft.dateline),
    located: draft.located && nonEmpty(draft.located.name) ? draft.located : null,
    subjects: draft.subjects ?? [],
    genres: draft.genres ?? [],
    altids: (draft.altids ?? []).filter((a) => a.role && a.value),
    copyrightnotice: nonEmpty(draft.copyrightnotice),
    usageterms: nonEmpty(draft.usageterms),
    paragraphs,
    bodyText: paragraphs.join('\n\n'),
    trust: {
      labels: draft.trust?.labels ?? [],
      indicators: draft.trust?.indicators ?? [],
      jsonld: draft.trust?.jsonld ?? [],
    },
  };
  const parsed = NormalizedStory.safeParse(story);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new NewswireError(
      ErrorCode.Internal,
      `${ctx.format}: normalized story failed its contract: ${issues}`,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
};
