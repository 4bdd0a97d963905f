// What the collectors found in a story before any judgement: evidence keyed by the property it stands
// for, authors, type labels, quotes and conformance claims. The indicator rules read only this.
import type { TrustEvidence } from '@newswire/contracts';
import type { ValueVerdict } from './evidence-values.ts';
import { LIMITS } from './evidence-values.ts';
import type { TrustProperty, TypeOfWorkLabel } from './roles.ts';
import { PUBLISHER_PROPERTIES, roleFor, titleFor } from './roles.ts';

export interface Finding {
  readonly property: TrustProperty;
  readonly evidence: TrustEvidence;
}

export type AuthorAspect = 'jobTitle' | 'knowsAbout' | 'knowsLanguage' | 'affiliation' | 'sameAs' | 'url';

export interface AuthorFinding {
  /** The author's name, or null when only a profile link or a malformed value was carried. */
  readonly name: string | null;
  readonly kind: 'person' | 'organization' | 'unknown';
  readonly evidence: TrustEvidence;
  readonly details: Array<{ readonly aspect: AuthorAspect; readonly evidence: TrustEvidence }>;
}

export interface TypeFinding {
  /** The Trust Project label, or null for a generic type (NewsArticle, an unmapped genre). */
  readonly label: TypeOfWorkLabel | null;
  readonly evidence: TrustEvidence;
}

export interface Findings {
  readonly items: Finding[];
  readonly authors: AuthorFinding[];
  readonly types: TypeFinding[];
  readonly quotes: { attributed: TrustEvidence[]; attributedCount: number; unattributedCount: number };
  readonly claim: TrustEvidence[];
  readonly publisherNames: string[];
  readonly warnings: string[];
}

export const emptyFindings = (): Findings => ({
  items: [],
  authors: [],
  types: [],
  quotes: { attributed: [], attributedCount: 0, unattributedCount: 0 },
  claim: [],
  publisherNames: [],
  warnings: [],
});

// Properties whose http(s) value is a trust-indicator link worth rendering into ninjs.
const LINK_PROPERTIES: ReadonlySet<TrustProperty> = new Set<TrustProperty>([
  ...PUBLISHER_PROPERTIES,
  'journalistInfo',
  'backstory',
]);

export const evidenceOf = (
  verdict: ValueVerdict,
  source: string,
  field: string,
  property?: TrustProperty,
  title?: string,
): TrustEvidence => {
  const base = verdict.ok
    ? { source, field, value: verdict.value, valid: true }
    : { source, field, value: verdict.value, valid: false, problem: verdict.problem };
  if (property === undefined || !LINK_PROPERTIES.has(property)) return base;
  if (verdict.ok && verdict.kind === 'text') return base;
  return { ...base, role: roleFor(property), title: title ?? titleFor(property) };
};

export const warn = (f: Findings, message: string): void => {
  if (f.warnings.length < LIMITS.warnings) f.warnings.push(message);
  else if (f.warnings.length === LIMITS.warnings) f.warnings.push('further warnings omitted');
};

export const mentionsTrustProject = (s: string): boolean =>
  /\btrust\s*project\b|thetrustproject\.org/iu.test(s.slice(0, 2000));
