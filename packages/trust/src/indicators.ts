// The status rules, one per Trust Project indicator, over collected findings. README.md states the
// same rules in prose; keep the two in step. Invalid evidence is listed but never counts.
import { TrustIndicatorName } from '@newswire/contracts';
import type { TrustEvidence, TrustIndicatorResult, TrustStatus } from '@newswire/contracts';
import type { AuthorAspect, Findings } from './findings.ts';
import type { TrustProperty, TypeOfWorkLabel } from './roles.ts';

/** The fixed order of indicators in every report: the contract's order. */
export const INDICATOR_ORDER: readonly TrustIndicatorName[] = TrustIndicatorName.options;

/** Stories at least this long are in-depth work for the methods indicator, in words. */
export const METHODS_MIN_WORDS = 800;

export interface RuleContext {
  /** Words in the story body. */
  readonly words: number;
}

const result = (
  indicator: TrustIndicatorName,
  status: TrustStatus,
  evidence: TrustEvidence[],
  reason: string,
): TrustIndicatorResult => ({ indicator, status, evidence, reason: reason + suffix(evidence) });

// Says where valid evidence came from when the registry supplied some, and how much was rejected.
const suffix = (evidence: readonly TrustEvidence[]): string => {
  const valid = evidence.filter((e) => e.valid);
  const fromRegistry = valid.filter((e) => e.source === 'registry').length;
  const invalid = evidence.length - valid.length;
  const parts: string[] = [];
  if (fromRegistry > 0) {
    parts.push(
      fromRegistry === valid.length ? 'from the source registry' : `${fromRegistry} from the source registry`,
    );
  }
  if (invalid > 0) parts.push(`${invalid} invalid value${invalid === 1 ? '' : 's'} ignored`);
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
};

const evidenceFor = (f: Findings, props: readonly TrustProperty[]): TrustEvidence[] =>
  f.items.filter((i) => props.includes(i.property)).map((i) => i.evidence);
const hasValid = (f: Findings, props: readonly TrustProperty[]): boolean =>
  f.items.some((i) => i.evidence.valid && props.includes(i.property));

const BEST_PRACTICE_GROUPS: ReadonlyArray<{ name: string; props: readonly TrustProperty[] }> = [
  {
    name: 'standards (publishingPrinciples or ethicsPolicy)',
    props: ['publishingPrinciples', 'ethicsPolicy'],
  },
  { name: 'corrections policy', props: ['correctionsPolicy'] },
  { name: 'ownership and funding', props: ['ownershipFundingInfo'] },
  { name: 'mission and coverage priorities', props: ['missionCoveragePrioritiesPolicy'] },
];
const BEST_PRACTICE_SUPPORTING: readonly TrustProperty[] = [
  'verificationFactCheckingPolicy',
  'unnamedSourcesPolicy',
  'noBylinesPolicy',
  'masthead',
];

const bestPractices = (f: Findings): TrustIndicatorResult => {
  const props = [...BEST_PRACTICE_GROUPS.flatMap((g) => g.props), ...BEST_PRACTICE_SUPPORTING];
  const evidence = [...evidenceFor(f, props), ...evidenceFor(f, ['correction'])];
  const lacking = BEST_PRACTICE_GROUPS.filter((g) => !hasValid(f, g.props)).map((g) => g.name);
  const corrections = f.items.filter((i) => i.property === 'correction' && i.evidence.valid).length;
  const note =
    corrections > 0 ? `; the story carries ${corrections} correction${corrections === 1 ? '' : 's'}` : '';
  if (lacking.length === 0) {
    return result(
      'best-practices',
      'present',
      evidence,
      `standards, corrections, ownership and mission links found${note}`,
    );
  }
  if (hasValid(f, props)) {
    return result(
      'best-practices',
      'partial',
      evidence,
      `some publisher policy links, but no ${lacking.join(', no ')}${note}`,
    );
  }
  return result('best-practices', 'missing', evidence, `no publisher policy links${note}`);
};

const EXPERTISE: readonly AuthorAspect[] = ['jobTitle', 'knowsAbout'];
const PROFILE: readonly AuthorAspect[] = ['sameAs', 'url'];

const journalistExpertise = (f: Findings): TrustIndicatorResult => {
  const named = f.authors.filter((a) => a.name !== null && a.kind !== 'organization');
  const organisations = f.authors.filter((a) => a.name !== null && a.kind === 'organization');
  const profileLinks = evidenceFor(f, ['journalistInfo']);
  const evidence = [
    ...f.authors.flatMap((a) => [a.evidence, ...a.details.map((d) => d.evidence)]),
    ...profileLinks,
  ];
  const complete = named.find(
    (a) =>
      a.details.some((d) => d.evidence.valid && EXPERTISE.includes(d.aspect)) &&
      a.details.some((d) => d.evidence.valid && PROFILE.includes(d.aspect)),
  );
  if (complete !== undefined) {
    return result(
      'journalist-expertise',
      'present',
      evidence,
      `${complete.name ?? 'author'}: expertise and profile link given`,
    );
  }
  if (hasValid(f, ['journalistInfo'])) {
    return result(
      'journalist-expertise',
      'present',
      evidence,
      'a link to information about the journalist is given',
    );
  }
  if (named.length > 0) {
    const names = named.map((a) => a.name).join(', ');
    return result(
      'journalist-expertise',
      'partial',
      evidence,
      `${names}: named, but no expertise (jobTitle/knowsAbout) with a profile link (sameAs/url)`,
    );
  }
  if (f.authors.some((a) => a.kind !== 'organization' && a.details.some((d) => d.evidence.valid))) {
    return result('journalist-expertise', 'partial', evidence, 'author details given, but no author name');
  }
  const byOrg =
    organisations.length > 0 ? ` (credited to ${organisations.map((a) => a.name).join(', ')})` : '';
  if (hasValid(f, ['noBylinesPolicy'])) {
    return result(
      'journalist-expertise',
      'not-applicable',
      [...evidence, ...evidenceFor(f, ['noBylinesPolicy'])],
      `no named journalist${byOrg}, and the publisher explains unbylined work in a noBylinesPolicy`,
    );
  }
  return result(
    'journalist-expertise',
    'missing',
    evidence,
    `no named journalist${byOrg} and no noBylinesPolicy`,
  );
};

const typeOfWork = (f: Findings): TrustIndicatorResult => {
  const evidence = [...f.types.map((t) => t.evidence), ...evidenceFor(f, ['typeOfWork'])];
  const labels = [...new Set(f.types.map((t) => t.label).filter((l): l is TypeOfWorkLabel => l !== null))];
  if (labels.length > 0) {
    const nonNews = labels.filter((l) => l === 'AdvertiserContentArticle' || l === 'SatiricalArticle');
    const mixed =
      nonNews.length > 0 && nonNews.length < labels.length ? '; conflicting labels, check which applies' : '';
    return result('type-of-work', 'present', evidence, `labelled ${labels.join(', ')}${mixed}`);
  }
  const generic = f.types.filter((t) => t.evidence.valid).map((t) => t.evidence.value);
  if (generic.length > 0) {
    return result(
      'type-of-work',
      'partial',
      evidence,
      `only a generic type (${[...new Set(generic)].join(', ')}), not news/analysis/opinion/...`,
    );
  }
  return result('type-of-work', 'missing', evidence, 'no type-of-work label');
};

const citations = (f: Findings): TrustIndicatorResult => {
  const cites = evidenceFor(f, ['citation']);
  const validCites = cites.filter((e) => e.valid).length;
  const { attributed, attributedCount, unattributedCount } = f.quotes;
  const evidence = [...cites, ...attributed];
  const speakers = [...new Set(attributed.filter((e) => e.valid).map((e) => e.value))];
  if (validCites > 0 || attributedCount > 0) {
    const parts: string[] = [];
    if (validCites > 0) parts.push(`${validCites} citation${validCites === 1 ? '' : 's'}`);
    if (attributedCount > 0) {
      parts.push(
        `${attributedCount} quote${attributedCount === 1 ? '' : 's'} with identified speakers (${speakers.join(', ')})`,
      );
    }
    return result('citations-and-references', 'present', evidence, parts.join('; '));
  }
  if (unattributedCount > 0) {
    return result(
      'citations-and-references',
      'partial',
      evidence,
      `${unattributedCount} quote${unattributedCount === 1 ? '' : 's'}, none with an identified speaker, and no citations`,
    );
  }
  return result('citations-and-references', 'missing', evidence, 'no citations and no attributed quotes');
};

const methods = (f: Findings, ctx: RuleContext): TrustIndicatorResult => {
  const evidence = evidenceFor(f, ['backstory']);
  if (evidence.some((e) => e.valid)) return result('methods', 'present', evidence, 'backstory given');
  const inDepthType = f.types.some(
    (t) => t.label === 'AnalysisNewsArticle' || t.label === 'BackgroundNewsArticle',
  );
  if (evidence.length === 0 && !inDepthType && ctx.words < METHODS_MIN_WORDS) {
    return result(
      'methods',
      'not-applicable',
      evidence,
      `not in-depth work (${ctx.words} words, under ${METHODS_MIN_WORDS}; no analysis/background label)`,
    );
  }
  const why = inDepthType ? 'analysis/background work' : `in-depth work (${ctx.words} words)`;
  return result('methods', 'missing', evidence, `${why} without a backstory`);
};

const locallySourced = (f: Findings): TrustIndicatorResult => {
  const evidence = evidenceFor(f, ['dateline', 'located', 'locationCreated', 'contentLocation']);
  const where = f.items.filter(
    (i) => i.evidence.valid && ['dateline', 'located', 'locationCreated'].includes(i.property),
  );
  const first = where[0];
  if (first !== undefined) {
    return result(
      'locally-sourced',
      'present',
      evidence,
      `reported from "${first.evidence.value}" (${first.property})`,
    );
  }
  if (hasValid(f, ['contentLocation'])) {
    return result(
      'locally-sourced',
      'partial',
      evidence,
      'says what place the story is about (contentLocation), not where it was reported',
    );
  }
  return result('locally-sourced', 'missing', evidence, 'no dateline or place of reporting');
};

const diverseVoices = (f: Findings): TrustIndicatorResult => {
  const evidence = evidenceFor(f, ['diversityPolicy', 'diversityStaffingReport']);
  if (hasValid(f, ['diversityPolicy']))
    return result('diverse-voices', 'present', evidence, 'diversity policy link found');
  if (hasValid(f, ['diversityStaffingReport'])) {
    return result('diverse-voices', 'partial', evidence, 'a staffing report, but no diversity policy');
  }
  return result('diverse-voices', 'missing', evidence, 'no diversity policy');
};

const actionableFeedback = (f: Findings): TrustIndicatorResult => {
  const evidence = evidenceFor(f, ['actionableFeedbackPolicy']);
  if (hasValid(f, ['actionableFeedbackPolicy'])) {
    return result('actionable-feedback', 'present', evidence, 'actionable feedback policy link found');
  }
  return result('actionable-feedback', 'missing', evidence, 'no actionable feedback policy');
};

export const evaluateIndicators = (f: Findings, ctx: RuleContext): TrustIndicatorResult[] => {
  const rules: Record<TrustIndicatorName, () => TrustIndicatorResult> = {
    'best-practices': () => bestPractices(f),
    'journalist-expertise': () => journalistExpertise(f),
    'type-of-work': () => typeOfWork(f),
    'citations-and-references': () => citations(f),
    methods: () => methods(f, ctx),
    'locally-sourced': () => locallySourced(f),
    'diverse-voices': () => diverseVoices(f),
    'actionable-feedback': () => actionableFeedback(f),
  };
  return INDICATOR_ORDER.map((name) => rules[name]());
};
