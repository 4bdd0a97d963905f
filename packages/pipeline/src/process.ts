// The stage logic as plain functions, shared by the bus stages and by `newswire enrich`
// (which runs them in-process with no bus at all).
import {
  CheckedStory,
  EnrichedDocument,
  EnrichedStory,
  SCHEMA_VERSION,
  StageName,
} from '@newswire/contracts';
import type { NormalizedStory, RawStory, TrustReport } from '@newswire/contracts';
import { enrich, ENRICH_VERSION } from '@newswire/enrich';
import { FORMATS_VERSION, parseStory, toNinjs } from '@newswire/formats';
import { checkTrust, TRUST_VERSION } from '@newswire/trust';
import type { SourceRegistry } from '@newswire/trust';
import { rawPayloadBytes } from './raw.ts';

export const stageVersions = {
  [StageName.Normalizer]: FORMATS_VERSION,
  [StageName.Enricher]: ENRICH_VERSION,
  [StageName.TrustChecker]: TRUST_VERSION,
  [StageName.Writer]: '1',
  [StageName.Archiver]: '1',
} as const;

const ms = (started: number): number => Math.round((performance.now() - started) * 1000) / 1000;

export const normalizeRaw = (raw: RawStory, options: { maxStoryBytes?: number } = {}): NormalizedStory =>
  parseStory({
    bytes: rawPayloadBytes(raw),
    format: raw.format,
    source: raw.source,
    rawId: raw.id,
    receivedAt: raw.receivedAt,
    ...(options.maxStoryBytes === undefined ? {} : { maxBytes: options.maxStoryBytes }),
  });

export const enrichStory = (story: NormalizedStory, normalizeMs = 0): EnrichedStory => {
  const started = performance.now();
  // A kill carries no copy worth enriching; it still flows so the writer can withdraw it.
  const enrichment =
    story.pubstatus === 'canceled'
      ? { schemaVersion: SCHEMA_VERSION, entities: [], quotes: [] }
      : enrich({ bodyText: story.bodyText, language: story.language, headline: story.headline });
  return EnrichedStory.parse({
    schemaVersion: SCHEMA_VERSION,
    story,
    enrichment,
    timings: [
      { stage: StageName.Normalizer, version: stageVersions.normalizer, ms: normalizeMs },
      { stage: StageName.Enricher, version: stageVersions.enricher, ms: ms(started) },
    ],
  });
};

export const checkStory = (enriched: EnrichedStory, registry?: SourceRegistry): CheckedStory => {
  const started = performance.now();
  const trust: TrustReport = checkTrust({
    story: enriched.story,
    enrichment: enriched.enrichment,
    ...(registry ? { registry } : {}),
  });
  return CheckedStory.parse({
    ...enriched,
    trust,
    timings: [
      ...enriched.timings,
      { stage: StageName.TrustChecker, version: stageVersions['trust-checker'], ms: ms(started) },
    ],
  });
};

export const toDocument = (
  checked: CheckedStory,
  options: { producedAt: Date; withdrawn?: boolean },
): EnrichedDocument => {
  const { story, enrichment, trust } = checked;
  return EnrichedDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    id: story.id,
    version: story.version,
    headline: story.headline,
    bodyText: story.bodyText,
    language: story.language,
    pubstatus: story.pubstatus,
    withdrawn: options.withdrawn ?? story.pubstatus === 'canceled',
    entities: enrichment.entities,
    quotes: enrichment.quotes,
    trust,
    story,
    ninjs: toNinjs({ story, entities: enrichment.entities, quotes: enrichment.quotes, trust }),
    provenance: { timings: checked.timings, producedAt: options.producedAt.toISOString() },
  });
};

/** normalize -> enrich -> trust -> document, in-process (what `newswire enrich` runs). */
export const processRaw = (
  raw: RawStory,
  options: { maxStoryBytes?: number; registry?: SourceRegistry; now?: Date } = {},
): EnrichedDocument => {
  const started = performance.now();
  const story = normalizeRaw(raw, options);
  const enriched = enrichStory(story, ms(started));
  const checked = checkStory(enriched, options.registry);
  return toDocument(checked, { producedAt: options.now ?? new Date() });
};
