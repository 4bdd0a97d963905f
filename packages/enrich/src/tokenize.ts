// Tokens with offsets into the text and sentence boundaries, by a hand-written scanner. Possessive
// 's and curly apostrophes are split off names; quote marks are their own tokens. No tagging.
import { ASCII_CLASS, classAt, LETTER, MARK, NUMBER, sizeAt, SPACE } from './char-class.ts';
import {
  ABBREVIATIONS,
  FUNCTION_WORDS,
  POSSESSIVE_BRANDS,
  POSSESSIVE_HOUSES,
  TITLE_WORDS,
} from './curated.ts';

export type TokenKind = 'word' | 'num' | 'punct' | 'quote' | 'poss';

/**
 * A token. A class, so that tokens are made by a constructor rather than an object literal: V8 tracks
 * literals' allocation sites and, once enough tokens outlive a minor collection, allocates them all
 * in the old generation, which made tokenizing several times slower and doubled garbage-collection
 * time (measured with the engine's pretenuring switched off and on). Tokens made by `new` are not
 * tracked so, and all tokens are then one kind of object, which later reads of them need to be fast.
 */
export class Token {
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
  constructor(text: string, start: number, kind: TokenKind, cap: boolean) {
    this.text = text;
    this.lower = lowerCase(text);
    this.start = start;
    this.end = start + text.length;
    this.kind = kind;
    this.cap = cap;
    this.sentence = 0;
    this.paragraph = 0;
    this.initial = false;
  }
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Token index range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly paragraph: number;
}

const POSSESSIVE_RE = /^(.+?)(['’][sS])$/u;

/** The first code unit of `text` is an upper-case letter (ASCII answered without a string). */
const startsUpper = (text: string): boolean => {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/** `text` lower-cased; most tokens are lower-case ASCII already and skip the library call. */
const lowerCase = (text: string): string => {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    // (a curly apostrophe reads as a straight one: "D’Amico" is "D'Amico" named again)
    if (c >= 128 || (c >= 65 && c <= 90)) return text.toLowerCase().replaceAll('’', "'");
  }
  return text;
};

const makeToken = (text: string, start: number, kind: TokenKind): Token =>
  new Token(text, start, kind, kind === 'word' && startsUpper(text));

/**
 * A token made from part of another (a hyphen compound's head or tail), of the same kind of object
 * as the tokenizer's: arrays mixing two kinds of token object slow every later read of them.
 */
export const partToken = (of: Token, text: string, start: number, kind: TokenKind, cap: boolean): Token => {
  const t = new Token(text, start, kind, cap);
  t.sentence = of.sentence;
  t.paragraph = of.paragraph;
  t.initial = of.initial && start === of.start;
  return t;
};

const WORD_CHAR = LETTER | MARK | NUMBER;

/** End of the run of code points of class `mask` starting at `i` (`i` itself if there is none). */
const runEnd = (text: string, i: number, mask: number): number => {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      // ASCII inline: most characters of English copy.
      if ((ASCII_CLASS[c] ?? 0) & mask) j++;
      else return j;
    } else if (classAt(text, j) & mask) j += sizeAt(text, j);
    else return j;
  }
};

const isQuoteMark = (c: number): boolean =>
  c === 0x22 || // "
  c === 0x27 || // '
  c === 0x60 || // `
  c === 0x201c || // “
  c === 0x201d || // ”
  c === 0x201e || // „
  c === 0xab || // «
  c === 0xbb || // »
  c === 0x2018 || // ‘
  c === 0x2019; // ’

/** A separator inside a word: hyphen, apostrophes, ampersand, dot ("o'clock", "AT&T", "St.Louis"). */
const isWordJoiner = (c: number): boolean =>
  c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x26 || c === 0x2e;

/** Legal forms written with a slash, ending there: "A/S", "S/A", "I/S", "K/S". */
const LEGAL_FORM_SLASH = /^(?:A\/S|S\/A|I\/S|K\/S)(?![\p{L}\p{N}])/u;

/** Malaysian and Singaporean "son of"/"daughter of" between two names: "Ravi a/l Muthusamy", "s/o". */
const PATRONYM_SLASH = /^(?:a\/l|a\/p|s\/o|d\/o) \p{Lu}/u;

/** A separator inside a number: "3.5", "2,000", "12:30", "1/2". */
const isNumberJoiner = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f;

/** `apostrophe`: the word has an inner ' or ’ (only those can end in a possessive). */
const pushWord = (out: Token[], s: string, start: number, apostrophe: boolean): void => {
  const poss = apostrophe && s.length > 2 ? POSSESSIVE_RE.exec(s) : null;
  // ("it's", "who's" are contractions; "WHO's" in capitals is the acronym's possessive.)
  const stem = poss?.[1];
  const contraction =
    !!stem && /^(?:it|he|she|that|what|there|here|let|who)$/iu.test(stem) && stem !== stem.toUpperCase();
  if (stem && poss[2] && !contraction) {
    out.push(makeToken(stem, start, 'word'));
    out.push(makeToken(poss[2], start + stem.length, 'poss'));
  } else {
    out.push(makeToken(s, start, 'word'));
  }
};
/**
 * An Irish family name's initial mutation after its particle, or a Nguni patronymic, read as a
 * capital: replaces the last token if it is one ("Ó hUiginn", "Mac an tSaoi", "Bongani kaMkhize"). Tested by characters first, as nearly every word
 * fails there: lower-case letters, then a capital as the second or third.
 */
const capitalizeIrishMutation = (out: Token[], s: string): void => {
  const c1 = s.charCodeAt(1);
  const c2 = s.charCodeAt(2);
  if (!((c1 >= 65 && c1 <= 90) || c1 >= 192 || (c2 >= 65 && c2 <= 90) || c2 >= 192)) return;
  const last = out.length - 1;
  const t = out[last];
  if (!t || t.cap || t.kind !== 'word' || t.text !== s) return;
  if (!irishMutation(out, s, last) && !nguniPatronymic(s)) return;
  out[last] = capitalized(t);
};
/**
 * A Zulu or Xhosa patronymic, "ka" and the father's name in one word, after a given name or alone:
 * "Bongani kaMkhize", "kaMkhize said".
 */
const nguniPatronymic = (s: string): boolean =>
  s.charCodeAt(0) === 107 && s.charCodeAt(1) === 97 && /^ka\p{Lu}\p{Ll}{2,}$/u.test(s);
/** `t` read as capitalized. */
const capitalized = (t: Token): Token => new Token(t.text, t.start, t.kind, true);
/**
 * A wire service's slug opening the headline, a word of its own before the word it is hyphened to
 * ("EXPLAINER-Why ...", "ANALYSIS-Turkey ..."): pushes both and returns true, or returns false.
 */
const pushSlug = (out: Token[], s: string, start: number, apostrophe: boolean): boolean => {
  const slug = WIRE_SLUG.exec(s);
  if (!slug?.[1] || !slug[2]) return false;
  out.push(makeToken(slug[1], start, 'word'));
  out.push(makeToken('-', start + slug[1].length, 'punct'));
  pushWord(out, slug[2], start + slug[1].length + 1, apostrophe);
  return true;
};
/** Slugs a wire service's desk opens a headline with, in capitals: "UPDATE 2-", "EXPLAINER-", "GOLF-". */
export const WIRE_SLUG_WORDS = [
  'update',
  'explainer',
  'analysis',
  'factbox',
  'insight',
  'exclusive',
  'focus',
  'refile',
  'corrected',
  'rpt',
  'preview',
  'timeline',
  'feature',
  'wrapup',
  'breakingviews',
  'column',
  'interview',
  'graphic',
  'poll',
  'soccer',
  'tennis',
  'golf',
  'cricket',
  'rugby',
  'olympics',
  'athletics',
  'cycling',
  'boxing',
  'swimming',
];
/** A wire service's slug and the headline word joined to it by a hyphen. */
const WIRE_SLUG = new RegExp(`^(${WIRE_SLUG_WORDS.join('|').toUpperCase()})-(\\p{Lu}.*)$`, 'u');
/**
 * An Irish family name's initial mutation after its particle reads as a capital: "Ó hUiginn", "Mac
 * an tSaoi", "Ní bhFearghail" ("an" only after "Mac" or "Nic": not "wrote an tOrdú").
 */
const irishMutation = (out: Token[], s: string, at: number): boolean => {
  const prev = out[at - 1];
  if (!prev || !IRISH_MUTATION_FIRST.has(s.charCodeAt(0))) return false;
  const link =
    prev.text === 'an' ? IRISH_NAME_LINKS.has(out[at - 2]?.text ?? '') : IRISH_NAME_LINKS.has(prev.text);
  return link && IRISH_MUTATED.test(s);
};
/** First letters of an Irish mutation ("b", "d", "g", "h", "m", "n", "t"). */
const IRISH_MUTATION_FIRST = new Set([98, 100, 103, 104, 109, 110, 116]);
const IRISH_NAME_LINKS = new Set(['Ó', 'Ní', 'Uí', 'Mac', 'Nic', 'Mhic']);
const IRISH_MUTATED = /^(?:bh|mb|gc|nd|ng|dt|bp|h|n|t)\p{Lu}\p{Ll}+$/u;

/**
 * Words after "Christie's" or "Lloyd's" that leave it a name: "at Christie's in New York", "Lloyd's of
 * London".
 */
const AFTER_HOUSE = new Set([
  'in',
  'at',
  'for',
  'on',
  'and',
  'to',
  'of',
  'said',
  'says',
  'has',
  'had',
  'will',
  'would',
  'is',
  'was',
  'who',
  'which',
  // (a verb of the trade, or "also" before one: "Lloyd's paid out 3.2 billion pounds", "Christie's
  // sold ...", "Lloyd's also announced")
  'paid',
  'reported',
  'posted',
  'sold',
  'expects',
  'expected',
  'estimated',
  'estimates',
  'announced',
  'also',
  // (and the trade's own nouns: "the Lloyd's market", "Lloyd's syndicates", "a Christie's auction")
  'market',
  'markets',
  'syndicate',
  'syndicates',
  'underwriter',
  'underwriters',
  'vehicles',
  'insurer',
  'insurers',
  'broker',
  'brokers',
  'auction',
  'auctions',
  // (and its voices and staff: "A Christie's spokeswoman said", "a Lloyd's spokesman")
  'spokeswoman',
  'spokesman',
  'spokesperson',
  'specialist',
  'specialists',
  'sale',
  'sales',
  // (its officers, departments and rivals: "Christie's head of Old Masters", "Christie's rival
  // Sotheby's")
  'head',
  'chairman',
  'chairwoman',
  'president',
  'department',
  'departments',
  'expert',
  'experts',
  'rival',
  'rivals',
  'catalogue',
  // (and the shipping paper: "Lloyd's List Intelligence")
  'List',
]);
/**
 * Joins a business named in the possessive back into one word ("McDonald's", "Sotheby's"), unless a
 * given name or a title stands right before it ("Ronald McDonald's"). Returns `tokens` itself when
 * there is none.
 */
/** A two-letter initial of a transliterated name ("Dauletbay Kh. Tazhimuratov", "Ivan Yu. Petrov"). */
export const TWO_LETTER_INITIAL = /^(?:Kh|Sh|Ch|Zh|Ts|Yu|Ya)$/u;

export const joinPossessiveBrands = (tokens: Token[]): Token[] => {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const stem = tokens[i - 1];
    const before = tokens[i - 2];
    // (and the auction house and insurance market named like people's possessives, "Christie's",
    // "Lloyd's", only where no noun follows: "sold at Christie's in New York", "Lloyd's of London")
    const after = tokens[i + 1];
    if (
      t.kind === 'poss' &&
      stem?.kind === 'word' &&
      stem.end === t.start &&
      (POSSESSIVE_BRANDS.has(stem.lower) ||
        (POSSESSIVE_HOUSES.has(stem.lower) &&
          (!after || after.kind !== 'word' || AFTER_HOUSE.has(after.text)))) &&
      // (an article opening the sentence is no given name: "The Lloyd's market")
      !(before?.cap && before.end === stem.start - 1 && !FUNCTION_WORDS.has(before.lower))
    ) {
      out ??= tokens.slice(0, i);
      out.pop();
      out.push(makeToken(stem.text + t.text, stem.start, 'word'));
      continue;
    }
    out?.push(t);
  }
  return out ?? tokens;
};

/**
 * One left-to-right scan over char codes (a hand-written form of the regular expression
 *   ((?:\p{L}\.){2,}) | ([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{M}\p{N}]+)*)
 *   | (\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?) | (["“”„«»‘’'`]) | \S
 * with the same alternatives tried in the same order, without the per-match arrays of matchAll).
 * Dotted abbreviations (U.S., D.C.), words with inner apostrophes, hyphens, dots or ampersands,
 * numbers, quote marks, any other single code point; white space separates.
 */
export const tokenize = (text: string): Token[] => {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++; // the most frequent character, skipped without a class look-up
      continue;
    }
    const cls = c < 128 ? (ASCII_CLASS[c] ?? 0) : classAt(text, i);
    const size = c < 128 ? 1 : sizeAt(text, i);
    if (cls & SPACE) {
      i += size;
      continue;
    }
    if (cls & LETTER) {
      // Dotted abbreviation: two or more letter-dot pairs.
      let j = i;
      let pairs = 0;
      while (classAt(text, j) & LETTER) {
        const k = j + sizeAt(text, j);
        if (text.charCodeAt(k) !== 0x2e) break;
        j = k + 1;
        pairs++;
      }
      if (pairs >= 2) {
        out.push(makeToken(text.slice(i, j), i, 'word'));
        i = j;
        continue;
      }
    }
    // A Nordic or Brazilian company's legal form is one word: "Maersk A/S", "Petrobras S/A".
    if (c < 128 && text.charCodeAt(i + 1) === 0x2f && LEGAL_FORM_SLASH.test(text.slice(i, i + 4))) {
      out.push(makeToken(text.slice(i, i + 3), i, 'word'));
      i += 3;
      continue;
    }
    // ... and so is a Malaysian or Singaporean patronym's link after a name: "Ravi a/l Muthusamy".
    if (
      (c === 0x61 || c === 0x73 || c === 0x64) &&
      text.charCodeAt(i + 1) === 0x2f &&
      out[out.length - 1]?.cap &&
      PATRONYM_SLASH.test(text.slice(i, i + 6))
    ) {
      out.push(makeToken(text.slice(i, i + 3), i, 'word'));
      i += 3;
      continue;
    }
    if (cls & (LETTER | MARK)) {
      let j = runEnd(text, i + size, WORD_CHAR);
      let apostrophe = false;
      for (;;) {
        const c = text.charCodeAt(j);
        if (!isWordJoiner(c) || !(classAt(text, j + 1) & WORD_CHAR)) break;
        if (c === 0x27 || c === 0x2019) apostrophe = true;
        j = runEnd(text, j + 1, WORD_CHAR);
      }
      const word = text.slice(i, j);
      if (out.length >= 3 || !pushSlug(out, word, i, apostrophe)) pushWord(out, word, i, apostrophe);
      capitalizeIrishMutation(out, word);
      i = j;
      continue;
    }
    if (cls & NUMBER) {
      let j = runEnd(text, i + size, NUMBER);
      while (isNumberJoiner(text.charCodeAt(j)) && classAt(text, j + 1) & NUMBER)
        j = runEnd(text, j + 1, NUMBER);
      j = runEnd(text, j, LETTER);
      out.push(makeToken(text.slice(i, j), i, 'num'));
      i = j;
      continue;
    }
    // The Dutch particle "'t" after "van" is a word of the family name: "Marloes van 't Hof".
    const quoteMark = text.charCodeAt(i);
    if (
      (quoteMark === 0x27 || quoteMark === 0x2019) &&
      text.charCodeAt(i + 1) === 0x74 &&
      text.charCodeAt(i + 2) === 0x20 &&
      out[out.length - 1]?.text === 'van' &&
      text.charCodeAt(i - 1) === 0x20
    ) {
      out.push(makeToken(text.slice(i, i + 2), i, 'word'));
      i += 2;
      continue;
    }
    const kind: TokenKind = isQuoteMark(quoteMark) ? 'quote' : 'punct';
    out.push(makeToken(text.slice(i, i + size), i, kind));
    i += size;
  }
  return out;
};

/** Two-letter dotted abbreviations that are places or bodies, not a person's initials. */
const PLACE_ABBREVIATIONS = new Set([
  'u.s.',
  'u.k.',
  'd.c.',
  'u.n.',
  'e.u.',
  'l.a.',
  'n.y.',
  'n.z.',
  's.c.',
  'n.c.',
  'n.j.',
]);

/** Bodies a country's initials open: "the U.S. Embassy", "the U.S. Army". */
const COUNTRY_BODY_HEADS = new Set([
  'embassy',
  'embassies',
  'consulate',
  'army',
  'navy',
  'military',
  'treasury',
  'government',
  'mission',
  'marines',
]);

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
      // (also over "and" before two more capitalized words: "the U.S. Food and Drug Administration")
      const linked =
        ((after?.lower === 'of' || after?.lower === 'for' || after?.lower === 'on') &&
          (!!tokens[i + 3]?.cap || (tokens[i + 3]?.lower === 'the' && !!tokens[i + 4]?.cap))) ||
        (after?.lower === 'and' && !!tokens[i + 3]?.cap && !!tokens[i + 4]?.cap) ||
        // (an officer's possessive before the rest of the name: "the U.S. Attorney's Office")
        (after?.kind === 'poss' &&
          after.start === next?.end &&
          !!tokens[i + 3]?.cap &&
          tokens[i + 3]?.kind === 'word' &&
          (tokens[i + 3]?.start ?? 0) - after.end <= 1);
      const nameGoesOn =
        (!!after && ((after.cap && after.kind === 'word') || linked) && after.start - next!.end <= 1) ||
        // (a country's own body after its initials: "the U.S. Embassy in Tirana", "the U.K. Treasury said")
        (!!next && PLACE_ABBREVIATIONS.has(t.lower) && COUNTRY_BODY_HEADS.has(next.lower));
      // A person's initials before the family name are no sentence end: "A.J. Smith", "J.K. Rowling".
      const initials =
        t.text.length === 4 && t.text === t.text.toUpperCase() && !PLACE_ABBREVIATIONS.has(t.lower);
      if (
        next?.cap &&
        gap.length > 0 &&
        !gap.includes('\n') &&
        (FUNCTION_WORDS.has(next.lower) ||
          (isCommonWord(next.lower) && !nameGoesOn && !(initials && gap === ' ')))
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
      // "Md." before a name is Muhammad's short form, not Maryland's after a comma: "Md. Nazrul Islam".
      // (after a comma too before two names' words: "its inspector general, Md. Zakir Hossain Bhuiyan")
      if (
        prev.lower === 'md' &&
        prev.cap &&
        (tokens[i - 2]?.text !== ',' ||
          (next.kind === 'word' &&
            !FUNCTION_WORDS.has(next.lower) &&
            !!tokens[j + 1]?.cap &&
            tokens[j + 1]?.kind === 'word'))
      )
        continue;
      // "Mst." (Mosammat) before a woman's name of two words or more in Bangladesh: "said Mst. Rehana
      // Khatun" (not the time zone, written "MST").
      if (
        prev.text === 'Mst' &&
        next.kind === 'word' &&
        !FUNCTION_WORDS.has(next.lower) &&
        !!tokens[j + 1]?.cap &&
        tokens[j + 1]?.kind === 'word'
      )
        continue;
      // A two-letter initial inside a Central Asian or Russian name: "Dauletbay Kh. Tazhimuratov".
      if (
        TWO_LETTER_INITIAL.test(prev.text) &&
        tokens[i - 2]?.kind === 'word' &&
        !!tokens[i - 2]?.cap &&
        next.kind === 'word'
      )
        continue;
      // "Ma." before a name of two words or more is María's short form in the Philippines: "Ma.
      // Cristina Dela Cruz-Uy", "NTC Commissioner Ma. Cristina Dela Paz" (not a family name closing a
      // sentence: "said Jack Ma. Cristina ...").
      if (
        prev.text === 'Ma' &&
        !(
          tokens[i - 2]?.kind === 'word' &&
          tokens[i - 2]?.cap &&
          !TITLE_WORDS.has(tokens[i - 2]?.lower ?? '')
        ) &&
        next.kind === 'word' &&
        !!tokens[j + 1]?.cap &&
        tokens[j + 1]?.kind === 'word' &&
        tokens[j + 1]?.start === next.end + 1
      )
        continue;
      // an initial: "L. Ron Hubbard" (not the platform: "wrote on X. He ...")
      // (nor a lettered hall, gate or terminal: "to enter Hall H. David Glanzer said")
      if (
        prev.text.length === 1 &&
        prev.cap &&
        !(prev.text === 'X' && tokens[i - 2]?.lower === 'on') &&
        !LETTERED_PLACES.has(tokens[i - 2]?.lower ?? '')
      )
        continue;
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

/** Places named by a letter ("Hall H", "Gate B", "Terminal C"): the letter is no initial before a period. */
const LETTERED_PLACES = new Set([
  'hall',
  'gate',
  'terminal',
  'block',
  'wing',
  'pier',
  'platform',
  'stage',
  'zone',
]);

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
