import { TrustReport } from '@newswire/contracts';
import { describe, expect, it } from 'vitest';
import { checkTrust } from '../src/index.ts';
import { fixtureJson, indicator, makeEnrichment, makeStory, quote, statuses } from './make-story.ts';

const check = (story = makeStory(), enrichment = makeEnrichment()) => checkTrust({ story, enrichment });

describe('checkTrust: Trust Project schema.org markup carried with the story', () => {
  const report = check(makeStory({ trust: { jsonld: [fixtureJson('full-article.jsonld.json')] } }));

  it('reports all eight indicators present, in the fixed order, and a backed claim', () => {
    expect(report.indicators.map((r) => r.indicator)).toEqual([
      'best-practices',
      'journalist-expertise',
      'type-of-work',
      'citations-and-references',
      'methods',
      'locally-sourced',
      'diverse-voices',
      'actionable-feedback',
    ]);
    expect(new Set(Object.values(statuses(report)))).toEqual(new Set(['present']));
    expect(report.claimsConformance).toBe(true);
    expect(report.claimBacked).toBe(true);
    expect(report.flagged).toBe(false);
    expect(report.action).toBe('pass');
    expect(report.claimEvidence?.[0]).toMatchObject({
      source: 'json-ld',
      field: 'jsonld[0].publisher.memberOf',
    });
    expect(() => TrustReport.parse(report)).not.toThrow();
  });

  it('names where each piece of evidence was found', () => {
    const bp = indicator(report, 'best-practices');
    expect(bp.evidence).toContainEqual(
      expect.objectContaining({
        source: 'json-ld',
        field: 'jsonld[0].publisher.correctionsPolicy',
        value: 'https://harbourcityledger.news/about/corrections',
        valid: true,
      }),
    );
    expect(bp.reason).toContain('carries 1 correction');
    expect(indicator(report, 'journalist-expertise').reason).toContain('Mara Okonjo');
    expect(indicator(report, 'type-of-work').reason).toContain('ReportageNewsArticle');
    expect(indicator(report, 'citations-and-references').reason).toContain('2 citations');
    expect(indicator(report, 'locally-sourced').reason).toContain('PORT ELLIS, March 3');
    expect(indicator(report, 'actionable-feedback').evidence[0]?.value).toBe(
      'https://harbourcityledger.news/about/feedback',
    );
  });

  it('follows @graph and @id references to the publisher and the author', () => {
    const r = check(makeStory({ trust: { jsonld: [fixtureJson('graph-article.jsonld.json')] } }));
    expect(statuses(r)).toEqual({
      'best-practices': 'present',
      'journalist-expertise': 'present',
      'type-of-work': 'present',
      'citations-and-references': 'missing',
      methods: 'missing',
      'locally-sourced': 'missing',
      'diverse-voices': 'partial',
      'actionable-feedback': 'missing',
    });
    expect(indicator(r, 'journalist-expertise').reason).toContain('Tomás Ferreira');
    expect(indicator(r, 'methods').reason).toContain('analysis/background work without a backstory');
    expect(r.claimsConformance).toBe(false);
    expect(r.flagged).toBe(false);
  });

  it('treats blank policy values as declared-but-empty: listed as invalid, never counted', () => {
    const r = check(makeStory({ trust: { jsonld: [fixtureJson('publisher-blank-policies.jsonld.json')] } }));
    const bp = indicator(r, 'best-practices');
    expect(bp.status).toBe('partial');
    expect(bp.reason).toContain('no corrections policy');
    expect(bp.reason).toContain('no ownership and funding');
    expect(bp.evidence).toContainEqual(
      expect.objectContaining({
        field: 'jsonld[0].correctionsPolicy',
        valid: false,
        problem: 'empty value (no policy declared)',
      }),
    );
    expect(indicator(r, 'diverse-voices').status).toBe('missing');
    expect(indicator(r, 'actionable-feedback').evidence[0]?.valid).toBe(false);
  });
});

describe('checkTrust: a story that carries nothing', () => {
  const report = check(makeStory({ format: 'text', source: 'wire' }));

  it('reports every applicable indicator missing, and methods not applicable to a short item', () => {
    expect(statuses(report)).toEqual({
      'best-practices': 'missing',
      'journalist-expertise': 'missing',
      'type-of-work': 'missing',
      'citations-and-references': 'missing',
      methods: 'not-applicable',
      'locally-sourced': 'missing',
      'diverse-voices': 'missing',
      'actionable-feedback': 'missing',
    });
    expect(report.indicators.every((r) => r.reason.length > 0 && r.evidence.length === 0)).toBe(true);
  });

  it('does not flag a story that makes no claim, and passes it', () => {
    expect(report.claimsConformance).toBe(false);
    expect(report.claimBacked).toBe(false);
    expect(report.flagged).toBe(false);
    expect(report.policy).toBe('annotate');
    expect(report.action).toBe('pass');
    expect(report.storyLinks).toBe(0);
  });
});

describe('checkTrust: conformance claims', () => {
  it('flags the plain-text label when the indicators are not there', () => {
    const r = check(makeStory({ trust: { labels: ['Conforms to The Trust Project criteria'] } }));
    expect(r.claimsConformance).toBe(true);
    expect(r.claimBacked).toBe(false);
    expect(r.flagged).toBe(true);
    expect(r.labels).toEqual(['Conforms to The Trust Project criteria']);
    expect(r.claimEvidence).toEqual([
      expect.objectContaining({
        source: 'label',
        field: 'labels[0]',
        value: 'Conforms to The Trust Project criteria',
      }),
    ]);
    expect(r.warnings).toContain('claims Trust Project conformance but carries no trust links of its own');
    expect(r.warnings.find((w) => w.startsWith('conformance claim not backed'))).toContain(
      'best-practices missing',
    );
  });

  it('does not read a negative statement as a claim', () => {
    const r = check(
      makeStory({ trust: { labels: ['This story does not conform to The Trust Project criteria'] } }),
    );
    expect(r.claimsConformance).toBe(false);
    expect(r.warnings[0]).toContain('without claiming conformance');
  });

  it('takes a trust indicator pointing at The Trust Project as a claim', () => {
    const r = check(
      makeStory({
        trust: {
          indicators: [
            { role: 'http://cv.iptc.org/newscodes/trustindicator/award', title: 'The Trust Project member' },
          ],
        },
      }),
    );
    expect(r.claimsConformance).toBe(true);
    expect(r.claimEvidence?.[0]).toMatchObject({ source: 'ninjs', field: 'trustindicators[0]' });
  });
});

describe('checkTrust: ninjs / NewsML-G2 / NITF trust indicators', () => {
  const refs = fixtureJson('ninjs-trustindicators.json') as Array<{
    role: string;
    href?: string;
    title?: string;
  }>;

  it('reads IPTC role URIs, QCodes and schema.org roles into the right indicators', () => {
    const r = check(makeStory({ byline: 'Mara Okonjo', trust: { indicators: refs } }));
    expect(indicator(r, 'best-practices').status).toBe('present');
    expect(indicator(r, 'journalist-expertise').status).toBe('present');
    expect(indicator(r, 'diverse-voices').status).toBe('present');
    expect(indicator(r, 'actionable-feedback').status).toBe('present');
    expect(indicator(r, 'best-practices').evidence).toContainEqual(
      expect.objectContaining({
        source: 'ninjs',
        field: 'trustindicators[1]',
        title: 'How we correct errors',
        valid: true,
      }),
    );
    expect(r.storyLinks).toBe(7);
  });

  it('rejects a javascript: href and warns about roles it does not know', () => {
    const r = check(makeStory({ trust: { indicators: refs } }));
    expect(indicator(r, 'best-practices').evidence).toContainEqual(
      expect.objectContaining({
        field: 'trustindicators[7]',
        valid: false,
        problem: 'unsupported URL scheme "javascript:" (only http and https)',
      }),
    );
    expect(r.warnings).toContain(
      'trustindicators[8]: unknown trust indicator role "http://cv.iptc.org/newscodes/trustindicator/award" ignored',
    );
  });

  it('understands Trust Project indicator names as roles, in the spellings G2 links and NITF metas use', () => {
    const r = check(
      makeStory({
        format: 'newsml-g2',
        trust: {
          indicators: [
            { role: 'trust:bestPractices', href: 'https://harbourcityledger.news/about/standards' },
            {
              role: 'trust-indicator:diverse-voices',
              href: 'https://harbourcityledger.news/about/diversity',
            },
            {
              role: 'https://thetrustproject.org/trust-indicators#methods',
              value: 'We rode every ferry route for six weeks.',
            },
            { role: 'trust', href: 'https://harbourcityledger.news/about' },
          ],
        },
      }),
    );
    expect(indicator(r, 'best-practices')).toMatchObject({
      status: 'partial',
      evidence: [{ source: 'newsml-g2', field: 'indicators[0]' }],
    });
    expect(indicator(r, 'diverse-voices').status).toBe('present');
    expect(indicator(r, 'methods').status).toBe('present');
    expect(r.warnings).toContain('indicators[3]: unknown trust indicator role "trust" ignored');
  });

  it('labels NewsML-G2 and NITF evidence with their format', () => {
    const g2 = check(makeStory({ format: 'newsml-g2', trust: { indicators: refs.slice(0, 1) } }));
    expect(indicator(g2, 'best-practices').evidence[0]).toMatchObject({
      source: 'newsml-g2',
      field: 'indicators[0]',
    });
    const nitf = check(
      makeStory({ format: 'nitf', trust: { indicators: [{ role: 'dateline', value: 'PORT ELLIS' }] } }),
    );
    expect(indicator(nitf, 'locally-sourced')).toMatchObject({
      status: 'present',
      evidence: [{ source: 'nitf', value: 'PORT ELLIS' }],
    });
  });
});

describe('checkTrust: indicator rules from story fields, copy and enrichment', () => {
  it('locally sourced: a dateline field, a located place, or a dateline in the copy', () => {
    expect(indicator(check(makeStory({ dateline: 'PORT ELLIS, March 3' })), 'locally-sourced').status).toBe(
      'present',
    );
    expect(indicator(check(makeStory({ located: { name: 'Port Ellis' } })), 'locally-sourced').status).toBe(
      'present',
    );
    const copy = check(
      makeStory({
        format: 'text',
        paragraphs: ['PORT ELLIS, March 3 (HCL) — The harbour ferry operator will raise fares.'],
      }),
    );
    expect(indicator(copy, 'locally-sourced').evidence[0]).toMatchObject({
      source: 'copy',
      value: 'PORT ELLIS, March 3 (HCL) —',
    });
    const efeStyle = check(
      makeStory({
        format: 'text',
        paragraphs: ['Nusa Dua (Indonesia), 9 jul (EFE).- El jefe de la diplomacia.'],
      }),
    );
    expect(indicator(efeStyle, 'locally-sourced').status).toBe('present');
    const plain = check(
      makeStory({ format: 'text', paragraphs: ['The operator (HCL) said fares will rise - slightly.'] }),
    );
    expect(indicator(plain, 'locally-sourced').status).toBe('missing');
  });

  it('locally sourced is partial when only the subject place (contentLocation) is given', () => {
    const r = check(
      makeStory({
        trust: {
          jsonld: [{ '@type': 'NewsArticle', contentLocation: { '@type': 'Place', name: 'Port Ellis' } }],
        },
      }),
    );
    expect(indicator(r, 'locally-sourced').status).toBe('partial');
  });

  it('type of work: a Trust Project label, an IPTC genre that maps to one, or only a generic type', () => {
    const genre = check(
      makeStory({ genres: [{ name: 'Analysis', uri: 'http://cv.iptc.org/newscodes/genre/Analysis' }] }),
    );
    expect(indicator(genre, 'type-of-work')).toMatchObject({
      status: 'present',
      reason: 'labelled AnalysisNewsArticle',
    });
    const interview = check(makeStory({ genres: [{ name: 'Interview', code: 'genre:Interview' }] }));
    expect(indicator(interview, 'type-of-work').status).toBe('partial');
    const generic = check(makeStory({ trust: { jsonld: [{ '@type': 'NewsArticle' }] } }));
    expect(indicator(generic, 'type-of-work').status).toBe('partial');
    const mixed = check(
      makeStory({ trust: { jsonld: [{ '@type': ['ReportageNewsArticle', 'AdvertiserContentArticle'] }] } }),
    );
    expect(indicator(mixed, 'type-of-work').reason).toContain('conflicting labels');
  });

  it('citations: an attributed quote counts; unattributed quotes alone are partial', () => {
    const attributed = check(
      makeStory(),
      makeEnrichment([quote('Fares must rise', 'Ana Lima'), quote('We will see', null)]),
    );
    expect(indicator(attributed, 'citations-and-references')).toMatchObject({
      status: 'present',
      evidence: [{ source: 'enrichment', field: 'quotes[0].speaker', value: 'Ana Lima' }],
    });
    const anonymous = check(makeStory(), makeEnrichment([quote('We will see', null)]));
    expect(indicator(anonymous, 'citations-and-references').status).toBe('partial');
  });

  it('methods: not applicable to short reportage, missing for in-depth work without a backstory', () => {
    const long = makeStory({ paragraphs: [Array.from({ length: 900 }, () => 'word').join(' ')] });
    expect(indicator(check(long), 'methods')).toMatchObject({
      status: 'missing',
      reason: 'in-depth work (900 words) without a backstory',
    });
    const withBackstory = makeStory({
      paragraphs: long.paragraphs,
      trust: {
        jsonld: [
          { '@type': 'ReportageNewsArticle', backstory: 'We spent six weeks riding every ferry route.' },
        ],
      },
    });
    expect(indicator(check(withBackstory), 'methods').status).toBe('present');
  });

  it('journalist expertise: a bare byline is partial; unbylined work is not applicable under a noBylinesPolicy', () => {
    expect(indicator(check(makeStory({ byline: 'By Mara Okonjo' })), 'journalist-expertise')).toMatchObject({
      status: 'partial',
      evidence: [{ field: 'byline', value: 'By Mara Okonjo' }],
    });
    const unbylined = makeStory({
      trust: {
        jsonld: [
          {
            '@type': 'ReportageNewsArticle',
            author: { '@type': 'NewsMediaOrganization', name: 'Harbour City Ledger' },
            publisher: {
              '@type': 'NewsMediaOrganization',
              noBylinesPolicy: 'https://harbourcityledger.news/about/bylines',
            },
          },
        ],
      },
    });
    const r = check(unbylined);
    expect(indicator(r, 'journalist-expertise').status).toBe('not-applicable');
    expect(indicator(r, 'journalist-expertise').reason).toContain('credited to Harbour City Ledger');
    const noPolicy = check(
      makeStory({
        trust: { jsonld: [{ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'HCL' } }] },
      }),
    );
    expect(indicator(noPolicy, 'journalist-expertise').status).toBe('missing');
  });
});
