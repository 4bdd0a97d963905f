// checkTrust: one story in, one TrustReport out. Pure (no I/O, no clock) and total: story content never
// makes it throw. Routing a held story to its topic is the service's job; this only decides the action.
import type { Enrichment, NormalizedStory, TrustIndicatorResult, TrustReport } from '@newswire/contracts';
import { SCHEMA_VERSION } from '@newswire/contracts';
import { collectFindings } from './collect.ts';
import { LIMITS, isHttpUrl, shown } from './evidence-values.ts';
import { INDICATOR_ORDER, evaluateIndicators } from './indicators.ts';
import type { SourceRegistry, SourceRegistryEntry, TrustPolicy } from './source-registry.ts';
import { findRegistryEntry } from './source-registry.ts';

/** Version of the trust rules; bump when a status rule changes so stored reports can be told apart. */
export const TRUST_VERSION = '1.0.0';

export interface CheckTrustInput {
  readonly story: NormalizedStory;
  readonly enrichment: Enrichment;
  /** Parsed with parseSourceRegistry. Without it, only what the story carries counts. */
  readonly registry?: SourceRegistry;
}

const countWords = (text: string): number => {
  let n = 0;
  for (const _ of text.matchAll(/\S+/gu)) n++;
  return n;
};

const reportLabels = (labels: readonly string[]): string[] =>
  labels.slice(0, LIMITS.labels).map((l) => (l.length > LIMITS.labelChars ? shown(l) : l));

/** Distinct valid http(s) links among the story's own evidence (registry links excluded). */
const countStoryLinks = (indicators: readonly TrustIndicatorResult[]): number =>
  new Set(
    indicators.flatMap((r) =>
      r.evidence.filter((e) => e.valid && e.source !== 'registry' && isHttpUrl(e.value)).map((e) => e.value),
    ),
  ).size;

const decideAction = (
  policy: TrustPolicy,
  flagged: boolean,
  lacking: readonly string[],
  warnings: string[],
): TrustReport['action'] => {
  if (policy === 'annotate' || (!flagged && lacking.length === 0)) return 'pass';
  const why = [
    flagged ? 'unbacked conformance claim' : '',
    lacking.length > 0 ? `required ${lacking.join(', ')} not present` : '',
  ]
    .filter((s) => s !== '')
    .join('; ');
  warnings.push(`source policy "${policy}": ${why}`);
  return policy;
};

const check = (input: CheckTrustInput): TrustReport => {
  const { story, enrichment, registry } = input;
  const entry: SourceRegistryEntry | null =
    registry === undefined ? null : findRegistryEntry(registry, story.source);
  const policy: TrustPolicy = entry?.policy ?? registry?.defaultPolicy ?? 'annotate';
  const f = collectFindings(story, enrichment, entry);
  const indicators = evaluateIndicators(f, { words: countWords(story.bodyText) });

  const warnings = [...f.warnings];
  if (registry !== undefined && entry === null)
    warnings.push(`no source registry entry for "${story.source}"`);
  const claimsConformance = f.claim.length > 0;
  const unmet = indicators.filter((r) => r.status === 'missing' || r.status === 'partial');
  const claimBacked = claimsConformance && unmet.length === 0;
  const flagged = claimsConformance && !claimBacked;
  const storyLinks = countStoryLinks(indicators);
  if (claimsConformance && storyLinks === 0) {
    warnings.push('claims Trust Project conformance but carries no trust links of its own');
  }
  if (flagged) {
    warnings.push(
      `conformance claim not backed: ${unmet.map((r) => `${r.indicator} ${r.status}`).join(', ')}`,
    );
  }
  const lacking = (entry?.required ?? []).filter((name) => unmet.some((r) => r.indicator === name));
  const action = decideAction(policy, flagged, lacking, warnings);

  return {
    schemaVersion: SCHEMA_VERSION,
    claimsConformance,
    claimBacked,
    flagged,
    labels: reportLabels(story.trust.labels),
    indicators,
    policy,
    action,
    warnings,
    claimEvidence: f.claim,
    storyLinks,
    registryEntry: entry?.source ?? null,
  };
};

// Last line of defence: a bug must not take the worker down or pass a claiming story silently.
const fallbackReport = (input: CheckTrustInput, error: unknown): TrustReport => {
  let labels: string[] = [];
  let policy: TrustPolicy = 'annotate';
  try {
    labels = reportLabels(input.story.trust.labels);
    policy =
      (input.registry === undefined ? null : findRegistryEntry(input.registry, input.story.source))?.policy ??
      input.registry?.defaultPolicy ??
      'annotate';
  } catch {
    // keep the defaults
  }
  const claimsConformance = labels.some((l) => /trust\s*project/iu.test(l));
  const message = error instanceof Error ? error.message : String(error);
  return {
    schemaVersion: SCHEMA_VERSION,
    claimsConformance,
    claimBacked: false,
    flagged: claimsConformance,
    labels,
    indicators: INDICATOR_ORDER.map((indicator) => ({
      indicator,
      status: 'missing',
      evidence: [],
      reason: 'not checked',
    })),
    policy,
    action: claimsConformance && policy !== 'annotate' ? policy : 'pass',
    warnings: [`trust check failed, indicators not evaluated: ${shown(message)}`],
    storyLinks: 0,
    registryEntry: null,
  };
};

/** Checks one story against the eight Trust Project indicators. Never throws on story content. */
export const checkTrust = (input: CheckTrustInput): TrustReport => {
  try {
    return check(input);
  } catch (error) {
    return fallbackReport(input, error);
  }
};
