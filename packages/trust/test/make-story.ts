// Test helpers: NormalizedStory / Enrichment objects built through the contract schemas, and fixture loading.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  Enrichment,
  NormalizedStoryInput,
  Quote,
  TrustIndicatorName,
  TrustReport,
} from '@newswire/contracts';
import { NormalizedStory } from '@newswire/contracts';

type StoryOverrides = Partial<Omit<NormalizedStoryInput, 'trust'>> & {
  trust?: Partial<NormalizedStoryInput['trust']>;
};

export const makeStory = (overrides: StoryOverrides = {}): NormalizedStory => {
  const paragraphs = overrides.paragraphs ?? ['The harbour ferry operator will raise fares in September.'];
  return NormalizedStory.parse({
    schemaVersion: 1,
    id: 'story-1',
    uri: 'urn:newswire:test:story-1',
    version: 1,
    source: 'hcl',
    format: 'ninjs',
    rawId: 'raw-1',
    receivedAt: '2024-03-03T10:00:00Z',
    versioncreated: '2024-03-03T09:15:00Z',
    firstcreated: '2024-03-03T09:15:00Z',
    language: 'en',
    headline: 'Harbour ferry fares to rise 8% in September',
    ...overrides,
    paragraphs,
    bodyText: paragraphs.join('\n\n'),
    trust: { labels: [], indicators: [], jsonld: [], ...overrides.trust },
  });
};

export const makeEnrichment = (quotes: Quote[] = []): Enrichment => ({
  schemaVersion: 1,
  entities: [],
  quotes,
});

export const quote = (text: string, speaker: string | null): Quote => ({
  text,
  start: 0,
  end: text.length,
  speaker: speaker === null ? null : { name: speaker, type: 'person' },
  cue: speaker === null ? null : 'said',
});

export const fixture = (name: string): string =>
  readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
export const fixtureJson = (name: string): unknown => JSON.parse(fixture(name)) as unknown;

export const indicator = (
  report: TrustReport,
  name: TrustIndicatorName,
): TrustReport['indicators'][number] => {
  const found = report.indicators.find((r) => r.indicator === name);
  if (found === undefined) throw new Error(`report has no ${name}`);
  return found;
};

export const statuses = (report: TrustReport): Record<string, string> =>
  Object.fromEntries(report.indicators.map((r) => [r.indicator, r.status]));
