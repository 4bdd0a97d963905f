// The vocabulary the checker speaks: schema.org trust properties, and how they map to and from IPTC's
// trust-indicator NewsCodes (http://cv.iptc.org/newscodes/trustindicator/) used in ninjs and NewsML-G2.
// Only IPTC codes confirmed in the published vocabulary are used; the rest fall back to schema.org URIs.

/** Publisher-level schema.org properties (on the NewsMediaOrganization, or in the source registry). */
export const PUBLISHER_PROPERTIES = [
  'publishingPrinciples',
  'ethicsPolicy',
  'correctionsPolicy',
  'verificationFactCheckingPolicy',
  'unnamedSourcesPolicy',
  'noBylinesPolicy',
  'missionCoveragePrioritiesPolicy',
  'ownershipFundingInfo',
  'masthead',
  'diversityPolicy',
  'diversityStaffingReport',
  'actionableFeedbackPolicy',
] as const;
export type PublisherProperty = (typeof PUBLISHER_PROPERTIES)[number];

/** Story-level properties the checker reads, plus the author-profile link. */
export const STORY_PROPERTIES = [
  'correction',
  'citation',
  'backstory',
  'dateline',
  'locationCreated',
  'contentLocation',
  'located',
  'journalistInfo',
  'typeOfWork',
] as const;
export type StoryProperty = (typeof STORY_PROPERTIES)[number];
export type TrustProperty = PublisherProperty | StoryProperty;

export const IPTC_TRUST_INDICATOR_SCHEME = 'http://cv.iptc.org/newscodes/trustindicator/';
const SCHEMA_ORG = 'https://schema.org/';

// schema.org property -> IPTC trustindicator code (only codes present in the IPTC vocabulary).
const IPTC_CODE: Partial<Record<TrustProperty, string>> = {
  publishingPrinciples: 'editorialPolicy',
  ethicsPolicy: 'ethicsPolicy',
  correctionsPolicy: 'correctionsPolicy',
  verificationFactCheckingPolicy: 'factCheckingPolicy',
  unnamedSourcesPolicy: 'unnamedSourcesPolicy',
  noBylinesPolicy: 'noBylinesPolicy',
  missionCoveragePrioritiesPolicy: 'coveragePolicy',
  diversityPolicy: 'editorialDiversityPolicy',
  actionableFeedbackPolicy: 'feedbackPolicy',
  journalistInfo: 'journalistInfo',
};

const TITLES: Record<TrustProperty, string> = {
  publishingPrinciples: 'Publishing principles',
  ethicsPolicy: 'Ethics policy',
  correctionsPolicy: 'Corrections policy',
  verificationFactCheckingPolicy: 'Verification and fact-checking policy',
  unnamedSourcesPolicy: 'Unnamed sources policy',
  noBylinesPolicy: 'No bylines policy',
  missionCoveragePrioritiesPolicy: 'Mission and coverage priorities',
  ownershipFundingInfo: 'Ownership and funding',
  masthead: 'Masthead',
  diversityPolicy: 'Diversity policy',
  diversityStaffingReport: 'Diversity staffing report',
  actionableFeedbackPolicy: 'Actionable feedback policy',
  correction: 'Correction',
  citation: 'Citation',
  backstory: 'Backstory (methods)',
  dateline: 'Dateline',
  locationCreated: 'Location created',
  contentLocation: 'Content location',
  located: 'Located',
  journalistInfo: 'About the journalist',
  typeOfWork: 'Type of work',
};

/** The role URI a link for this property carries in ninjs `trustindicators`. */
export const roleFor = (property: TrustProperty): string => {
  const code = IPTC_CODE[property];
  return code === undefined ? `${SCHEMA_ORG}${property}` : `${IPTC_TRUST_INDICATOR_SCHEME}${code}`;
};

export const titleFor = (property: TrustProperty): string => TITLES[property];

// Incoming role local names, folded (lower case, letters only) -> the property they stand for. Covers
// IPTC codes (also the hyphenated "ethics-policy" of the 2020 vocabulary listing), schema.org names,
// Trust Project indicator names ("best-practices": the standards page) and the broader IPTC concepts
// whose meaning is unambiguous for one property.
const fold = (s: string): string => s.toLowerCase().replace(/[^a-z]/gu, '');
const INCOMING: ReadonlyMap<string, TrustProperty> = new Map<string, TrustProperty>([
  ...PUBLISHER_PROPERTIES.map((p): [string, TrustProperty] => [fold(p), p]),
  ...STORY_PROPERTIES.map((p): [string, TrustProperty] => [fold(p), p]),
  ['editorialpolicy', 'publishingPrinciples'],
  ['factcheckingpolicy', 'verificationFactCheckingPolicy'],
  ['coveragepolicy', 'missionCoveragePrioritiesPolicy'],
  ['editorialdiversitypolicy', 'diversityPolicy'],
  ['feedbackpolicy', 'actionableFeedbackPolicy'],
  ['biography', 'journalistInfo'],
  ['methods', 'backstory'],
  ['bestpractices', 'publishingPrinciples'],
  ['journalistexpertise', 'journalistInfo'],
  ['citationsandreferences', 'citation'],
  ['references', 'citation'],
  ['locallysourced', 'locationCreated'],
  ['diversevoices', 'diversityPolicy'],
  ['actionablefeedback', 'actionableFeedbackPolicy'],
]);

/**
 * Maps an incoming role to a property, or null if unknown. The local name is what follows the last
 * "/", "#" or ":" (IPTC URI or QCode, schema.org URI, "trust:bestPractices", ".../trust-indicators#methods").
 */
export const propertyForRole = (role: string): TrustProperty | null => {
  const trimmed = role.trim().replace(/\/+$/u, '');
  if (trimmed.length > 300) return null;
  const local = trimmed.split(/[/#:]/u).pop() ?? '';
  return INCOMING.get(fold(local)) ?? null;
};

/** Trust Project type-of-work labels (schema.org types), in the order reports list them. */
export const TYPE_OF_WORK_LABELS = [
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'AdvertiserContentArticle',
  'SatiricalArticle',
] as const;
export type TypeOfWorkLabel = (typeof TYPE_OF_WORK_LABELS)[number];

/** Article types that do not say which kind of work the story is. */
export const GENERIC_ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'Report',
  'BlogPosting',
  'LiveBlogPosting',
  'ScholarlyArticle',
  'SocialMediaPosting',
  'TechArticle',
  'ClaimReview',
]);

const LABEL_BY_LOWER: ReadonlyMap<string, TypeOfWorkLabel> = new Map(
  TYPE_OF_WORK_LABELS.map((l): [string, TypeOfWorkLabel] => [l.toLowerCase(), l]),
);

// IPTC genre NewsCodes (and common wire genre names) that say the same as a Trust Project label.
const GENRE_LABEL: ReadonlyMap<string, TypeOfWorkLabel> = new Map<string, TypeOfWorkLabel>([
  ['current', 'ReportageNewsArticle'],
  ['reportage', 'ReportageNewsArticle'],
  ['fromthescene', 'ReportageNewsArticle'],
  ['analysis', 'AnalysisNewsArticle'],
  ['opinion', 'OpinionNewsArticle'],
  ['commentary', 'OpinionNewsArticle'],
  ['editorial', 'OpinionNewsArticle'],
  ['background', 'BackgroundNewsArticle'],
  ['review', 'ReviewNewsArticle'],
  ['askpublic', 'AskPublicNewsArticle'],
  ['advertisersupplied', 'AdvertiserContentArticle'],
  ['advertorial', 'AdvertiserContentArticle'],
  ['sponsoredcontent', 'AdvertiserContentArticle'],
  ['satire', 'SatiricalArticle'],
]);

/** A schema.org type name with any schema.org prefix removed ("schema:X", "https://schema.org/X"). */
export const localTypeName = (t: string): string =>
  t
    .trim()
    .replace(/^https?:\/\/(www\.)?schema\.org\//iu, '')
    .replace(/^schema:/iu, '');

export const typeOfWorkLabel = (typeName: string): TypeOfWorkLabel | null =>
  LABEL_BY_LOWER.get(localTypeName(typeName).toLowerCase()) ?? null;

/** The Trust Project label an IPTC genre (name, code or URI) stands for, or null. */
export const labelForGenre = (candidate: string): TypeOfWorkLabel | null => {
  const tail = candidate.trim().split(/[/:#]/u).pop() ?? '';
  const key = tail.toLowerCase().replace(/[^a-z]/gu, '');
  return LABEL_BY_LOWER.get(key) ?? GENRE_LABEL.get(key) ?? null;
};
