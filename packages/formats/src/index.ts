// @newswire/formats: wire-format parsers (pure: bytes in, NormalizedStory out), detection, and the
// ninjs 2.x rendering and validation of a normalized story.
export { DEFAULT_MAX_STORY_BYTES, parseStory } from './parse-story.ts';
export type { ParseInput } from './parse-story.ts';
export { detectFormat } from './detect.ts';
export { toNinjs, TRUST_INDICATOR_ROLE_BASE } from './to-ninjs.ts';
export { NINJS_QUOTES_PROPERTY, ninjsSchemaVersions, validateNinjs } from './validate-ninjs.ts';

/** Version of the parsers, recorded in stage provenance. */
export const FORMATS_VERSION = '1.0.1';
