import type { TrustReport } from '@newswire/contracts';
import { describe, expect, it } from 'vitest';
import { checkTrust, trustIndicatorsForNinjs } from '../src/index.ts';
import { fixtureJson, makeEnrichment, makeStory } from './make-story.ts';

const IPTC = 'http://cv.iptc.org/newscodes/trustindicator/';
const reportFor = (
  jsonld: unknown[],
  indicators: Array<{ role: string; href?: string; title?: string }> = [],
) => checkTrust({ story: makeStory({ trust: { jsonld, indicators } }), enrichment: makeEnrichment() });

describe('trustIndicatorsForNinjs', () => {
  const full = trustIndicatorsForNinjs(reportFor([fixtureJson('full-article.jsonld.json')]));

  it('renders verified policy links under IPTC roles, schema.org roles where IPTC has no code', () => {
    expect(full).toContainEqual({
      role: `${IPTC}correctionsPolicy`,
      title: 'Corrections policy',
      href: 'https://harbourcityledger.news/about/corrections',
    });
    expect(full).toContainEqual(
      expect.objectContaining({
        role: `${IPTC}editorialPolicy`,
        href: 'https://harbourcityledger.news/about/standards',
      }),
    );
    expect(full).toContainEqual(expect.objectContaining({ role: `${IPTC}factCheckingPolicy` }));
    expect(full).toContainEqual(expect.objectContaining({ role: `${IPTC}coveragePolicy` }));
    expect(full).toContainEqual(expect.objectContaining({ role: `${IPTC}editorialDiversityPolicy` }));
    expect(full).toContainEqual(expect.objectContaining({ role: `${IPTC}feedbackPolicy` }));
    expect(full).toContainEqual(expect.objectContaining({ role: 'https://schema.org/ownershipFundingInfo' }));
    expect(full).toContainEqual(expect.objectContaining({ role: 'https://schema.org/masthead' }));
    expect(full).toContainEqual({
      role: `${IPTC}journalistInfo`,
      title: 'About the journalist',
      href: 'https://harbourcityledger.news/staff/mara-okonjo',
    });
  });

  it('renders links only, each once, never text evidence such as the backstory or the dateline', () => {
    expect(full.every((t) => /^https?:\/\//u.test(t.href))).toBe(true);
    expect(new Set(full.map((t) => `${t.role} ${t.href}`)).size).toBe(full.length);
    expect(full.some((t) => t.role.endsWith('backstory'))).toBe(false);
    // the twelve publisher-level policies and the author's profile link
    expect(full).toHaveLength(13);
  });

  it('keeps the title a ninjs producer gave', () => {
    const refs = fixtureJson('ninjs-trustindicators.json') as Array<{
      role: string;
      href?: string;
      title?: string;
    }>;
    const out = trustIndicatorsForNinjs(reportFor([], refs));
    expect(out).toContainEqual({
      role: `${IPTC}correctionsPolicy`,
      title: 'How we correct errors',
      href: 'https://harbourcityledger.news/about/corrections',
    });
    expect(out.some((t) => t.href.startsWith('javascript:'))).toBe(false);
  });

  it('renders nothing from indicators that are only partial', () => {
    const out = trustIndicatorsForNinjs(reportFor([fixtureJson('publisher-blank-policies.jsonld.json')]));
    expect(out).toEqual([]);
  });

  it('re-checks links, so a tampered report cannot smuggle a javascript: href into ninjs', () => {
    const tampered: TrustReport = {
      ...reportFor([fixtureJson('full-article.jsonld.json')]),
      indicators: [
        {
          indicator: 'actionable-feedback',
          status: 'present',
          reason: 'tampered',
          evidence: [
            {
              source: 'json-ld',
              field: 'x',
              value: 'javascript:alert(1)',
              valid: true,
              role: `${IPTC}feedbackPolicy`,
            },
          ],
        },
      ],
    };
    expect(trustIndicatorsForNinjs(tampered)).toEqual([]);
  });
});
