export { enrich, ENRICH_VERSION } from './enrich.ts';
export type { EnrichInput } from './enrich.ts';
