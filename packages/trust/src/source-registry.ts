// The source registry: one entry per wire source / publisher with its publisher-level policy URLs and
// what to do with its stories (annotate, warn, hold). Wire copy rarely carries those links itself, so
// the registry completes the report. Validated once at load; every problem is listed in one error.
import { ErrorCode, NewswireError, SafeId, TrustIndicatorName } from '@newswire/contracts';
import { z } from 'zod';
import { checkUrl } from './evidence-values.ts';
import type { PublisherProperty } from './roles.ts';

/** A policy link: http(s), no placeholder domain; null = "not known yet" (reads as missing). */
const PolicyUrl = z
  .string()
  .superRefine((s, ctx) => {
    const verdict = checkUrl(s);
    if (!verdict.ok)
      ctx.addIssue({ code: 'custom', message: `${verdict.problem} (use null when the URL is not known)` });
  })
  .nullable()
  .optional();

const PolicyUrls = z.strictObject({
  publishingPrinciples: PolicyUrl,
  ethicsPolicy: PolicyUrl,
  correctionsPolicy: PolicyUrl,
  verificationFactCheckingPolicy: PolicyUrl,
  unnamedSourcesPolicy: PolicyUrl,
  noBylinesPolicy: PolicyUrl,
  missionCoveragePrioritiesPolicy: PolicyUrl,
  ownershipFundingInfo: PolicyUrl,
  masthead: PolicyUrl,
  diversityPolicy: PolicyUrl,
  diversityStaffingReport: PolicyUrl,
  actionableFeedbackPolicy: PolicyUrl,
} satisfies Record<PublisherProperty, typeof PolicyUrl>);

export const TrustPolicy = z.enum(['annotate', 'warn', 'hold']);
export type TrustPolicy = z.infer<typeof TrustPolicy>;

/** A source-name pattern: `*` matches any run of characters; nothing else is special. */
const MatchPattern = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[A-Za-z0-9._:*-]+$/u, 'may contain letters, digits, . _ : - and the * wildcard only');

export const SourceRegistryEntry = z.strictObject({
  /** Matches `story.source` exactly (case-insensitive). */
  source: SafeId,
  /** Further source names this entry covers, with `*` wildcards ("efe-*"). Default none. */
  match: z.array(MatchPattern).max(50).default([]),
  /** The publisher's name as it should appear to editors. */
  publisher: z.string().trim().min(1).max(200),
  publisherUrl: PolicyUrl,
  /** What happens to this source's stories when a rule trips. Default annotate (report only). */
  policy: TrustPolicy.default('annotate'),
  /** Indicators that must be present (or not applicable); a story lacking one trips the policy. Default none. */
  required: z
    .array(TrustIndicatorName)
    .default([])
    .refine((a) => new Set(a).size === a.length, 'lists an indicator twice'),
  /** Publisher-level schema.org policy URLs, keyed by property name. */
  policyUrls: PolicyUrls.default({}),
  notes: z.string().max(4000).optional(),
});
export type SourceRegistryEntry = z.infer<typeof SourceRegistryEntry>;

export const SourceRegistry = z
  .strictObject({
    /** Registry file format version. */
    version: z.literal(1).default(1),
    description: z.string().max(4000).optional(),
    /** Policy for sources without an entry. Default annotate. */
    defaultPolicy: TrustPolicy.default('annotate'),
    sources: z.array(SourceRegistryEntry).max(10_000),
  })
  .superRefine((r, ctx) => {
    const seen = new Map<string, number>();
    r.sources.forEach((e, i) => {
      const key = e.source.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'source'],
          message: `duplicates sources[${first}] ("${e.source}")`,
        });
    });
  });
export type SourceRegistry = z.infer<typeof SourceRegistry>;

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc === '' ? String(p) : `${acc}.${String(p)}`),
    '',
  ) || '(root)';

/** Validates a registry (parsed JSON, or its text). Throws one NewswireError listing every problem. */
export const parseSourceRegistry = (json: unknown): SourceRegistry => {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (cause) {
      throw new NewswireError(ErrorCode.InvalidMessage, 'source registry: not valid JSON', { cause });
    }
  }
  const result = SourceRegistry.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new NewswireError(
    ErrorCode.InvalidMessage,
    `source registry: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
    { cause: result.error, details: { problems } },
  );
};

const patternToRegExp = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/\./gu, '\\.').replace(/\*/gu, '.*')}$`, 'iu');

/** The entry for a story source: an exact `source` match first, then the first `match` pattern in file order. */
export const findRegistryEntry = (registry: SourceRegistry, source: string): SourceRegistryEntry | null => {
  const key = source.toLowerCase();
  const exact = registry.sources.find((e) => e.source.toLowerCase() === key);
  if (exact !== undefined) return exact;
  return registry.sources.find((e) => e.match.some((p) => patternToRegExp(p).test(source))) ?? null;
};
