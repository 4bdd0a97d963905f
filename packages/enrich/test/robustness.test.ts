// enrich() never throws, is deterministic and keeps offsets valid on odd input.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Enrichment } from '@newswire/contracts';
import { corpusPath } from '@newswire/testkit';
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

/** A quotation's span as its text reads: a paragraph break and the mark reopening it are a space. */
const asRead = (span: string): string => span.replace(/\s*\n\s*["“„«]/gu, ' ');

describe('robustness', () => {
  it('returns a valid enrichment for odd strings without throwing', () => {
    for (const bodyText of odd) {
      const r = enrich({ bodyText });
      expect(Enrichment.safeParse(r).success).toBe(true);
      for (const e of r.entities)
        for (const m of e.mentions) expect(bodyText.slice(m.start, m.end)).toBe(m.text);
      for (const q of r.quotes) expect(asRead(bodyText.slice(q.start, q.end))).toBe(q.text);
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

  it('still runs for languages that capitalize only names', () => {
    const r = enrich({ bodyText: 'Le président Emmanuel Macron a visité Berlin.', language: 'fr' });
    expect(Enrichment.safeParse(r).success).toBe(true);
    expect(r.entities.map((e) => e.name)).toEqual(['Emmanuel Macron', 'Berlin']);
  });

  it('enriches nothing in a language that capitalizes every noun (German)', () => {
    const bodyText =
      'Der Schiedsrichter sah die Szene auf dem Bildschirm. Die Entscheidung blieb umstritten.';
    expect(enrich({ bodyText, language: 'de-DE' })).toEqual({ schemaVersion: 1, entities: [], quotes: [] });
    expect(enrich({ bodyText, language: 'en' }).entities.length).toBeGreaterThan(0);
  });

  it('has a version', () => {
    expect(ENRICH_VERSION).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});

describe('robustness on cut and damaged news copy', () => {
  // Real stories cut at arbitrary points and damaged in seeded, repeatable ways: quotes and names
  // broken mid-way are what a truncated or garbled feed delivers. enrich() has no catch-all, so a
  // throw here is a bug the workers would dead-letter.
  const texts = readdirSync(corpusPath('gum-wikinews', 'text'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(corpusPath('gum-wikinews', 'text', f), 'utf8'));
  let seed = 20261128;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const junk = [
    '"',
    '“',
    '”',
    "'",
    '’',
    '\n',
    '\n\n',
    ' ',
    '.',
    ',',
    '(',
    ')',
    '—',
    '-',
    'A',
    'É',
    '🎉',
    '\ud800',
  ];

  it('returns valid offsets for 600 cut and damaged stories', () => {
    expect(texts.length).toBeGreaterThan(5);
    for (let i = 0; i < 600; i++) {
      const t = texts[rand(texts.length)] ?? '';
      const a = rand(t.length);
      let s = t.slice(a, a + 1 + rand(1500));
      for (let k = rand(6); k > 0; k--) {
        const at = rand(s.length + 1);
        s = s.slice(0, at) + (junk[rand(junk.length)] ?? '') + s.slice(at + rand(3));
      }
      const r = enrich({ bodyText: s });
      expect(Enrichment.safeParse(r).success).toBe(true);
      for (const e of r.entities) for (const m of e.mentions) expect(s.slice(m.start, m.end)).toBe(m.text);
      for (const q of r.quotes) expect(asRead(s.slice(q.start, q.end))).toBe(q.text);
    }
  });
});
