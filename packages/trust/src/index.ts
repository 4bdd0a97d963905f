// @newswire/trust: the Trust Project check. checkTrust judges one story's eight trust indicators from
// what it carries (labels, ninjs / NewsML-G2 / NITF indicators, schema.org JSON-LD, copy, enrichment)
// completed by a validated source registry. Rules: README.md.
export { TRUST_VERSION, checkTrust } from './check-trust.ts';
export type { CheckTrustInput } from './check-trust.ts';
export {
  SourceRegistry,
  SourceRegistryEntry,
  TrustPolicy,
  findRegistryEntry,
  parseSourceRegistry,
} from './source-registry.ts';
export { trustIndicatorsForNinjs } from './ninjs.ts';
export type { NinjsTrustIndicator } from './ninjs.ts';
export { INDICATOR_ORDER, METHODS_MIN_WORDS } from './indicators.ts';
export { IPTC_TRUST_INDICATOR_SCHEME, PUBLISHER_PROPERTIES, roleFor } from './roles.ts';
export type { PublisherProperty } from './roles.ts';
export { LIMITS } from './evidence-values.ts';
