// The story the product was specified from: a plain-text EFE wire that ends "Conforms to The Trust
// Project criteria" and carries no trust links. The report must say exactly that, and a registry
// entry for 'efe' must complete the publisher-level indicators.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Enrichment, NormalizedStory, Quote } from '@newswire/contracts';
import { corpusPath } from '@newswire/testkit';
import { describe, expect, it } from 'vitest';
import { checkTrust, parseSourceRegistry, trustIndicatorsForNinjs } from '../src/index.ts';
import { fixture, indicator, makeEnrichment, makeStory, statuses } from './make-story.ts';

const wireStory = (): NormalizedStory => {
  const lines = readFileSync(corpusPath('wire-text', 'efe-bali-blinken-wang.txt'), 'utf8')
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const label = lines.at(-1) ?? '';
  expect(label).toBe('Conforms to The Trust Project criteria');
  return makeStory({
    source: 'efe',
    format: 'text',
    headline: '',
    paragraphs: lines.slice(0, -1),
    trust: { labels: [label] },
  });
};

// Stands in for the enricher: curly-quoted passages, attributed to Blinken where his name is in the paragraph.
const quotesOf = (story: NormalizedStory): Enrichment => {
  const quotes: Quote[] = [];
  for (const m of story.bodyText.matchAll(/“([^”]+)”/gu)) {
    const start = m.index;
    const paragraphStart = story.bodyText.lastIndexOf('\n\n', start) + 1;
    const paragraphEnd = story.bodyText.indexOf('\n\n', start);
    const paragraph = story.bodyText.slice(paragraphStart, paragraphEnd === -1 ? undefined : paragraphEnd);
    const speaker = paragraph.includes('Blinken')
      ? { name: 'Antony Blinken', type: 'person' as const }
      : null;
    quotes.push({
      text: m[0],
      start,
      end: start + m[0].length,
      speaker,
      cue: speaker === null ? null : 'said',
    });
  }
  return makeEnrichment(quotes);
};

describe('corpus wire story efe-bali-blinken-wang.txt', () => {
  const story = wireStory();
  const enrichment = quotesOf(story);

  describe('without a source registry', () => {
    const report = checkTrust({ story, enrichment });

    it('says: claims conformance, carries no links, claim not backed, flagged', () => {
      expect(report.claimsConformance).toBe(true);
      expect(report.claimEvidence).toEqual([
        expect.objectContaining({ source: 'label', value: 'Conforms to The Trust Project criteria' }),
      ]);
      expect(report.storyLinks).toBe(0);
      expect(report.warnings).toContain(
        'claims Trust Project conformance but carries no trust links of its own',
      );
      expect(report.claimBacked).toBe(false);
      expect(report.flagged).toBe(true);
      expect(report).toMatchObject({ policy: 'annotate', action: 'pass', registryEntry: null });
    });

    it('finds only what the copy itself supports: attributed quotes', () => {
      expect(statuses(report)).toEqual({
        'best-practices': 'missing',
        'journalist-expertise': 'missing',
        'type-of-work': 'missing',
        'citations-and-references': 'present',
        methods: 'not-applicable',
        'locally-sourced': 'missing',
        'diverse-voices': 'missing',
        'actionable-feedback': 'missing',
      });
      expect(indicator(report, 'citations-and-references').reason).toContain('Antony Blinken');
      expect(report.indicators.flatMap((r) => r.evidence).every((e) => e.source === 'enrichment')).toBe(true);
      expect(trustIndicatorsForNinjs(report)).toEqual([]);
    });

    it('misses citations too when the enrichment found no attributed quote', () => {
      const bare = checkTrust({ story, enrichment: makeEnrichment() });
      expect(indicator(bare, 'citations-and-references').status).toBe('missing');
      expect(bare.flagged).toBe(true);
    });
  });

  describe("with a registry entry for 'efe'", () => {
    const registry = parseSourceRegistry(fixture('source-registry.sample.json'));
    const report = checkTrust({ story, enrichment, registry });

    it('makes the publisher-level indicators present, with evidence from the registry', () => {
      for (const name of ['best-practices', 'diverse-voices', 'actionable-feedback'] as const) {
        const r = indicator(report, name);
        expect(r.status).toBe('present');
        expect(r.evidence.filter((e) => e.valid).every((e) => e.source === 'registry')).toBe(true);
      }
      expect(indicator(report, 'journalist-expertise')).toMatchObject({ status: 'not-applicable' });
      expect(report.registryEntry).toBe('efe');
    });

    it('still flags the claim: the story carries no type-of-work label and no dateline', () => {
      expect(report.storyLinks).toBe(0);
      expect(report.claimBacked).toBe(false);
      expect(report.flagged).toBe(true);
      expect(report.warnings).toContain(
        'conformance claim not backed: type-of-work missing, locally-sourced missing',
      );
      expect(report).toMatchObject({ policy: 'warn', action: 'warn' });
      expect(trustIndicatorsForNinjs(report)).toContainEqual({
        role: 'http://cv.iptc.org/newscodes/trustindicator/ethicsPolicy',
        title: 'Ethics policy',
        href: 'https://agenciaefe.es/canal-etico/',
      });
    });

    it('with the shipped example registry (only the ethics link known) best practices stay partial', () => {
      const example = parseSourceRegistry(
        readFileSync(
          path.join(import.meta.dirname, '..', 'examples', 'source-registry.example.json'),
          'utf8',
        ),
      );
      const r = checkTrust({ story, enrichment, registry: example });
      expect(indicator(r, 'best-practices').status).toBe('partial');
      expect(indicator(r, 'journalist-expertise').status).toBe('missing');
      expect(r.flagged).toBe(true);
    });
  });
});
