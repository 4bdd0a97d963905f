import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { describe, expect, it } from 'vitest';
import { checkTrust, findRegistryEntry, parseSourceRegistry } from '../src/index.ts';
import { fixture, indicator, makeEnrichment, makeStory } from './make-story.ts';

const examplePath = path.join(import.meta.dirname, '..', 'examples', 'source-registry.example.json');
const catchError = (fn: () => unknown): NewswireError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof NewswireError) return e;
    throw e;
  }
  throw new Error('expected a NewswireError');
};

describe('parseSourceRegistry', () => {
  it('accepts the shipped example and fills defaults', () => {
    const registry = parseSourceRegistry(readFileSync(examplePath, 'utf8'));
    expect(registry.sources.map((s) => s.source)).toEqual(['harbour-city-ledger', 'efe']);
    const efe = findRegistryEntry(registry, 'efe');
    expect(efe).toMatchObject({
      policy: 'annotate',
      required: [],
      policyUrls: { ethicsPolicy: 'https://agenciaefe.es/canal-etico/' },
    });
  });

  it('lists every problem in one error', () => {
    const err = catchError(() =>
      parseSourceRegistry({
        sources: [
          {
            source: 'efe',
            publisher: 'Agencia EFE',
            policy: 'block',
            policyUrls: { ethicsPolicy: 'javascript:alert(1)', ethicsPolcy: 'https://agenciaefe.es/' },
          },
          { source: 'EFE', publisher: '', match: ['efe/*'], required: ['methods', 'methods'] },
          {
            source: 'hcl',
            publisher: 'Harbour City Ledger',
            policyUrls: { masthead: 'https://example.com/masthead' },
          },
        ],
      }),
    );
    expect(err.code).toBe(ErrorCode.InvalidMessage);
    expect(err.retryable).toBe(false);
    const problems = err.details['problems'] as string[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sources\[0\]\.policy: /u),
        expect.stringMatching(
          /^sources\[0\]\.policyUrls\.ethicsPolicy: unsupported URL scheme "javascript:"/u,
        ),
        expect.stringMatching(/^sources\[0\]\.policyUrls: .*ethicsPolcy/u),
        expect.stringMatching(/^sources\[1\]\.publisher: /u),
        expect.stringMatching(/^sources\[1\]\.match\[0\]: /u),
        'sources[1].required: lists an indicator twice',
        expect.stringMatching(/^sources\[2\]\.policyUrls\.masthead: placeholder URL/u),
      ]),
    );
    expect(err.message).toContain(`${problems.length} problem(s)`);
  });

  it('reports a duplicate source after the entries themselves are valid', () => {
    const err = catchError(() =>
      parseSourceRegistry({
        sources: [
          { source: 'efe', publisher: 'EFE' },
          { source: 'EFE', publisher: 'EFE again' },
        ],
      }),
    );
    expect(err.details['problems']).toEqual(['sources[1].source: duplicates sources[0] ("EFE")']);
  });

  it('rejects text that is not JSON, and a registry without sources', () => {
    expect(catchError(() => parseSourceRegistry('{ sources: [')).message).toBe(
      'source registry: not valid JSON',
    );
    expect(catchError(() => parseSourceRegistry({})).details['problems']).toEqual([
      expect.stringMatching(/^sources: /u),
    ]);
  });
});

describe('findRegistryEntry', () => {
  const registry = parseSourceRegistry(fixture('source-registry.sample.json'));

  it('matches the source exactly (any case), then by pattern, else nothing', () => {
    expect(findRegistryEntry(registry, 'EFE')?.source).toBe('efe');
    expect(findRegistryEntry(registry, 'efe-english')?.source).toBe('efe');
    expect(findRegistryEntry(registry, 'efexyz')).toBeNull();
    expect(findRegistryEntry(registry, 'reuters')).toBeNull();
  });

  it('completes a story from the example registry with evidence marked "registry"', () => {
    const example = parseSourceRegistry(readFileSync(examplePath, 'utf8'));
    const r = checkTrust({
      story: makeStory({ source: 'hcl-city' }),
      enrichment: makeEnrichment(),
      registry: example,
    });
    expect(r.registryEntry).toBe('harbour-city-ledger');
    const bp = indicator(r, 'best-practices');
    expect(bp.status).toBe('present');
    expect(bp.reason).toContain('from the source registry');
    expect(bp.evidence.every((e) => e.source === 'registry')).toBe(true);
    expect(bp.evidence[0]?.field).toBe('sources[harbour-city-ledger].policyUrls.publishingPrinciples');
    expect(r.storyLinks).toBe(0);
  });

  it('warns when a registry is given but has no entry for the source', () => {
    const r = checkTrust({ story: makeStory({ source: 'reuters' }), enrichment: makeEnrichment(), registry });
    expect(r.registryEntry).toBeNull();
    expect(r.warnings).toContain('no source registry entry for "reuters"');
  });

  it('warns when the story names a different publisher than the registry entry', () => {
    const r = checkTrust({
      story: makeStory({
        source: 'efe',
        trust: { jsonld: [{ '@type': 'NewsMediaOrganization', name: 'Harbour City Ledger' }] },
      }),
      enrichment: makeEnrichment(),
      registry,
    });
    expect(r.warnings).toContain(
      'story names publisher "Harbour City Ledger" but the registry entry for "efe" is "Agencia EFE"',
    );
  });
});
