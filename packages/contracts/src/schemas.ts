// The messages that cross stage boundaries, as zod schemas. Every message carries
// `schemaVersion`; a consumer rejects (DLQ) what it cannot read. NormalizedStory field names
// follow IPTC ninjs 2.x where ninjs has one.
import { z } from 'zod';
import { StageName, WireFormat } from './topics.ts';

export const SCHEMA_VERSION = 1 as const;
const schemaVersion = z.literal(SCHEMA_VERSION);
const isoDateTime = z.iso.datetime({ offset: true });

/** A story id or source name: printable, no path separators, bounded. */
export const SafeId = z
  .string()
  .min(1)
  .max(256)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is excluded
  .regex(/^[^\s/\\\u0000-\u001f]+$/u, 'must not contain whitespace, slashes or control characters');

export const RawStory = z.object({
  schemaVersion,
  /** Message id: given by the producer, or derived from the payload digest at push time. */
  id: SafeId,
  source: SafeId,
  receivedAt: isoDateTime,
  format: z.enum(WireFormat).default('auto'),
  contentType: z.string().max(200).optional(),
  /** Payload as pushed: utf8 text, or base64 of the original bytes. */
  payload: z.string(),
  payloadEncoding: z.enum(['utf8', 'base64']),
  /** sha256 hex of the original payload bytes. */
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/u),
  attributes: z.record(z.string(), z.string()).default({}),
});
export type RawStory = z.infer<typeof RawStory>;

export const Headline = z.object({ role: z.string(), value: z.string() });
export const Qcode = z.object({
  name: z.string().optional(),
  uri: z.string().optional(),
  code: z.string().optional(),
  scheme: z.string().optional(),
});
export const AltId = z.object({ role: z.string(), value: z.string() });
export const Place = z.object({ name: z.string(), uri: z.string().optional() });

/** A Trust Project / schema.org hint as it arrived with the story (not yet judged). */
export const TrustIndicatorRef = z.object({
  role: z.string(),
  href: z.string().optional(),
  title: z.string().optional(),
  value: z.string().optional(),
});
export const TrustMetadata = z.object({
  /** Plain-text labels such as "Conforms to The Trust Project criteria". */
  labels: z.array(z.string()).default([]),
  /** ninjs `trustindicators` or equivalents from NewsML-G2/NITF metadata. */
  indicators: z.array(TrustIndicatorRef).default([]),
  /** schema.org JSON-LD objects carried with the story, unparsed strings kept verbatim. */
  jsonld: z.array(z.unknown()).default([]),
});
export type TrustMetadata = z.infer<typeof TrustMetadata>;

export const PubStatus = z.enum(['usable', 'withheld', 'canceled']);

export const NormalizedStory = z.object({
  schemaVersion,
  /** Canonical story id (stable across versions). */
  id: SafeId,
  uri: z.string(),
  /** Positive integer; a newer version of the same id replaces the older one. */
  version: z.number().int().positive(),
  source: SafeId,
  format: z.enum(WireFormat),
  rawId: SafeId,
  receivedAt: isoDateTime,
  versioncreated: isoDateTime.nullable(),
  firstcreated: isoDateTime.nullable(),
  embargoed: isoDateTime.nullable().default(null),
  pubstatus: PubStatus.default('usable'),
  urgency: z.number().int().min(1).max(9).nullable().default(null),
  language: z.string().min(2).max(35),
  headline: z.string(),
  headlines: z.array(Headline).default([]),
  slugline: z.string().nullable().default(null),
  byline: z.string().nullable().default(null),
  dateline: z.string().nullable().default(null),
  located: Place.nullable().default(null),
  subjects: z.array(Qcode).default([]),
  genres: z.array(Qcode).default([]),
  altids: z.array(AltId).default([]),
  copyrightnotice: z.string().nullable().default(null),
  usageterms: z.string().nullable().default(null),
  paragraphs: z.array(z.string()),
  /** paragraphs joined by a blank line: the string every offset refers to. */
  bodyText: z.string(),
  trust: TrustMetadata,
});
export type NormalizedStory = z.infer<typeof NormalizedStory>;
export type NormalizedStoryInput = z.input<typeof NormalizedStory>;

export const EntityType = z.enum(['person', 'organisation', 'place']);
export type EntityType = z.infer<typeof EntityType>;
export const Mention = z.object({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Mention = z.infer<typeof Mention>;
export const Entity = z.object({
  type: EntityType,
  name: z.string().min(1),
  confidence: z.number().min(0).max(1),
  mentions: z.array(Mention),
});
export type Entity = z.infer<typeof Entity>;
export const Quote = z.object({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  speaker: z.object({ name: z.string(), type: EntityType.optional() }).nullable(),
  /** The attribution cue that linked the speaker ("said", "according to"), or null. */
  cue: z.string().nullable(),
});
export type Quote = z.infer<typeof Quote>;
export const Enrichment = z.object({
  schemaVersion,
  entities: z.array(Entity),
  quotes: z.array(Quote),
});
export type Enrichment = z.infer<typeof Enrichment>;

export const TrustIndicatorName = z.enum([
  'best-practices',
  'journalist-expertise',
  'type-of-work',
  'citations-and-references',
  'methods',
  'locally-sourced',
  'diverse-voices',
  'actionable-feedback',
]);
export type TrustIndicatorName = z.infer<typeof TrustIndicatorName>;
export const TrustStatus = z.enum(['present', 'partial', 'missing', 'not-applicable']);
export type TrustStatus = z.infer<typeof TrustStatus>;
export const TrustEvidence = z.object({
  /** Where it was found: 'label' | 'ninjs' | 'json-ld' | 'newsml-g2' | 'nitf' | 'registry' | 'enrichment' | 'copy' */
  source: z.string(),
  field: z.string(),
  value: z.string(),
  valid: z.boolean().default(true),
  problem: z.string().optional(),
  /** Trust-indicator role this link stands for (IPTC trustindicator URI, else schema.org property URI). */
  role: z.string().optional(),
  /** Human-readable title for the link, e.g. for ninjs `trustindicators`. */
  title: z.string().optional(),
});
export type TrustEvidence = z.infer<typeof TrustEvidence>;
export const TrustIndicatorResult = z.object({
  indicator: TrustIndicatorName,
  status: TrustStatus,
  evidence: z.array(TrustEvidence),
  reason: z.string(),
});
export type TrustIndicatorResult = z.infer<typeof TrustIndicatorResult>;
export const TrustReport = z.object({
  schemaVersion,
  /** The story says it conforms to the Trust Project (label, JSON-LD or indicators). */
  claimsConformance: z.boolean(),
  /** The claim is backed: every applicable indicator present. */
  claimBacked: z.boolean(),
  /** A claim with missing indicators: an editor should look before trusting it. */
  flagged: z.boolean(),
  labels: z.array(z.string()),
  indicators: z.array(TrustIndicatorResult),
  policy: z.enum(['annotate', 'warn', 'hold']).default('annotate'),
  action: z.enum(['pass', 'warn', 'hold']).default('pass'),
  warnings: z.array(z.string()).default([]),
  /** Where the conformance claim was found (label, JSON-LD, indicators). */
  claimEvidence: z.array(TrustEvidence).optional(),
  /** Valid http(s) trust links the story itself carried (registry links not counted). */
  storyLinks: z.number().int().min(0).optional(),
  /** The source-registry entry (its `source`) that completed the report, or null when none matched. */
  registryEntry: z.string().nullable().optional(),
});
export type TrustReport = z.infer<typeof TrustReport>;

export const StageTiming = z.object({ stage: z.enum(StageName), version: z.string(), ms: z.number().min(0) });

/** Output of the enricher: the story with its enrichment. */
export const EnrichedStory = z.object({
  schemaVersion,
  story: NormalizedStory,
  enrichment: Enrichment,
  timings: z.array(StageTiming).default([]),
});
export type EnrichedStory = z.infer<typeof EnrichedStory>;

/** Output of the trust checker: the story, its enrichment and its trust report. */
export const CheckedStory = EnrichedStory.extend({ trust: TrustReport });
export type CheckedStory = z.infer<typeof CheckedStory>;

/** What the writer stores and what `newswire enrich` prints (plus `input`). */
export const EnrichedDocument = z.object({
  schemaVersion,
  id: SafeId,
  version: z.number().int().positive(),
  headline: z.string(),
  bodyText: z.string(),
  language: z.string(),
  pubstatus: PubStatus,
  withdrawn: z.boolean(),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  trust: TrustReport,
  story: NormalizedStory,
  /** The story rendered as an IPTC ninjs 2.x document (quotes under an extension property). */
  ninjs: z.record(z.string(), z.unknown()),
  provenance: z.object({ timings: z.array(StageTiming), producedAt: isoDateTime }),
});
export type EnrichedDocument = z.infer<typeof EnrichedDocument>;

export const DeadLetter = z.object({
  schemaVersion,
  /** Deterministic: the same failure of the same message gives the same id. */
  id: z.string(),
  stage: z.enum(StageName),
  code: z.string(),
  message: z.string(),
  retryable: z.boolean(),
  attempts: z.number().int().min(1),
  failedAt: isoDateTime,
  storyId: z.string().nullable(),
  source: z
    .object({
      topic: z.string(),
      partition: z.number().int(),
      offset: z.string(),
      key: z.string().nullable(),
    })
    .nullable(),
  /** The original message bytes, base64. */
  original: z.string(),
});
export type DeadLetter = z.infer<typeof DeadLetter>;
