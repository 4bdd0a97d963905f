// Acceptance: the corpus wire story (EFE, Bali talks) gets the people, places, organisation and
// quote attributions an editor expects.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@newswire/testkit';
import { enrich } from '../src/index.ts';

const bodyText = readFileSync(corpusPath('wire-text', 'efe-bali-blinken-wang.txt'), 'utf8');
const result = enrich({ bodyText, language: 'en' });
const names = (type: string): string[] => result.entities.filter((e) => e.type === type).map((e) => e.name);

describe('wire story: Blinken and Wang in Bali', () => {
  it('names the five people in full and never a surname alone', () => {
    const people = names('person');
    for (const p of ['Antony Blinken', 'Wang Yi', 'Sergey Lavrov', 'Xi Jinping', 'Vladimir Putin'])
      expect(people).toContain(p);
    expect(people).not.toContain('Blinken');
    expect(people).not.toContain('Wang');
  });

  it('joins later surname-only mentions to the full name', () => {
    const blinken = result.entities.find((e) => e.name === 'Antony Blinken');
    expect(blinken?.mentions.filter((m) => m.text === 'Blinken').length).toBeGreaterThanOrEqual(5);
    const wang = result.entities.find((e) => e.name === 'Wang Yi');
    expect(wang?.mentions.some((m) => m.text === 'Wang')).toBe(true);
  });

  it('finds the places, with Beijing and Washington present as place or organisation', () => {
    const places = names('place');
    for (const p of ['Bali', 'Indonesia', 'Ukraine', 'Russia', 'China', 'Taiwan', 'Xinjiang'])
      expect(places).toContain(p);
    const placesOrOrgs = [...places, ...names('organisation')];
    expect(placesOrOrgs).toContain('Beijing');
    expect(placesOrOrgs).toContain('Washington');
  });

  it('has the G20 as an organisation', () => {
    expect(names('organisation')).toContain('G20');
  });

  it('attributes every direct quote of four or more words to Antony Blinken', () => {
    const long = result.quotes.filter(
      (q) => q.text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= 4,
    );
    expect(long.length).toBeGreaterThanOrEqual(8);
    for (const q of long)
      expect({ quote: q.text, speaker: q.speaker?.name }).toEqual({
        quote: q.text,
        speaker: 'Antony Blinken',
      });
  });

  it('keeps every offset consistent with bodyText and free of punctuation', () => {
    for (const e of result.entities) {
      for (const m of e.mentions) {
        expect(bodyText.slice(m.start, m.end)).toBe(m.text);
        expect(m.text).not.toMatch(/['’]s$|[.,;:!?”"]$/u);
      }
    }
    for (const q of result.quotes) expect(bodyText.slice(q.start, q.end)).toBe(q.text);
  });
});
