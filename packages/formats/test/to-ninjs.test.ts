import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TrustReport } from '@newswire/contracts';
import type { Entity, NormalizedStory, Quote } from '@newswire/contracts';
import { corpusPath } from '@newswire/testkit';
import { NINJS_QUOTES_PROPERTY, toNinjs, validateNinjs } from '../src/index.ts';
import { anpaMessage, iptc7901Message } from './fixtures/wire-fixtures.ts';
import { corpusBytes, parseBytes } from './helpers.ts';

/** Every story the corpus and our fixtures yield, across all formats. */
const allStories = (): NormalizedStory[] => {
  const out: NormalizedStory[] = [];
  const tryParse = (bytes: Uint8Array): void => {
    try {
      out.push(parseBytes(bytes));
    } catch {
      // rejected inputs are covered by the format tests
    }
  };
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(xml|json|txt)$/u.test(e.name) && !/schema|xsd/iu.test(e.name))
        tryParse(corpusBytes(path.relative(corpusPath(), p)));
    }
  };
  for (const d of [
    'wire-text',
    'iptc-ninjs/examples',
    'iptc-newsml-g2/examples',
    'nitf-edge-cases',
    'gum-wikinews/text',
  ])
    walk(corpusPath(d));
  out.push(parseBytes(anpaMessage()), parseBytes(iptc7901Message()));
  return out;
};

describe('ninjs 2.1 rendering', () => {
  const stories = allStories();

  it('covers every format', () => {
    expect(new Set(stories.map((s) => s.format))).toEqual(
      new Set(['text', 'ninjs', 'nitf', 'newsml-g2', 'newsml-1', 'anpa1312', 'iptc7901']),
    );
    expect(stories.length).toBeGreaterThan(80);
  });

  it('every normalized story renders to a document valid against ninjs-schema_2.1.json', () => {
    for (const story of stories) {
      const doc = toNinjs({ story });
      const r = validateNinjs(doc, '2.1');
      expect(r.errors, `${story.format} ${story.uri}`).toEqual([]);
      expect(r.valid).toBe(true);
      expect(doc['bodies']).toEqual([expect.objectContaining({ value: story.bodyText })]);
    }
  });

  it('carries id, version, pubstatus and headline as ninjs reads them', () => {
    const kill = parseBytes(anpaMessage({ slugNote: 'KILL' }));
    const doc = toNinjs({ story: kill });
    expect(doc['pubstatus']).toBe('canceled');
    expect(doc['version']).toBe('1');
    expect(doc['headlines']).toEqual([{ role: 'main', value: kill.headline }]);
    expect(doc['uri']).toBe(kill.uri);
  });

  it('renders entities as people/organisations/places, quotes under the extension, present trust indicators with web evidence', () => {
    const story = parseBytes(corpusBytes('wire-text', 'efe-bali-blinken-wang.txt'));
    const entities: Entity[] = [
      { type: 'person', name: 'Antony Blinken', confidence: 0.9, mentions: [] },
      { type: 'organisation', name: 'G20', confidence: 0.8, mentions: [] },
      { type: 'place', name: 'Bali', confidence: 0.9, mentions: [] },
    ];
    const quotes: Quote[] = [
      { text: 'Our goal is clear', start: 10, end: 27, speaker: { name: 'Antony Blinken' }, cue: 'said' },
    ];
    const trust = TrustReport.parse({
      schemaVersion: 1,
      claimsConformance: true,
      claimBacked: false,
      flagged: true,
      labels: story.trust.labels,
      indicators: [
        {
          indicator: 'best-practices',
          status: 'present',
          reason: 'r',
          evidence: [
            {
              source: 'json-ld',
              field: 'publishingPrinciples',
              value: 'https://www.efe.com/principles',
              role: 'http://cv.iptc.org/newscodes/trustindicator/editorialPolicy',
              title: 'Publishing principles',
            },
          ],
        },
        {
          indicator: 'methods',
          status: 'present',
          reason: 'r',
          evidence: [{ source: 'label', field: 'label', value: 'Conforms to The Trust Project criteria' }],
        },
        { indicator: 'journalist-expertise', status: 'missing', reason: 'r', evidence: [] },
      ],
    });
    const doc = toNinjs({ story, entities, quotes, trust });
    expect(doc['people']).toEqual([{ name: 'Antony Blinken', rel: 'mentioned' }]);
    expect(doc['organisations']).toEqual([{ name: 'G20', rel: 'mentioned' }]);
    expect(doc['places']).toEqual([{ name: 'Bali', rel: 'mentioned' }]);
    expect(doc[NINJS_QUOTES_PROPERTY]).toEqual([
      { text: 'Our goal is clear', start: 10, end: 27, speaker: 'Antony Blinken', cue: 'said' },
    ]);
    expect(doc['trustindicators']).toEqual([
      {
        role: 'http://cv.iptc.org/newscodes/trustindicator/editorialPolicy',
        title: 'Publishing principles',
        href: 'https://www.efe.com/principles',
      },
    ]);
    const r = validateNinjs(doc, '2.1');
    expect(r.errors).toEqual([]);
    // Without the extension property the official schema refuses unknown properties.
    expect(validateNinjs({ ...doc, [NINJS_QUOTES_PROPERTY]: undefined, other_ext: 1 }, '2.1').valid).toBe(
      false,
    );
  });
});
