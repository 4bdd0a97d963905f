// Tokens with offsets into the text and sentence boundaries, by regular expression. Possessive
// 's and curly apostrophes are split off names; quote marks are their own tokens. No tagging.
import { ABBREVIATIONS, FUNCTION_WORDS } from './curated.ts';

export type TokenKind = 'word' | 'num' | 'punct' | 'quote' | 'poss';

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** Paragraph index (paragraphs are separated by a line break). */
  paragraph: number;
  /** First word of a sentence, or right after an opening quote mark or colon: capitalization says little. */
  initial: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Token index range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly paragraph: number;
}

// Dotted abbreviations (U.S., D.C.), words with inner apostrophes, hyphens, dots or ampersands,
// numbers, quote marks, any other single character.
const TOKEN_RE =
  /((?:\p{L}\.){2,})|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?)|(["“”„«»‘’'`])|\S/gu;

const POSSESSIVE_RE = /^(.+?)(['’][sS])$/u;

const isUpper = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

const makeToken = (text: string, start: number, kind: TokenKind): Token => ({
  text,
  lower: text.toLowerCase(),
  start,
  end: start + text.length,
  kind,
  cap: kind === 'word' && isUpper(text.charAt(0)),
  sentence: 0,
  paragraph: 0,
  initial: false,
});

export const tokenize = (text: string): Token[] => {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const s = m[0];
    const start = m.index;
    if (m[1] !== undefined) {
      out.push(makeToken(s, start, 'word')); // U.S., D.C.
    } else if (m[2] !== undefined) {
      const poss = s.length > 2 && (s.includes("'") || s.includes('’')) ? POSSESSIVE_RE.exec(s) : null;
      if (poss?.[1] && poss[2] && !/^(?:it|he|she|that|what|there|here|let|who)$/iu.test(poss[1])) {
        out.push(makeToken(poss[1], start, 'word'));
        out.push(makeToken(poss[2], start + poss[1].length, 'poss'));
      } else {
        out.push(makeToken(s, start, 'word'));
      }
    } else if (m[3] !== undefined) {
      out.push(makeToken(s, start, 'num'));
    } else if (m[4] !== undefined) {
      out.push(makeToken(s, start, 'quote'));
    } else {
      out.push(makeToken(s, start, 'punct'));
    }
  }
  return out;
};

const OPENING_QUOTES = new Set(['“', '„', '«', '‘']);

/** Splits tokens into sentences (mutating each token's sentence, paragraph and initial fields). */
export const splitSentences = (
  text: string,
  tokens: Token[],
  isCommonWord: (lower: string) => boolean = () => false,
): Sentence[] => {
  const sentences: Sentence[] = [];
  let from = 0;
  let paragraph = 0;
  // Position of the next line break at or after the previous token (no slice per token).
  let nextBreak = text.indexOf('\n');
  if (nextBreak < 0) nextBreak = Infinity;
  const close = (to: number): void => {
    if (to <= from) return;
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) return;
    const idx = sentences.length;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t) t.sentence = idx;
    }
    sentences.push({ start: first.start, end: last.end, from, to, paragraph: first.paragraph });
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1];
    if (prev && nextBreak < prev.end) {
      nextBreak = text.indexOf('\n', prev.end);
      if (nextBreak < 0) nextBreak = Infinity;
    }
    if (prev && nextBreak < t.start) {
      close(i);
      paragraph++;
    }
    t.paragraph = paragraph;
    if (t.kind === 'word' && t.text.endsWith('.') && /^(?:\p{L}\.){2,}$/u.test(t.text)) {
      // "Washington D.C. Image: ..." — a dotted abbreviation ends the sentence before a capitalized common word.
      const next = tokens[i + 1];
      const gap = next ? text.slice(t.end, next.start) : '';
      // A capitalized common word followed by more capitalized words continues a name instead:
      // "the U.S. Environmental Protection Agency".
      const after = tokens[i + 2];
      const linked = (after?.lower === 'of' || after?.lower === 'for') && !!tokens[i + 3]?.cap;
      const nameGoesOn =
        !!after && ((after.cap && after.kind === 'word') || linked) && after.start - next!.end <= 1;
      if (
        next?.cap &&
        gap.length > 0 &&
        !gap.includes('\n') &&
        (FUNCTION_WORDS.has(next.lower) || (isCommonWord(next.lower) && !nameGoesOn))
      )
        close(i + 1);
      continue;
    }
    if (t.kind !== 'punct' || !(t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…'))
      continue;
    // Closing quotes and brackets right after the stop belong to this sentence.
    let j = i + 1;
    while (j < tokens.length) {
      const n = tokens[j];
      if (
        !n ||
        !(n.kind === 'quote' || n.text === ')' || n.text === ']') ||
        text.slice(tokens[j - 1]?.end ?? 0, n.start).length > 0
      )
        break;
      if (OPENING_QUOTES.has(n.text)) break;
      j++;
    }
    const next = tokens[j];
    if (!next) continue;
    const gap = text.slice(tokens[j - 1]?.end ?? 0, next.start);
    if (gap.length === 0 || gap.includes('\n')) continue; // a line break closes it anyway
    const startsNew = next.cap || next.kind === 'quote' || next.kind === 'num';
    if (!startsNew) continue;
    if (t.text === '.' && prev && prev.kind === 'word' && prev.end === t.start) {
      if (ABBREVIATIONS.has(prev.lower)) continue;
      if (prev.text.length === 1 && prev.cap) continue; // an initial: "L. Ron Hubbard"
    }
    if (t.text === '.' && prev && /^(?:\p{L}\.){2,}$/u.test(prev.text) && !FUNCTION_WORDS.has(next.lower))
      continue;
    close(j);
  }
  close(tokens.length);
  // "U.S." ends a token with its own period: a sentence can end there only before a function word.
  for (const s of sentences) markInitial(tokens, s);
  return sentences;
};

const markInitial = (tokens: Token[], s: Sentence): void => {
  let expectStart = true;
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === 'word' || t.kind === 'num') {
      if (expectStart) t.initial = true;
      expectStart = false;
    } else if (
      t.kind === 'quote' ||
      t.text === ':' ||
      t.text === '(' ||
      t.text === '—' ||
      t.text === '-' ||
      t.text === '['
    ) {
      // A word right after an opening quote or a colon may be capitalized as a sentence start.
      const next = tokens[k + 1];
      if (t.kind !== 'quote' || (next && next.start === t.end)) expectStart = true;
    }
  }
};
