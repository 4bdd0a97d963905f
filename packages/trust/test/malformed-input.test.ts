// Bad input is reported as invalid evidence or a warning, never a crash, and never counted as evidence.
import { TrustReport } from '@newswire/contracts';
import { describe, expect, it } from 'vitest';
import { LIMITS, checkTrust } from '../src/index.ts';
import { fixture, fixtureJson, indicator, makeEnrichment, makeStory, statuses } from './make-story.ts';

const check = (story = makeStory()) => checkTrust({ story, enrichment: makeEnrichment() });
const jsonld = (...entries: unknown[]) => check(makeStory({ trust: { jsonld: entries } }));
const allEvidence = (r: TrustReport) => r.indicators.flatMap((i) => i.evidence);

describe('malformed JSON-LD', () => {
  const r = jsonld(fixture('malformed.jsonld.txt'));

  it('is reported, not thrown, and tied to the indicators it meant to carry', () => {
    expect(r.warnings[0]).toMatch(/^jsonld\[0\]: malformed JSON-LD/u);
    const bp = indicator(r, 'best-practices');
    expect(bp.status).toBe('missing');
    expect(bp.evidence).toEqual([
      expect.objectContaining({
        source: 'json-ld',
        field: 'jsonld[0]',
        valid: false,
        problem: expect.stringContaining('"correctionsPolicy"'),
      }),
    ]);
    expect(indicator(r, 'locally-sourced').evidence[0]?.problem).toContain('"dateline"');
    expect(indicator(r, 'type-of-work').evidence[0]?.problem).toContain('"ReportageNewsArticle"');
    expect(() => TrustReport.parse(r)).not.toThrow();
  });

  it('is reported when the string is too large to parse at all', () => {
    const huge = `{"@type":"NewsArticle","ethicsPolicy":"${'x'.repeat(LIMITS.jsonLdStringChars)}"}`;
    const big = jsonld(huge);
    expect(big.warnings[0]).toContain('JSON-LD string too large');
    expect(indicator(big, 'best-practices').evidence[0]?.value.length).toBeLessThan(300);
  });

  it('reports entries that are not objects', () => {
    const odd = jsonld(42, null, '"just a string"', []);
    expect(odd.warnings).toEqual([
      'jsonld[0]: not a JSON-LD object (a number)',
      'jsonld[1]: not a JSON-LD object (null)',
      'jsonld[2]: not a JSON-LD object (a string)',
    ]);
  });
});

describe('hostile values (bad schemes, wrong types, placeholders)', () => {
  const r = jsonld(fixtureJson('hostile.jsonld.json'));
  const problemOf = (field: string) => allEvidence(r).find((e) => e.field === field)?.problem;

  it('rejects every bad value with a reason, and counts none of them', () => {
    expect(problemOf('jsonld[0].backstory')).toBe(
      'unsupported URL scheme "javascript:" (only http and https)',
    );
    expect(problemOf('jsonld[0].citation[0]')).toBe('unsupported URL scheme "ftp:" (only http and https)');
    expect(problemOf('jsonld[0].citation[1]')).toBe('expected text, got null');
    expect(problemOf('jsonld[0].citation[2]')).toBe('expected text, got a boolean');
    expect(problemOf('jsonld[0].citation[3]')).toBe('unsupported URL scheme "data:" (only http and https)');
    expect(problemOf('jsonld[0].dateline')).toBe('expected text, got a number');
    expect(problemOf('jsonld[0].author[0].name')).toBe('expected text, got a number');
    expect(problemOf('jsonld[0].author[0].jobTitle[0]')).toBe('empty value');
    expect(problemOf('jsonld[0].author[0].sameAs')).toContain('"javascript:"');
    expect(problemOf('jsonld[0].author[1]')).toBe('URL carries credentials');
    expect(problemOf('jsonld[0].author[2]')).toBe('expected a Person, got a number');
    expect(problemOf('jsonld[0].publisher.ethicsPolicy')).toContain('"ftp:"');
    expect(problemOf('jsonld[0].publisher.correctionsPolicy')).toBe('not an absolute URL');
    expect(problemOf('jsonld[0].publisher.ownershipFundingInfo')).toBe('object has no url or @id');
    expect(problemOf('jsonld[0].publisher.missionCoveragePrioritiesPolicy[0]')).toBe(
      'placeholder URL (reserved domain example.com)',
    );
    expect(problemOf('jsonld[0].publisher.diversityPolicy')).toBe('expected a URL string, got a number');
    expect(problemOf('jsonld[0].publisher.actionableFeedbackPolicy')).toBe(
      'URL contains whitespace or control characters',
    );
    expect(problemOf('jsonld[0].publisher.masthead')).toBe('expected a URL string, got a boolean');
  });

  it('leaves only the genuinely valid evidence counting', () => {
    expect(statuses(r)).toEqual({
      'best-practices': 'missing',
      'journalist-expertise': 'missing',
      'type-of-work': 'present',
      'citations-and-references': 'missing',
      methods: 'missing',
      'locally-sourced': 'missing',
      'diverse-voices': 'missing',
      'actionable-feedback': 'missing',
    });
    expect(indicator(r, 'best-practices').reason).toContain('invalid values ignored');
    expect(r.storyLinks).toBe(0);
  });
});

describe('malformed type-of-work labels', () => {
  it('ignores non-string @type values and rejects a bad type-of-work ref', () => {
    const r = check(
      makeStory({
        trust: {
          indicators: [{ role: 'typeOfWork', value: 'javascript:alert(1)' }],
          jsonld: [{ '@type': [42, null, { name: 'OpinionNewsArticle' }], headline: 'x' }],
        },
      }),
    );
    const tow = indicator(r, 'type-of-work');
    expect(tow.status).toBe('missing');
    expect(tow.evidence).toEqual([
      expect.objectContaining({
        field: 'trustindicators[0]',
        valid: false,
        problem: expect.stringContaining('"javascript:"'),
      }),
    ]);
  });
});

describe('absurdly long values', () => {
  const long = 'a'.repeat(100 * 1024);

  it('rejects 100 KB URLs, texts, names and bylines, and echoes only a bounded prefix', () => {
    const r = check(
      makeStory({
        byline: long,
        dateline: long,
        trust: {
          labels: [`Conforms to The Trust Project criteria ${long}`],
          indicators: [{ role: 'correctionsPolicy', href: `https://harbourcityledger.news/${long}` }],
          jsonld: [
            {
              '@type': 'ReportageNewsArticle',
              backstory: long,
              author: { '@type': 'Person', name: long },
              publisher: {
                '@type': 'NewsMediaOrganization',
                ethicsPolicy: `https://harbourcityledger.news/${long}`,
              },
            },
          ],
        },
      }),
    );
    const invalid = allEvidence(r).filter((e) => !e.valid);
    expect(invalid.map((e) => e.field).sort()).toEqual(
      [
        'byline',
        'dateline',
        'jsonld[0].author.name',
        'jsonld[0].backstory',
        'jsonld[0].publisher.ethicsPolicy',
        'trustindicators[0]',
      ].sort(),
    );
    for (const e of invalid) {
      expect(e.problem).toMatch(/^value too long \(\d+ chars; limit \d+\)$/u);
      expect(e.value.length).toBeLessThan(LIMITS.shownChars + 30);
    }
    expect(r.labels[0]?.length).toBeLessThan(LIMITS.shownChars + 30);
    expect(r.claimsConformance).toBe(true);
    expect(JSON.stringify(r).length).toBeLessThan(20_000);
  });

  it('reads only the first values of huge arrays and says so', () => {
    const citation = Array.from({ length: 10_000 }, (_, i) => `https://harbourcityledger.news/source/${i}`);
    const r = jsonld({ '@type': 'ReportageNewsArticle', citation });
    expect(indicator(r, 'citations-and-references').evidence).toHaveLength(LIMITS.itemsPerProperty);
    expect(r.warnings).toContain(
      `jsonld[0].citation: 10000 values, only the first ${LIMITS.itemsPerProperty} read`,
    );
  });

  it('bounds the number of indicator refs and of warnings', () => {
    const refs = Array.from({ length: 1000 }, (_, i) => ({ role: `urn:unknown:${i}` }));
    const r = check(makeStory({ trust: { indicators: refs } }));
    expect(r.warnings[0]).toBe(`1000 trust indicator refs, only the first ${LIMITS.indicatorRefs} read`);
    expect(r.warnings.at(-1)).toBe(`${LIMITS.indicatorRefs - 5} more unknown trust indicator roles ignored`);
    expect(r.warnings.length).toBeLessThan(10);
  });
});

describe('deep, cyclic and odd structures', () => {
  it('survives 10,000-deep nesting as an object and 100,000-deep nesting as a JSON string', () => {
    let deep: Record<string, unknown> = {
      '@type': 'NewsMediaOrganization',
      ethicsPolicy: 'https://harbourcityledger.news/about/ethics',
    };
    for (let i = 0; i < 10_000; i++) deep = { '@type': 'NewsMediaOrganization', publisher: deep };
    const article = { '@type': 'ReportageNewsArticle', publisher: deep };
    const depth = 100_000;
    const text = `${'{"@type":"ReportageNewsArticle","publisher":'.repeat(depth)}{}${'}'.repeat(depth)}`;
    const r = jsonld(article, text);
    // Only the article's direct publisher is read; the nested chain is never walked.
    expect(indicator(r, 'best-practices').status).toBe('missing');
    expect(indicator(r, 'type-of-work').status).toBe('present');
  });

  it('stops at nested @graph levels', () => {
    let graph: Record<string, unknown> = { '@type': 'ReportageNewsArticle', dateline: 'PORT ELLIS' };
    for (let i = 0; i < 100; i++) graph = { '@graph': [graph] };
    const r = jsonld(graph);
    expect(r.warnings.some((w) => w.includes('nested deeper than'))).toBe(true);
    expect(indicator(r, 'locally-sourced').status).toBe('missing');
  });

  it('terminates on cyclic objects and on @id reference cycles', () => {
    const cyclic: Record<string, unknown> = { '@type': 'ReportageNewsArticle', '@id': '#a' };
    cyclic['publisher'] = cyclic;
    cyclic['author'] = [cyclic, { '@id': '#a' }];
    cyclic['@graph'] = [cyclic];
    const r = jsonld(cyclic, {
      '@graph': [{ '@id': '#b', '@type': 'NewsArticle', publisher: { '@id': '#b' } }],
    });
    expect(r.indicators).toHaveLength(8);
    expect(indicator(r, 'type-of-work').status).toBe('present');
  });

  it('does not read inherited or __proto__ members as data', () => {
    const r = jsonld('{"@type":"ReportageNewsArticle","__proto__":{"backstory":"We rode every ferry."}}');
    expect(indicator(r, 'methods').evidence).toEqual([]);
    expect(({} as Record<string, unknown>)['backstory']).toBeUndefined();
  });

  it('returns a report, with a warning, even when reading the input throws', () => {
    const trap = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
        get() {
          throw new Error('boom');
        },
      },
    );
    const r = check(
      makeStory({ trust: { labels: ['Conforms to The Trust Project criteria'], jsonld: [trap] } }),
    );
    expect(r.warnings[0]).toBe('trust check failed, indicators not evaluated: boom');
    expect(r.indicators).toHaveLength(8);
    expect(r.flagged).toBe(true);
  });
});
