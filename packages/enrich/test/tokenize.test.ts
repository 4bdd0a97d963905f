// The hand-written tokenizer cuts text exactly where the regular expression it replaced did
// (that expression stays here as the specification), on examples written for this test.
import { describe, expect, it } from 'vitest';
import { joinPossessiveBrands, tokenize } from '../src/tokenize.ts';

const SPEC =
  /((?:\p{L}\.){2,})|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?)|(["“”„«»‘’'`])|\S/gu;

/** Token texts and kinds by the specification, possessives split as the tokenizer does. */
const bySpec = (text: string): string[] =>
  [...text.matchAll(SPEC)].flatMap((m) => {
    if (m[1] !== undefined) return [`word:${m[0]}`];
    if (m[2] !== undefined) {
      const poss = /^(.+?)(['’][sS])$/u.exec(m[0]);
      if (poss?.[1] && m[0].length > 2 && !/^(?:it|he|she|that|what|there|here|let|who)$/iu.test(poss[1]))
        return [`word:${poss[1]}`, `poss:${poss[2]}`];
      return [`word:${m[0]}`];
    }
    if (m[3] !== undefined) return [`num:${m[0]}`];
    if (m[4] !== undefined) return [`quote:${m[0]}`];
    return [`punct:${m[0]}`];
  });

const examples = [
  'The U.S. and U.K. met in Washington D.C. on 12:30, e.g. at 3.5bn or 2,000,000 1/2 votes.',
  "O'Brien's dog, it's Jo’s and McDonald's; rock'n'roll AT&T R&D x-ray T-shirt U.S.A. A.Bc. U.S",
  '“Quoted,” she said. ‘Single’ «guillemets» „low“ `tick` "straight" \'single\'',
  'Emoji 🎉 Helena 👩🏽‍🚀 said; 𝐀𝐁 letters 𝟏𝟐 digits; lone \ud800 and \udfff surrogates',
  'Décomposé cafe\u0301 \u0301mark Ǆemal ǅ İstanbul ſhe’s ΣΑΣ Ⅷ ① ٣٤ ²³x 9th 1990s',
  'tabs\tand\u00a0nbsp\u2003em\u3000ideographic\u2028line\u2029para\ufeffbom',
  'Mr. Mrs. Dr. St. ... -- — … !? ((( ))) a.b.c. 1.2.3 1..2 a-b-c- -a',
];

describe('tokenize', () => {
  it('cuts every example where the regular expression does', () => {
    for (const text of examples) {
      const got = tokenize(text).map((t) => `${t.kind}:${t.text}`);
      expect(got).toEqual(bySpec(text));
    }
  });

  it('keeps offsets, lower case and capitalization consistent with the text', () => {
    for (const text of examples) {
      for (const t of tokenize(text)) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        // (a curly apostrophe lower-cases to a straight one since enrich 1.23.445)
        expect(t.lower).toBe(t.text.toLowerCase().replaceAll('’', "'"));
      }
    }
    const [first, second] = tokenize('Éire ébène');
    expect(first?.cap).toBe(true);
    expect(second?.cap).toBe(false);
  });
});

describe('joinPossessiveBrands (enrich 1.23.356)', () => {
  it("joins a business's possessive name into one word, keeping offsets, but not after a given name", () => {
    const text = "McDonald's and Sotheby’s gained; Ronald McDonald's hat did not.";
    const got = joinPossessiveBrands(tokenize(text));
    expect(got.map((t) => `${t.kind}:${t.text}`).slice(0, 3)).toEqual([
      "word:McDonald's",
      'word:and',
      'word:Sotheby’s',
    ]);
    expect(got.some((t) => t.kind === 'poss' && t.start === text.indexOf("'s hat"))).toBe(true);
    for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
