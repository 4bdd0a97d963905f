// enrich() never throws, is deterministic and keeps offsets valid on odd input.
import { describe, expect, it } from 'vitest';
import { Enrichment } from '@newswire/contracts';
import { enrich, ENRICH_VERSION } from '../src/index.ts';

const odd = [
  '',
  '   \n\n  ',
  '"',
  '“unclosed quote that never ends',
  '”’‘“ "" \'\' ‘’',
  'A. B. C. D. E.',
  '\u0000\u0001\ud800 lone surrogate \udfff',
  'Emoji 🎉 Helena Markovic 👩🏽‍🚀 said “hi there my friends” today.',
  'ÁRBOL Ñandú Ångström Øresund Łódź İstanbul',
  'مرحبا بالعالم ٢٠٢٤',
  '中文新闻：习近平在北京会见。',
  'Mr. Mrs. Dr. St. U.S. D.C.',
  'The The The The The The',
  '((((((((((((((((((((',
];

describe('robustness', () => {
  it('returns a valid enrichment for odd strings without throwing', () => {
    for (const bodyText of odd) {
      const r = enrich({ bodyText });
      expect(Enrichment.safeParse(r).success).toBe(true);
      for (const e of r.entities)
        for (const m of e.mentions) expect(bodyText.slice(m.start, m.end)).toBe(m.text);
      for (const q of r.quotes) expect(bodyText.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('survives a huge story', () => {
    const para = '“We will rebuild the harbour,” said Helena Markovic in Lisbon. ';
    const bodyText = para.repeat(20_000);
    const r = enrich({ bodyText });
    expect(r.schemaVersion).toBe(1);
    expect(r.entities.length).toBeGreaterThan(0);
  });

  it('tolerates input that is not a string at run time', () => {
    const r = enrich({ bodyText: undefined as unknown as string });
    expect(r).toEqual({ schemaVersion: 1, entities: [], quotes: [] });
  });

  it('is deterministic', () => {
    const bodyText =
      'Helena Markovic met Tomas Berg in Lisbon. “It went well,” Markovic said after the talks.';
    expect(JSON.stringify(enrich({ bodyText }))).toBe(JSON.stringify(enrich({ bodyText })));
  });

  it('still runs for other languages', () => {
    const r = enrich({ bodyText: 'Le président Emmanuel Macron a visité Berlin.', language: 'fr' });
    expect(Enrichment.safeParse(r).success).toBe(true);
  });

  it('has a version', () => {
    expect(ENRICH_VERSION).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});
