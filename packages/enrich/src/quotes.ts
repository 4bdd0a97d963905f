// Direct quotations and their speakers. Pairs straight and curly quote marks (nested marks stay
// inside the outer quote; an unclosed quote continues into a paragraph that opens with a mark),
// then finds the attribution cue next to each quote and resolves its subject: a named entity,
// a pronoun (most recent compatible entity outside quotes) or a description ("the US diplomat").
import type { EntityType } from '@newswire/contracts';
import {
  COMPANY_SUFFIXES,
  CUE_VERBS,
  FUNCTION_WORDS,
  ORG_DESCRIPTIONS,
  NAMED_ONLY_DESCRIPTIONS,
  PARTY_STATE,
  PEOPLE_BY_TRADE,
  PLACE_COMPOUND_TAILS,
  PLACE_DESCRIPTIONS,
  ROLE_CLASSES,
  ROLE_NOUNS,
  SPOKESPERSON_WORDS,
  TITLE_WORDS,
  wordSet,
  COMPASS_ADJECTIVES,
  NUMBER_WORDS,
} from './curated.ts';
import { classAt, LETTER, NUMBER, sizeAt } from './char-class.ts';
import { BODY_KINDS, type ExtractedEntity, type NameMention, POSTNOMINALS, tradeBefore } from './entities.ts';
import type { Lexicon } from './lexicon.ts';
import type { Sentence, Token } from './tokenize.ts';

/** A body's parts that speak for it after its possessive: "the Commission's representation said". */
/** People who serve someone without speaking for them: "an adviser to the minister". */
const AIDE_NOUNS = wordSet('adviser advisor aide assistant');
/** A body's sections a member works in: "the Carnegie Endowment's Central Asia programme". */
const BODY_SECTIONS = wordSet(
  'programme program unit department division desk team project centre center lab',
);
const BODY_PARTS = wordSet(
  'representation office delegation mission embassy branch unit arm secretariat press',
);
/** Things a reported clause makes the subject of a cue's verb: "said the verdict continued". */
const THING_SUBJECTS = wordSet(
  'verdict ruling decision judgment judgement sentence report study survey plan deal law bill move agreement document data figures results policy measure',
);

export interface ExtractedQuote {
  text: string;
  start: number;
  end: number;
  speaker: { name: string; type: EntityType } | null;
  cue: string | null;
}

interface RawQuote {
  /** Token indexes of the opening and closing marks (close may be the last token of a paragraph). */
  open: number;
  close: number;
  start: number;
  end: number;
  single: boolean;
  closed: boolean;
}

/** What a court's ruling is voiced by: "the bench said", "the judges wrote". */
const COURT_VOICES = new Set(['bench', 'judges', 'justices']);
/** Words before a name that make it no one's subject ("to Kobayashi", "on Boulevard du 30 Juin"). */
const OBJECT_PREPOSITIONS = new Set([
  'to',
  'at',
  'on',
  'in',
  'of',
  'for',
  'with',
  'by',
  'from',
  'near',
  'about',
  'against',
  'du',
  'de',
  'del',
  'than',
]);
/** Modal verbs. */
const MODAL_VERBS = wordSet('must will would could should can may might');
/** Words before a verb that make what follows it its object, not its subject ("would announce a ..."). */
const MODALS_AND_TO: ReadonlySet<string> = new Set([...MODAL_VERBS, 'shall', 'to']);
/** Documents a body speaks through ("the statement said", "the letter read"). */
const STATEMENT_WORDS = new Set(['statement', 'communique', 'communiqué', 'letter', 'notice', 'release']);
/** What a message is called before a participle describing it ("a video posted on X"). */
const MESSAGE_NOUNS = new Set([
  'message',
  'messages',
  'statement',
  'video',
  'post',
  'letter',
  'note',
  'tweet',
  'email',
  'comments',
  'remarks',
]);
const OPEN_DOUBLE = wordSet('“ „ «');
const CLOSE_DOUBLE = wordSet('” »');
const TOWN_WORDS = wordSet('city town village municipality');

/** Words between a person's noun and where they work: "an official at the ministry". */
const WORKPLACE_LINKS = wordSet('at of from with in');
/** What says things in a story besides people and bodies: "a statement said", "a report said". */
const UNNAMED_NONPERSONS = wordSet(
  'statement report study document letter memo filing survey poll notice release post video tweet message court',
);

/** Verbs and auxiliaries after a body described as a subject: "The bank has ...", "the company will". */
const BODY_SUBJECT_VERBS = wordSet('has had have will would is was also says expects plans');

const isSpaceBefore = (text: string, t: Token): boolean =>
  t.start === 0 || /[\s([{—–-]/u.test(text.charAt(t.start - 1));
const isSpaceAfter = (text: string, t: Token): boolean =>
  t.end >= text.length || /[\s)\]}.,;:!?—–-]/u.test(text.charAt(t.end));

/** Finds quoted spans in reading order. */
const findQuotes = (text: string, tokens: readonly Token[]): RawQuote[] => {
  const out: RawQuote[] = [];
  let open: { idx: number; paragraph: number } | undefined;
  let single: { idx: number } | undefined;
  const lastTokenOfParagraph = (p: number, from: number): number => {
    let k = from;
    while (k + 1 < tokens.length && tokens[k + 1]?.paragraph === p) k++;
    return k;
  };
  const emit = (o: number, c: number, isSingle: boolean, closed: boolean): void => {
    const ot = tokens[o];
    const ct = tokens[c];
    if (!ot || !ct) return;
    const start = ot.end;
    const end = closed ? ct.start : ct.end;
    if (end > start) out.push({ open: o, close: c, start, end, single: isSingle, closed });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (open && t.paragraph !== open.paragraph) {
      // A quote left open at a paragraph end continues only if the new paragraph opens with a mark.
      const opensWithMark = t.kind === 'quote' && (OPEN_DOUBLE.has(t.text) || t.text === '"');
      const prevPara = tokens[i - 1]?.paragraph ?? open.paragraph;
      if (opensWithMark && t.paragraph === prevPara + 1) {
        open = { idx: open.idx, paragraph: t.paragraph };
        continue;
      }
      emit(open.idx, lastTokenOfParagraph(open.paragraph, open.idx), false, false);
      open = undefined;
    }
    if (t.kind !== 'quote') continue;
    const ch = t.text;
    const before = isSpaceBefore(text, t);
    const after = isSpaceAfter(text, t);
    if (OPEN_DOUBLE.has(ch) || CLOSE_DOUBLE.has(ch) || ch === '"') {
      const opening = OPEN_DOUBLE.has(ch) || (ch === '"' && (!open || (before && !after)));
      if (opening) {
        if (open && open.paragraph === t.paragraph && ch !== '"') {
          // Two openers in a row: the first was never closed.
          emit(open.idx, i - 1, false, false);
        }
        if (!open || open.paragraph === t.paragraph) open = { idx: i, paragraph: t.paragraph };
        single = undefined;
      } else if (open) {
        emit(open.idx, i, false, true);
        open = undefined;
        single = undefined;
      }
      continue;
    }
    // Single marks: only top-level quotes (inside a double quote they are nested, kept as text).
    if (open) continue;
    if ((ch === '‘' || ch === "'") && before && !after) {
      single = { idx: i };
    } else if ((ch === '’' || ch === "'") && single && !before && after) {
      emit(single.idx, i, true, true);
      single = undefined;
    }
  }
  if (open) emit(open.idx, tokens.length - 1, false, false);
  return out;
};

const LETTER_OR_NUMBER = LETTER | NUMBER;

/** How many maximal runs of letters and digits `s` holds (its words as readers count them). */
const letterRuns = (s: string): number => {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < s.length; i += sizeAt(s, i)) {
    const ln = (classAt(s, i) & LETTER_OR_NUMBER) !== 0;
    if (ln && !inRun) runs++;
    inRun = ln;
  }
  return runs;
};

/** Tokens [a, aTo) and [b, bTo) hold the same lower-cased words and numbers ("It's -- over" = "it's over"). */
const sameWords = (tokens: readonly Token[], a: number, aTo: number, b: number, bTo: number): boolean => {
  const counted = (t: Token | undefined): boolean => !!t && (t.kind === 'word' || t.kind === 'num');
  for (;;) {
    while (a < aTo && !counted(tokens[a])) a++;
    while (b < bTo && !counted(tokens[b])) b++;
    if (a >= aTo || b >= bTo) return a >= aTo && b >= bTo;
    if (tokens[a]?.lower !== tokens[b]?.lower) return false;
    a++;
    b++;
  }
};

const wordCount = (tokens: readonly Token[], from: number, to: number): number => {
  let n = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t && (t.kind === 'word' || t.kind === 'num')) n++;
  }
  return n;
};

/** A quoted title or name ("Better Idea of Afghan Girls") rather than speech. */
const isTitleLike = (tokens: readonly Token[], from: number, to: number): boolean => {
  let words = 0;
  let caps = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') continue;
    // (a short lower-case word that titles keep small is no sign; any other makes a sentence: '"That
    // is who he is."')
    if (t.text.length < 4) {
      if (!t.cap && !TITLE_SMALL_WORDS.has(t.text)) return false;
      continue;
    }
    words++;
    if (t.cap) caps++;
  }
  return words > 0 && words <= 6 && caps === words && wordCount(tokens, from, to) <= 8;
};
/** Short words a title leaves in lower case: "Better Idea of Afghan Girls", "War and Peace"; also in
 * Romance titles: "Los Hijos del Páramo", "La Sal del Norte". */
const TITLE_SMALL_WORDS = wordSet(
  'a an the of and or in on at to for by as nor but via per vs de del la las los el le les du des da do dos das di y e',
);

/** Verbs that introduce a name or title rather than speech ("dubbed the conflict: ..."). */
const NAMING_VERBS = wordSet('dubbed titled entitled named nicknamed labelled labeled headlined branded');

/**
 * Quoted text that is not reported speech: a name or title after a naming verb, a term in scare
 * quotes after an article ('a "quasi-state of war"'), or a cited headline: a short capitalized
 * quote without a full stop, with no attribution verb in its sentence, closing its paragraph.
 */
const isNotSpeech = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  q: RawQuote,
): boolean => {
  const openTok = tokens[q.open];
  if (!openTok) return false;
  const sentence = sentences[openTok.sentence];
  const from = sentence ? sentence.from : 0;
  for (let k = q.open - 1; k >= from; k--) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') continue;
    if (CUE_VERBS.has(t.lower) && t.text === t.lower) break;
    // (not "entitled to", a right: 'MPs were entitled to "a presumption of innocence"')
    if (NAMING_VERBS.has(t.lower) && tokens[k + 1]?.lower !== 'to') return true;
  }
  // A name after "known as": 'a campaign known as "the blazing furnace"'.
  if (tokens[q.open - 1]?.lower === 'as' && tokens[q.open - 2]?.lower === 'known') return true;
  // A term after "so-called": 'its so-called "China plus one" strategy'.
  const soCalled = tokens[q.open - 1]?.lower ?? '';
  if (soCalled === 'so-called' || (soCalled === 'called' && tokens[q.open - 2]?.lower === 'so')) return true;
  const inner = text.slice(q.start, q.end);
  // Words as readers count them: "quasi-state of war" is four.
  const words = letterRuns(inner);
  const before = tokens[q.open - 1];
  // (but after a speech verb and its article the words are the speaker's: 'Giannini said a "more
  // general reflection" is needed')
  const verb = tokens[q.open - 2];
  const spokenAfter =
    verb?.kind === 'word' &&
    verb.text === verb.lower &&
    CUE_VERBS.has(verb.text) &&
    !verb.text.endsWith('ing');
  if (words <= 4 && before && /^(?:a|an|the)$/u.test(before.lower) && !spokenAfter) return true;
  const first = tokens[q.open + 1];
  const after = tokens[q.close + 1];
  // A cited article's title opening its line, then a dash and the publisher: '"Library rises
  // from the ashes" - ABC News, 14 September 2024' (a source list).
  // (its line may have been joined to the one before: 'Sources "..." - ABC News, 14 September 2024
  // "..." - The Examiner, 12 September 2024')
  const lead = tokens[q.open - 1];
  if (
    q.closed &&
    (openTok.start === 0 ||
      text.charCodeAt(openTok.start - 1) === 10 ||
      lead?.lower === 'sources' ||
      (lead?.kind === 'num' && /^\d{4}$/u.test(lead.text))) &&
    (after?.text === '-' || after?.text === '—' || after?.text === '–') &&
    after.paragraph === openTok.paragraph &&
    tokens[q.close + 2]?.cap &&
    // (and a date after the publisher)
    /\d/u.test(text.slice(after.end, (text.indexOf('\n', after.end) + 1 || text.length + 1) - 1))
  )
    return true;
  const closesParagraph = !after || after.paragraph !== openTok.paragraph;
  if (first?.cap && words <= 10 && !/[.!?…]/u.test(inner) && q.closed && closesParagraph) {
    const to = sentence ? sentence.to : tokens.length;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (k > q.open && k <= q.close) continue;
      if (t?.kind === 'word' && CUE_VERBS.has(t.lower) && t.text === t.lower) return false;
      if (t?.text === ':') return false;
    }
    return true;
  }
  return false;
};

/**
 * Mentions by a token index (`at` of each; a later mention at the same index wins, as in a map),
 * in a typed array: built and asked for every story, where a Map's growth and hashing showed.
 */
const mentionIndex = (
  tokenCount: number,
  mentions: readonly NameMention[],
  at: (m: NameMention) => number,
): { get: (k: number) => NameMention | undefined } => {
  const index = new Int32Array(tokenCount).fill(-1);
  mentions.forEach((m, i) => {
    const k = at(m);
    if (k >= 0 && k < tokenCount) index[k] = i;
  });
  return {
    get: (k) => {
      const i = index[k];
      return i === undefined || i < 0 ? undefined : mentions[i];
    },
  };
};

/** "retd" of "Maj. Gen. (retd)": a rank held before. */
const retired = (w: Token | undefined): boolean => /^(?:retd|rtd|retired)$/u.test(w?.lower ?? '');
const MALE_PRONOUNS = wordSet('he his him himself');
const FEMALE_PRONOUNS = wordSet('she her hers herself');
/** `name` has the lower-case word `w` ("Ministry of Health" has "ministry"). */
const hasWord = (name: string, w: string): boolean => ` ${name.toLowerCase()} `.includes(` ${w} `);

/** People who speak for a body. */
const SPOKESPEOPLE: ReadonlySet<string> = new Set([...SPOKESPERSON_WORDS, 'representative']);
/** Who speaks for a body named after them: "a spokesman for X", "a statement from X". */
const VOICE_NOUNS: ReadonlySet<string> = new Set([...SPOKESPEOPLE, 'statement']);

/** Words before a role that tell of a career rather than a post: "the former oil executive". */
const CAREER_WORDS = wordSet('former ex veteran longtime long-time one-time onetime');

/** Words opening a sentence with a phrase that comes before its subject. */
const INTRO_WORDS = wordSet(
  `after before during in on at following despite while when since as with without unlike like for from under
  born raised educated elected appointed trained married hired however meanwhile later earlier`,
);
/** Descriptions of bodies of members, which no state body answers to. */
const MEMBERS_BODIES = wordSet('union federation association confederation');
/** A state body's name: a court, tribunal, ministry, department, parliament, government or police. */
const STATE_BODY_NAME =
  /\b(?:court|cour|tribunal|ministry|ministère|department|parliament|government|police)\b/iu;
/** Descriptions of a business, and the heads of public bodies that are none. */
const BUSINESS_WORDS = wordSet(
  'company firm group carmaker retailer airline lender insurer consortium label miner automaker drugmaker developer operator fund',
);
/** Money a place's name qualifies: "US dollars", "Hong Kong dollars", "Swiss francs". */
const CURRENCY_NOUNS = wordSet(
  'dollar dollars euro euros pound pounds yen yuan renminbi rupee rupees peso pesos franc francs rand naira shilling shillings won rouble roubles ruble rubles lira reais cedi cedis',
);
/** Trading venues and their indexes: not what "the company" means ("shares fell on the Nasdaq"). */
const EXCHANGE_NAMES = wordSet('nasdaq nyse euronext kospi kosdaq nikkei ftse asx tsx jse sgx hkex');
const PUBLIC_BODY_HEADS = wordSet(
  `court tribunal commission council ministry department agency parliament committee union government authority
  hospital university college school police museum church administration bureau directorate inspectorate`,
);
const lastWordOf = (name: string): string => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

interface Speaker {
  entity: ExtractedEntity | undefined;
  cue: string;
  /** The cue's subject is a body the story does not name ('"...," the ministry said'): look no further. */
  unnamed?: boolean;
}

export const extractQuotes = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  entities: readonly ExtractedEntity[],
  mentions: readonly NameMention[],
  lex: Lexicon,
): ExtractedQuote[] => {
  /**
   * Between two quotation marks, only a short attribution in the same sentence ending in a comma:
   * '"...," she said, "..."', '"...," said Smith, "..."'.
   */
  const splitAttribution = (close: number, open: number): boolean => {
    if (open - close < 3 || open - close > 10 || tokens[open - 1]?.text !== ',') return false;
    if (tokens[close]?.sentence !== tokens[open]?.sentence) return false;
    if (tokens[close]?.paragraph !== tokens[open]?.paragraph) return false;
    let cue = false;
    for (let k = close + 1; k < open - 1; k++) {
      const t = tokens[k];
      if (!t || t.text === '.' || t.text === ';' || t.kind === 'quote') return false;
      if (t.kind === 'word' && t.text === t.lower && CUE_VERBS.has(t.lower)) cue = true;
    }
    return cue;
  };

  /**
   * One or two lower-case words quoted after a speech verb in their sentence are the speaker's own
   * words, a partial quotation ('Lane said her office had "full confidence" in the police'); any other
   * quotation mark between them, or a capitalized first word, and they may be a name or a term.
   */
  const reportedWords = (q: RawQuote): boolean => {
    const first = tokens[q.open + 1];
    if (!first || first.kind !== 'word' || first.cap || q.single) return false;
    // (a term after "a" and one word is named, not quoted: 'agreed on a new "consultation mechanism"')
    const article = tokens[q.open - 2]?.lower;
    if ((article === 'a' || article === 'an') && tokens[q.open - 1]?.kind === 'word') return false;
    const sentence = sentences[tokens[q.open]?.sentence ?? -1];
    if (!sentence) return false;
    for (let k = q.open - 1; k >= sentence.from; k--) {
      const t = tokens[k];
      if (!t || t.kind === 'quote') return false;
      if (t.kind === 'word' && t.text === t.lower && CUE_VERBS.has(t.lower)) return true;
    }
    return false;
  };

  // A short sentence quoted whole at a sentence's start, its speaker and cue right after: '"It's
  // surreal," the 21-year-old said', '"That's rallying," the Irishman said', '"Great win," he said'.
  const saidRightAfter = (q: RawQuote): boolean => {
    if (q.single || !/^[,.!?]$/u.test(tokens[q.close - 1]?.text ?? '')) return false;
    const opening = tokens[q.open];
    if (!opening || sentences[opening.sentence]?.from !== q.open) return false;
    for (let k = q.close + 1; k < q.close + 6; k++) {
      const w = tokens[k];
      if (!w || (w.kind !== 'word' && w.kind !== 'num' && w.text !== '-')) return false;
      if (w.text === w.lower && CUE_VERBS.has(w.text)) return k > q.close + 1;
      if (
        w.kind === 'word' &&
        w.text === w.lower &&
        FUNCTION_WORDS.has(w.text) &&
        w.text !== 'the' &&
        !PRONOUN_SUBJECTS.has(w.text)
      )
        return false;
    }
    return false;
  };

  const seen: Array<{ from: number; to: number; words: number }> = [];
  const found = findQuotes(text, tokens);
  const raw = found.filter((q, qi) => {
    const n = wordCount(tokens, q.open + 1, q.close);
    // Scare quotes and single words are not speech, but the short first half of a quotation split by
    // its attribution is: '"This dispute," he warned, "is not going away."'
    const next = found[qi + 1];
    const firstHalf =
      !q.single &&
      tokens[q.close - 1]?.text === ',' &&
      next !== undefined &&
      splitAttribution(q.close, next.open);
    if (n < 3 && !firstHalf && !reportedWords(q) && !saidRightAfter(q)) return false;
    // (a short sentence with its speaker right after is speech, though its words look like a title's:
    // '"Tom is Jonah," she said')
    const a1 = tokens[q.close + 1];
    const a2 = tokens[q.close + 2];
    const spokenNext =
      (tokens[q.close - 1]?.text === ',' || tokens[q.close - 1]?.text === '.') &&
      a1?.kind === 'word' &&
      (CUE_VERBS.has(a1.text) ||
        (PRONOUN_SUBJECTS.has(a1.text) && a2?.kind === 'word' && CUE_VERBS.has(a2.text)));
    if (!firstHalf && !spokenNext && isTitleLike(tokens, q.open + 1, q.close)) return false;
    if (q.single && n < 4) return false;
    if (isNotSpeech(text, tokens, sentences, q)) return false;
    // The same words quoted again ("The poster wrote that ...") are one quotation, reported once.
    for (const o of seen)
      if (o.words === n && sameWords(tokens, o.from, o.to, q.open + 1, q.close)) return false;
    seen.push({ from: q.open + 1, to: q.close, words: n });
    return true;
  });
  // Token index -> quote index, to keep antecedents and cues outside quotes.
  const inQuote = new Int32Array(tokens.length).fill(-1);
  // (quoted words kept as no quotation are still no antecedents: a name inside '"Netanyahu lost,"
  // he wrote' is not who "he" is)
  for (const q of found) for (let k = q.open + 1; k < q.close; k++) inQuote[k] = -2;
  raw.forEach((q, qi) => {
    for (let k = q.open; k <= q.close; k++) inQuote[k] = qi;
  });
  const mentionAt = mentionIndex(tokens.length, mentions, (m) => m.from);
  const entityById = (id: number): ExtractedEntity | undefined => entities[id];
  const mentionEnding = mentionIndex(tokens.length, mentions, (m) => m.to - 1);
  /** The mention at `at`, or after up to three title words there ("Sheriff", "Prof.", "Gogo"). */
  const mentionPastTitles = (at: number): NameMention | undefined => {
    let k = at;
    // (and over a nationality and a trade before the name: "Dutch lawyer Femke Oosterhuis")
    // (and over a title's "of" and its remit: "Superintendent of Police Rashmi Deshpande-Kulkarni")
    // (and over "(retd)" after a rank: "Maj. Gen. (retd) Harinder Singh Bajwa")
    while (
      k < at + 8 &&
      !mentionAt.get(k) &&
      (TITLE_WORDS.has(tokens[k]?.lower ?? '') ||
        (k > at && tokens[k]?.text === '(' && retired(tokens[k + 1]) && tokens[k + 2]?.text === ')') ||
        (tokens[k - 1]?.text === '(' && retired(tokens[k])) ||
        (tokens[k]?.text === ')' && retired(tokens[k - 1])) ||
        ((tokens[k]?.text === 'of' || tokens[k]?.text === 'for') &&
          k > at &&
          TITLE_WORDS.has(tokens[k - 1]?.lower ?? '') &&
          !!tokens[k + 1]?.cap) ||
        (k > at + 1 &&
          !!tokens[k]?.cap &&
          tokens[k]?.kind === 'word' &&
          (tokens[k - 1]?.text === 'of' || tokens[k - 1]?.text === 'for') &&
          !!tokens[k + 1]?.cap) ||
        tokens[k]?.text === '.' ||
        (k === at && tokens[k]?.cap === true && lex.demonyms.has(tokens[k]?.lower ?? '')) ||
        (tokens[k]?.text === tokens[k]?.lower &&
          (PEOPLE_BY_TRADE.has(tokens[k]?.lower ?? '') || ROLE_NOUNS.has(tokens[k]?.lower ?? ''))))
    )
      k++;
    return mentionAt.get(k);
  };
  // The story's own pronouns say more than a name list ("Taylor Swift closed her tour"): the first
  // he/his/him or she/her/hers after a person's mention in the same sentence, before any other
  // person is named, votes for that person's gender.
  // "his", "her" and "him" may be someone else's ("Brandt accepted her resignation"): they count only
  // while no other person the pronoun could mean has been named before.
  let votes: Map<number, number> | undefined;
  const countVotes = (): Map<number, number> => {
    const out = new Map<number, number>();
    const seenPeople: ExtractedEntity[] = [];
    for (const m of mentions) {
      const e = entityById(m.entity);
      if (e?.type !== 'person' || e.group) continue;
      const sentence = tokens[m.from]?.sentence;
      // A gendered role in apposition says more than a name list: "Mitchell Baker, a spokeswoman
      // for ..., said" (Mitchell is a man's name in the lists).
      if (tokens[m.to]?.text === ',' && WORK_ARTICLES.has(tokens[m.to + 1]?.lower ?? '')) {
        for (let k = m.to + 2; k <= m.to + 4; k++) {
          const w = tokens[k]?.lower ?? '';
          const g = FEMALE_ROLES.has(w) ? 2 : MALE_ROLES.has(w) ? -2 : 0;
          if (g !== 0) {
            out.set(e.id, (out.get(e.id) ?? 0) + g);
            break;
          }
        }
      }
      // A relative's noun in apposition before the name says it too: "Her son, Devon Polglase,"
      // (Devon is a woman's name in the lists).
      // (also the first of two roles: "Her husband and coach, Getachew Bekele,")
      // (over a trade after the comma: "His daughter, the singer Fatoumata Kanouté,")
      const overTrade = tradeBefore(tokens, m.from);
      // (or with no comma after an owner: "His daughter Salma", "Amrani's son Karim")
      const owner = tokens[m.from - 2]?.lower ?? '';
      let kinBefore =
        tokens[m.from - 1 - overTrade]?.text === ','
          ? (tokens[m.from - 2 - overTrade]?.lower ?? '')
          : owner === 'his' || owner === 'her' || owner === 'their' || tokens[m.from - 2]?.kind === 'poss'
            ? (tokens[m.from - 1]?.lower ?? '')
            : '';
      if (
        !MALE_NOUNS.has(kinBefore) &&
        !FEMALE_NOUNS.has(kinBefore) &&
        kinBefore !== '' &&
        tokens[m.from - 3]?.lower === 'and'
      )
        kinBefore = tokens[m.from - 4]?.lower ?? '';
      if (MALE_NOUNS.has(kinBefore) || FEMALE_NOUNS.has(kinBefore))
        out.set(e.id, (out.get(e.id) ?? 0) + (FEMALE_NOUNS.has(kinBefore) ? 2 : -2));
      // (a relative named between may be the one meant: "Pema Lama, whose brother was on the plane,
      // said he had been travelling")
      let kin = 0;
      // (one who asks is not the one who answers: "Asked by Senator Gurpreet Dhaliwal whether ...,
      // she answered")
      let by = m.from - 1;
      while (by > m.from - 4 && tokens[by]?.cap && TITLE_WORDS.has(tokens[by]?.lower ?? '')) by--;
      // (nor one named as the object of a preposition: "Pressed on whether he had spoken to Halvorsen
      // about a deal, he said", where the woman Halvorsen is no "he")
      const objectOf = tokens[m.from - 1]?.lower ?? '';
      const votesNone =
        (tokens[by]?.lower === 'by' && tokens[by - 1]?.lower === 'asked') ||
        (OBJECT_PREPOSITIONS.has(objectOf) && tokens[m.from - 2]?.lower !== 'according' && e.gender !== 'u');
      for (let k = m.to; !votesNone && k < tokens.length && k < m.to + 25; k++) {
        const t = tokens[k];
        if (!t || t.sentence !== sentence || inQuote[k] !== -1) break;
        const other = mentionAt.get(k);
        if (other && entityById(other.entity)?.type === 'person') break;
        if (MALE_NOUNS.has(t.lower)) kin = -1;
        else if (FEMALE_NOUNS.has(t.lower)) kin = 1;
        const v = MALE_PRONOUNS.has(t.lower) ? -1 : FEMALE_PRONOUNS.has(t.lower) ? 1 : 0;
        if (v === 0) continue;
        if (v === kin) break;
        // "her" before no noun is an object, someone else: "Putin told her he ...", "met her in".
        if (t.lower === 'her') {
          const n = tokens[k + 1];
          if (!n || n.kind !== 'word' || FUNCTION_WORDS.has(n.lower)) continue;
        }
        const subjectForm = t.lower === 'he' || t.lower === 'she' || t.lower.endsWith('self');
        const want = v > 0 ? 'f' : 'm';
        const rival = seenPeople.some((o) => o !== e && (o.gender === want || o.gender === 'u'));
        // (a pronoun against the name's own gender that a person named later in the sentence fits
        // points ahead: "Asked by counsel Jonathan Pryce whether she had ..., Priya Raman said")
        let ahead = false;
        if (e.gender !== 'u' && e.gender !== want)
          for (let j = k + 1; j < tokens.length && tokens[j]?.sentence === sentence && !ahead; j++) {
            const o = mentionAt.get(j);
            const oe = o ? entityById(o.entity) : undefined;
            ahead = oe?.type === 'person' && oe !== e && !oe.group && oe.gender !== e.gender;
          }
        // (nor one that a person named before in the sentence fits, whose relative or friend this is:
        // "Mr Rafferty's partner, Shannon Doyle, said he had told officers")
        let before = false;
        for (let j = m.from - 1; j >= 0 && tokens[j]?.sentence === sentence && !before; j--) {
          const o = mentionAt.get(j);
          const oe = o ? entityById(o.entity) : undefined;
          // (or whose gender is unknown, named as the owner: "Gamedze's lawyer, Thandeka Mamba, said he
          // would appeal")
          before =
            oe?.type === 'person' &&
            oe !== e &&
            !oe.group &&
            (oe.gender === want || (oe.gender === 'u' && tokens[o?.to ?? -1]?.kind === 'poss'));
        }
        // (nor one against the name's own gender after a person described in between: "Yolanda
        // Mosquera said the writer had never set foot in the villages he described")
        // (nor a subject reported after a cue, which may be anyone: "Culture Minister Hélène X said he
        // had been chosen")
        let weak =
          e.gender !== 'u' &&
          e.gender !== want &&
          (CUE_VERBS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.lower === 'that');
        if (e.gender !== 'u' && e.gender !== want)
          for (let j = m.to; j < k && !weak; j++)
            weak = tokens[j]?.lower === 'the' && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]?.cap;
        if ((subjectForm || !rival) && !ahead && !before && !weak) out.set(e.id, (out.get(e.id) ?? 0) + v);
        break;
      }
      // A person of unknown gender named alone in a sentence, not as an owner, with no pronoun before
      // the name, and the next sentence opening with "He" or "She": "sub-postmaster Nazia Parveen runs
      // a branch office ... She said parcels had started to arrive".
      const own = sentence === undefined ? undefined : sentences[sentence];
      const next = own ? tokens[own.to] : undefined;
      if (
        e.gender === 'u' &&
        !votesNone &&
        own &&
        (next?.text === 'He' || next?.text === 'She') &&
        inQuote[own.to] === -1 &&
        tokens[m.to]?.kind !== 'poss' &&
        !(out.get(e.id) ?? 0)
      ) {
        let alone = true;
        for (let j = own.from; j < own.to && alone; j++) {
          const w = tokens[j]?.lower ?? '';
          if (j < m.from && (MALE_PRONOUNS.has(w) || FEMALE_PRONOUNS.has(w))) alone = false;
          const o = mentionAt.get(j);
          if (o && o !== m && entityById(o.entity)?.type === 'person') alone = false;
        }
        if (alone) out.set(e.id, next.text === 'She' ? 1 : -1);
      }
      if (!seenPeople.includes(e)) seenPeople.push(e);
    }
    return out;
  };
  const genderOf = (e: ExtractedEntity): 'f' | 'm' | 'u' => {
    votes ??= countVotes();
    const v = votes.get(e.id) ?? 0;
    return v > 0 ? 'f' : v < 0 ? 'm' : e.gender;
  };
  /** A company's name: a legal suffix ("Acme Corp") or a name the company list has. */
  const companyLike = (name: string): boolean =>
    (name.includes(' ') && COMPANY_SUFFIXES.has(lastWordOf(name).replace(/\.$/u, ''))) ||
    lex.companies.has(name.toLowerCase());

  /** A news agency named only in the dateline's brackets ("BRASÍLIA (Reuters) —"): no body described. */
  const creditOnly = (e: ExtractedEntity): boolean =>
    e.mentions.every((m) => m.from < 12 && tokens[m.from - 1]?.text === '(' && tokens[m.to]?.text === ')');
  /** Sentences that are a byline ("By Refilwe Seabi" on its own line): the writer speaks in none. */
  const bylines = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    if (
      tokens[s.from]?.text === 'By' &&
      s.to - s.from <= 8 &&
      !tokens.slice(s.from, s.to).some((t) => t.text === '.' || t.kind === 'quote')
    )
      bylines.add(i);
  }
  /** Most recent named entity outside quotes before token index `before`. */
  const recent = (before: number, accept: (e: ExtractedEntity) => boolean): ExtractedEntity | undefined => {
    for (let k = before - 1; k >= 0; k--) {
      if (inQuote[k] !== -1 || bylines.has(tokens[k]?.sentence ?? -1)) continue;
      const m = mentionEnding.get(k);
      if (!m) continue;
      const e = entityById(m.entity);
      if (e && accept(e)) return e;
    }
    return undefined;
  };

  const lastSpeakers: ExtractedEntity[] = [];
  /**
   * "the diplomat" after "A Western diplomat in Vienna, speaking on condition of anonymity, said":
   * the person introduced without a name since `r` was last named, not `r`.
   */
  /** Where a description ("the diplomat", at its "the") means a person introduced without a name. */
  const unnamedDescriptions = new Set<number>();
  /** Does an aside opening at `x` say its speaker would not be named ("speaking on condition of anonymity")? */
  const anonymityAt = (x: number): boolean => {
    const sentence = tokens[x]?.sentence;
    for (let k = x; k < x + 8; k++) {
      const t = tokens[k];
      if (!t || t.sentence !== sentence || inQuote[k] !== -1 || t.text === ',') return false;
      if (t.lower === 'anonymity') return true;
      if (t.lower === 'be' && (tokens[k + 1]?.lower === 'named' || tokens[k + 1]?.lower === 'identified'))
        return true;
    }
    return false;
  };
  /** The latest person before `at` named beside the kin word `kin` in the same sentence. */
  const kinNamed = (kin: string, at: number): ExtractedEntity | undefined => {
    let found: ExtractedEntity | undefined;
    for (const m of mentions) {
      if (m.from >= at) break;
      const e = entityById(m.entity);
      if (e?.type !== 'person' || e.group || inQuote[m.from] !== -1) continue;
      const sentence = tokens[m.from]?.sentence;
      // (not the one whose kin it is: "Xu's father")
      const owner = tokens[m.to]?.kind === 'poss';
      for (let k = Math.max(0, m.from - 4); k <= (owner ? m.from - 1 : m.to + 4); k++)
        if (tokens[k]?.lower === kin && tokens[k]?.sentence === sentence && inQuote[k] === -1) found = e;
    }
    return found;
  };
  const describe = (words: string[], at: number): ExtractedEntity | undefined => {
    const head = words[words.length - 1];
    // "the father said": someone's kin, who is the person named beside that word if any ("Xu's
    // father, Li Wei,", "Li Wei, the boy's father,"), else no one named ("Xu's father, reached by
    // Reuters, said ... '...,' the father said").
    // (not a parent described by a count of children: "the mother of three said")
    let headAt = at;
    while (headAt < at + 3 && tokens[headAt]?.lower !== head) headAt++;
    if (words.length === 1 && head && KIN_NOUNS.has(head) && tokens[headAt + 1]?.lower !== 'of') {
      const kin = kinNamed(head, at);
      if (!kin) unnamedDescriptions.add(at);
      return kin;
    }
    // (one the cue itself leaves unnamed: '"...," the official said, speaking on condition of
    // anonymity', '..., the diplomat said, asking not to be named')
    if (head && !SPOKESPEOPLE.has(head)) {
      let c = at + 1;
      while (c < at + 6 && tokens[c]?.kind === 'word' && !CUE_VERBS.has(tokens[c]?.text ?? '')) c++;
      if (CUE_VERBS.has(tokens[c]?.text ?? '') && tokens[c + 1]?.text === ',' && anonymityAt(c + 2)) {
        unnamedDescriptions.add(at);
        return undefined;
      }
    }
    const r = describeNamed(words, at);
    // ("the official" after "A senior official at the Ministry of Finance, speaking on condition of
    // anonymity, said": that official, not the ministry)
    if (
      (!r || r.type === 'organisation') &&
      head &&
      !SPOKESPEOPLE.has(head) &&
      !ORG_DESCRIPTIONS.has(head) &&
      !UNNAMED_NONPERSONS.has(head)
    ) {
      // (introduced after "a", "an", "one" or "another" within 80 words, whatever follows the noun: a
      // workplace, a place or nothing; over lower-case words, nationalities or a body's name before it:
      // "A diplomat in Brussels familiar with the file said ... '...,' the diplomat said", "an NFVCB
      // official, who spoke on condition of anonymity, said ... '...,' the official said")
      for (let k = at - 1; k >= 0 && k >= at - 80; k--) {
        const t = tokens[k];
        if (inQuote[k] !== -1 || t?.lower !== head) continue;
        // (not one the description goes on to name: "a diplomat, Ana Ruiz, said", "A senior official at
        // the Egyptian Ministry of Finance, Ahmed Ali, said")
        let c = k + 1;
        while (c < k + 12 && tokens[c] && tokens[c]?.text !== ',' && tokens[c]?.kind !== 'punct') c++;
        const named = tokens[c]?.text === ',' ? mentionAt.get(c + 1) : undefined;
        if (named && entityById(named.entity)?.type === 'person') break;
        let j = k - 1;
        while (j >= k - 4 && j >= 0) {
          const w = tokens[j];
          if (!w || w.kind !== 'word') break;
          if (INDEFINITE_OPENERS.has(w.lower)) {
            unnamedDescriptions.add(at);
            return undefined;
          }
          const m = w.cap ? mentionEnding.get(j) : undefined;
          if (m && entityById(m.entity)?.type === 'organisation') {
            j = m.from - 1;
            continue;
          }
          if (w.cap && !lex.demonyms.has(w.lower) && !REGION_ADJECTIVES.has(w.lower)) break;
          j--;
        }
      }
      return r;
    }
    if (r?.type !== 'person' || !head) return r;
    let last = -1;
    for (const m of r.mentions) if (m.from < at && m.from > last) last = m.from;
    for (let k = at - 1; k > last; k--) {
      if (inQuote[k] !== -1 || tokens[k]?.lower !== head) continue;
      // "a/an", then only lower-case words or a nationality ("A Western diplomat", "a senior EU
      // official" is not: EU names a body) up to the head
      for (let j = k - 1; j >= k - 4 && j > last; j--) {
        const w = tokens[j];
        // (over a body's name of one word: "an NFVCB official, who spoke on condition of anonymity")
        const m = mentionAt.get(j);
        const bodyName = !!m && m.to === j + 1 && entityById(m.entity)?.type === 'organisation';
        if (!w || w.kind !== 'word' || (m && !bodyName)) break;
        if (w.lower === 'a' || w.lower === 'an') {
          // (not the apposition of the person described: "Emily Barraclough, a planetary scientist,")
          if (tokens[j - 1]?.text === ',' && r.mentions.some((m) => m.to === j - 1)) break;
          unnamedDescriptions.add(at);
          return undefined;
        }
        if (w.cap && !bodyName && !lex.demonyms.has(w.lower) && !REGION_ADJECTIVES.has(w.lower)) break;
      }
    }
    return r;
  };
  /** The one person (no group) of the story that `fits`, if exactly one does. */
  const onlyPerson = (fits: (e: ExtractedEntity) => boolean): ExtractedEntity | undefined => {
    let found: ExtractedEntity | undefined;
    for (const e of entities) {
      if (e.type !== 'person' || e.group || !fits(e)) continue;
      if (found) return undefined;
      found = e;
    }
    return found;
  };
  /** ", the (up to six words) <head>," or "." at `k`: a name's apposition saying what kind of body it is. */
  const kindInApposition = (k: number, head: string): boolean => {
    if (tokens[k]?.text !== ',' || !/^(?:the|a|an)$/u.test(tokens[k + 1]?.lower ?? '')) return false;
    for (let j = k + 2; j < k + 8; j++) {
      const w = tokens[j];
      // (over a plural's apostrophe: "the Corsican workers' union")
      const plural = (w?.text === "'" || w?.text === '’') && w.start === tokens[j - 1]?.end;
      if (!w || (w.kind !== 'word' && w.kind !== 'poss' && !plural)) return false;
      if (w.text === head) return tokens[j + 1]?.text === ',' || tokens[j + 1]?.text === '.';
    }
    return false;
  };
  const describeNamed = (words: string[], at: number): ExtractedEntity | undefined => {
    // "the American", "the US diplomat", "the coach", "the city", "the agency".
    const codes: string[] = [];
    const roles: string[] = [];
    for (const w of words) {
      const code = lex.demonyms.get(w) ?? lex.countries.get(w) ?? lex.countries.get(w.replace(/\./gu, ''));
      if (code) codes.push(code);
      else roles.push(w);
    }
    const head = roles[roles.length - 1];
    if (head && PLACE_DESCRIPTIONS.has(head) && codes.length === 0) {
      // "The city reasoned": the town named last, not the region or country named after it
      // ("Livorno, Tuscany"); "the country": a country.
      const key = (e: ExtractedEntity): string => e.name.toLowerCase();
      if (TOWN_WORDS.has(head))
        return recent(
          at,
          (e) => e.type === 'place' && !lex.regions.has(key(e)) && !lex.countries.has(key(e)),
        );
      if (head === 'country' || head === 'nation')
        return recent(at, (e) => e.type === 'place' && lex.countries.has(key(e)));
      return recent(at, (e) => e.type === 'place');
    }
    // "the statement said", "the letter read": the body that was the subject of a sentence of this
    // or the paragraph before ("Doctors Without Borders issued a statement. '...,' the statement said").
    if (head && STATEMENT_WORDS.has(head) && roles.length === 1 && codes.length === 0) {
      const paragraph = tokens[at]?.paragraph ?? 0;
      let body: { at: number; entity: ExtractedEntity } | undefined;
      for (const s of orgSubjects) {
        // (a sentence's own subject, opening it: not the subject of a clause it reports)
        const opening = sentences[tokens[s.at]?.sentence ?? -1]?.from ?? -1;
        const opens = s.at === opening || (s.at === opening + 1 && tokens[opening]?.lower === 'the');
        if (s.at < at && opens && paragraph - (tokens[s.at]?.paragraph ?? -9) <= 1) body = s;
      }
      // (not when a person is the subject since: "Its president, X, said in a statement that ...")
      if (body && subjects.some((s) => s.at > (body?.at ?? 0) && s.at < at)) return undefined;
      return body?.entity;
    }
    // "the company", "the firm": a business, not a court or ministry named since ("Apple will
    // appeal at the General Court. The company said ...").
    if (head && BUSINESS_WORDS.has(head)) {
      const business = (e: ExtractedEntity): boolean =>
        e.type === 'organisation' &&
        !PUBLIC_BODY_HEADS.has(lastWordOf(e.name)) &&
        !EXCHANGE_NAMES.has(e.name.toLowerCase().split(' ')[0] ?? '') &&
        !/\b(?:stock )?exchange$/iu.test(e.name);
      // (a body whose name says what the description does first: "the airline" is Singapore
      // Airlines, not the hospital named since)
      const named = recent(
        at,
        (e) => e.type === 'organisation' && (hasWord(e.name, head) || hasWord(e.name, `${head}s`)),
      );
      // (unless a business is the subject of a sentence since it in this paragraph: "German cotton
      // buyer X GmbH ... said it was monitoring the situation. '...,' a company spokesperson said" is
      // not the Holding Company for Cotton and Textiles named paragraphs before)
      const paragraph = tokens[at]?.paragraph ?? 0;
      let since: { at: number; entity: ExtractedEntity } | undefined;
      for (const s of orgSubjects)
        if (s.at < at && business(s.entity) && tokens[s.at]?.paragraph === paragraph) since = s;
      const namedLast = named
        ? Math.max(-1, ...named.mentions.filter((m) => m.from < at).map((m) => m.from))
        : -1;
      if (named && since && since.entity !== named && since.at > namedLast) return since.entity;
      if (named) return named;
      let subject: { at: number; entity: ExtractedEntity } | undefined;
      for (const s of orgSubjects) if (s.at < at && business(s.entity)) subject = s;
      // (a business named in this paragraph over a subject of an earlier one: 'through his
      // solicitors, Fenwick Oyelaran & Co. "...," the firm said' is not the buyer two paragraphs up)
      const latest = recent(at, business);
      const latestAt = latest
        ? Math.max(-1, ...latest.mentions.filter((m) => m.from < at).map((m) => m.from))
        : -1;
      // (only for "firm" and "company", which fit any business: "the carmaker" is no labour board)
      if (
        (head === 'firm' || head === 'company') &&
        latest &&
        subject &&
        latest !== subject.entity &&
        tokens[latestAt]?.paragraph === paragraph &&
        (tokens[subject.at]?.paragraph ?? paragraph) < paragraph
      )
        return latest;
      return subject?.entity ?? latest ?? recent(at, (e) => e.type === 'organisation');
    }
    // "the bench", "the judges": the court named before ("the bench said in its order").
    // (only when the story has named one court so far: "India's Supreme Court stayed an order by the
    // Madras High Court ... the bench said" could be either)
    if (head && COURT_VOICES.has(head) && codes.length === 0) {
      const courts = entities.filter(
        (e) =>
          e.type === 'organisation' &&
          /\b(?:court|tribunal)\b/iu.test(e.name) &&
          e.mentions.some((m) => m.from < at),
      );
      return courts.length === 1 ? courts[0] : undefined;
    }
    // "the assembly" is the Nobel Assembly named earlier, before any other body named since.
    // ... or the latest body with that word anywhere in its name ("the ministry" after "the Ministry
    // of Health"), or else the latest body that is no company ("the agency" after "the DGAC"; not
    // "the ministry" after "Acme Corp complained").
    if (head && ORG_DESCRIPTIONS.has(head)) {
      // (a body whose name holds another country's nationality is not the one described: "the
      // French foreign ministry" is no "Algerian Ministry of Communication")
      const sameNation = (e: ExtractedEntity): boolean =>
        codes.length === 0 ||
        e.name
          .toLowerCase()
          .split(' ')
          .every((w) => {
            const code = lex.demonyms.get(w) ?? lex.countries.get(w);
            return !code || codes.includes(code);
          });
      // (places the description names: "the Hong Kong government")
      const placesBefore: string[] = [];
      const pre = roles.slice(0, -1);
      for (let a = 0; a < pre.length; a++)
        for (let b = a + 1; b <= Math.min(pre.length, a + 3); b++) {
          const span = pre.slice(a, b).join(' ');
          if (lex.places.has(span) || lex.regions.has(span) || lex.countries.has(span))
            placesBefore.push(span);
        }
      // (a central bank by its name's form: "the central bank" is the Reserve Bank of India, not the
      // payments bank it has just barred)
      const central =
        head === 'bank' && pre.includes('central')
          ? recent(at, (e) => e.type === 'organisation' && CENTRAL_BANK_NAME.test(e.name))
          : undefined;
      return (
        central ??
        // ("the Usdaw union": the body the description names)
        recent(
          at + words.length + 1,
          (e) => e.type === 'organisation' && roles.slice(0, -1).includes(e.name.toLowerCase()),
        ) ??
        // (the body the story named right after that kind: "the bank" after "investment bank Ashworth
        // Pryce & Co", not the regulator named since)
        recent(
          at,
          (e) =>
            e.type === 'organisation' &&
            sameNation(e) &&
            e.mentions.some((m) => m.from < at && tokens[m.from - 1]?.text === head),
        ) ??
        // (or in an apposition of that kind after its name: "the STC, the Corsican workers' union,")
        recent(
          at,
          (e) =>
            e.type === 'organisation' && e.mentions.some((m) => m.from < at && kindInApposition(m.to, head)),
        ) ??
        recent(at, (e) => e.type === 'organisation' && lastWordOf(e.name) === head && sameNation(e)) ??
        recent(at, (e) => e.type === 'organisation' && hasWord(e.name, head) && sameNation(e)) ??
        // (a department named by its field and country: "Health Canada", "Transport Canada")
        (head === 'department'
          ? recent(at, (e) => {
              const parts = e.name.toLowerCase().split(' ');
              return (
                e.type === 'organisation' &&
                parts.length === 2 &&
                lex.commonWords.has(parts[0] ?? '') &&
                lex.countries.has(parts[1] ?? '')
              );
            })
          : undefined) ??
        // (not for a ministry or department named by none of its words: "the ministry said" after a
        // minister is no party's "RN")
        // (nor for the words that name a body only with them: "the exchange" is no other body)
        // (a country's embassy speaks for the country: "the Spanish embassy in Seoul said")
        ((head === 'embassy' || head === 'consulate') && codes.length > 0
          ? recent(
              at,
              (e) =>
                (e.type === 'place' || e.type === 'organisation') &&
                codes.includes(lex.countries.get(e.name.toLowerCase()) ?? ''),
            )
          : undefined) ??
        (head === 'ministry' || head === 'department' || NAMED_ONLY_DESCRIPTIONS.has(head)
          ? undefined
          : // (a country's government is that country, never another body: "the Hong Kong
            // government said" after "Lingnan University")
            codes.length > 0 || placesBefore.length > 0
            ? head === 'government'
              ? recent(
                  at,
                  (e) =>
                    e.type === 'place' &&
                    (codes.includes(lex.countries.get(e.name.toLowerCase()) ?? '') ||
                      placesBefore.includes(e.name.toLowerCase())),
                )
              : undefined
            : recent(
                at,
                (e) =>
                  e.type === 'organisation' &&
                  !companyLike(e.name) &&
                  !creditOnly(e) &&
                  // (a union or an association is no court or ministry named since: "the union said"
                  // after "the Court of Québec")
                  !(MEMBERS_BODIES.has(head) && STATE_BODY_NAME.test(e.name)),
              ))
      );
    }
    // "the Republican said": the latest sentence subject, a party's member being a person.
    if (head && PARTY_MEMBERS.has(head) && codes.length === 0) return latestSubject(at, () => true);
    // "the UAE Team Emirates rider said", "the Red Bull driver said": a sportsperson described by
    // team or country is the latest sentence subject.
    // (the one person the story named right after that trade, if any: "left-arm spinner Ravindra
    // Kulkarni ... '...,' the spinner said")
    if (head && PEOPLE_BY_TRADE.has(head)) {
      const byTrade = onlyPerson((e) =>
        e.mentions.some((m) => m.from < at && tokens[m.from - 1]?.lower === head),
      );
      // (only when the latest subject was named with another trade: "wicketkeeper Rishabh Pandey"
      // is no spinner; "Goikoetxea complained ... The Basque rider said" is Goikoetxea)
      const latest = latestSubject(at, (e) => e.type === 'person');
      const otherTrade = latest?.mentions.some((m) => {
        const w = tokens[m.from - 1]?.lower ?? '';
        return m.from < at && w !== head && PEOPLE_BY_TRADE.has(w);
      });
      return byTrade && otherTrade ? byTrade : latest;
    }
    // "the 71-year-old said", "the woman said": the latest sentence subject of that gender.
    if (head && (head === 'year-old' || PERSON_NOUNS.has(head)) && codes.length === 0) {
      const want = FEMALE_NOUNS.has(head) ? 'f' : MALE_NOUNS.has(head) ? 'm' : undefined;
      return latestSubject(at, (e) => !want || genderOf(e) === want || genderOf(e) === 'u');
    }
    const people = entities.filter(
      (e) => e.type === 'person' && !e.group && (e.mentions[0]?.from ?? Infinity) < at,
    );
    const fits = (e: ExtractedEntity, withCodes = true): boolean => {
      if (withCodes) for (const c of codes) if (!e.attributes.has(c)) return false;
      // (a former holder is not "the prime minister", a bare title)
      // (unless named with the title itself, not after "former": "Governor Adriana X ... X, a former
      // city council member")
      if (
        e.attributes.has('former') &&
        roles.length > 0 &&
        roles.every((r) => TITLE_WORDS.has(r) && !CAREER_WORDS.has(r)) &&
        !e.mentions.some(
          (m) =>
            m.from < at &&
            tokens[m.from - 1]?.lower === head &&
            tokens[m.from - 1]?.cap &&
            !/^(?:former|ex|ex-)$/u.test(tokens[m.from - 2]?.lower ?? ''),
        )
      )
        return false;
      if (head) {
        const cls = ROLE_CLASSES[head] ?? [head];
        const attrs = [...e.attributes].join(' ');
        if (
          !cls.some((r) =>
            r.includes(' ')
              ? attrs.includes(r) || hasAll(e.attributes, r)
              : e.attributes.has(r) &&
                // (a union's or party's general secretary is no minister)
                !(r === 'secretary' && head !== 'secretary' && e.attributes.has('general')),
          )
        )
          return false;
      }
      return true;
    };
    const matching = people.filter((e) => fits(e));
    if (matching.length === 1) return matching[0];
    // A title nobody named so far holds, held by one person named later: '"...," the Prime
    // Minister told MPs. Keir Starmer, the Prime Minister, said ...'.
    if (matching.length === 0 && head && TITLE_WORDS.has(head)) {
      const later = onlyPerson(
        (e) =>
          (e.mentions[0]?.from ?? -1) >= at &&
          // (every word of the title: "the Prime Minister" is no Work and Pensions Secretary; and
          // the nationality given: "the Mexican director" is no French director named later)
          roles.every((r) => e.attributes.has(r)) &&
          // (or of no nationality given: "Serbia's president ... President Dragan Mitrović said")
          (codes.every((c) => e.attributes.has(c)) || ![...e.attributes].some((a) => COUNTRY_CODE.test(a))),
      );
      if (later) return later;
    }
    // A scholar's or expert's trade nobody was given ("'...,' the physicist said" after "Raghunathan
    // was more measured."): the latest sentence subject, a person, as with a player's trade.
    if (matching.length === 0 && codes.length === 0 && head && EXPERT_TRADES.has(head))
      return latestSubject(at, (e) => e.type === 'person');
    // A past or long career nobody was given as a title describes someone already named: the latest
    // sentence subject ("Babayev urged ... '...,' the former oil executive said"; an unnamed official
    // is "a former aide").
    if (matching.length === 0 && codes.length === 0 && roles.length >= 2 && CAREER_WORDS.has(roles[0] ?? ''))
      return latestSubject(at, (e) => e.type === 'person');
    // A bare nationality ("the German said") nobody was given: the latest sentence subject not
    // given another one ('Zverev was gracious. "...," the German said.'); so is a nationality and a
    // role no one was given when that subject has no title of their own ("Baker, 53, dedicated the
    // prize. '...,' the American director said.").
    const untitled = (e: ExtractedEntity): boolean => ![...e.attributes].some((a) => TITLE_WORDS.has(a));
    if (matching.length === 0 && codes.length > 0 && roles.length <= 1) {
      const s = latestSubject(at, () => true);
      if (!s) return undefined;
      const other = [...s.attributes].some((a) => COUNTRY_CODE.test(a) && !codes.includes(a));
      // (a titled subject whose title the role covers: "Prime Minister Anthony Albanese met ... The
      // Australian leader said")
      return other || (roles.length > 0 && !untitled(s) && !fits(s, false)) ? undefined : s;
    }
    // A role in a body named in the story that nobody, or more than one, was given ("the firebrand
    // EFF leader told a rally" after "Malema ... said"): the latest sentence subject, a person.
    if (
      matching.length !== 1 &&
      head &&
      TITLE_WORDS.has(head) &&
      roles
        .slice(0, -1)
        .some((w) =>
          entities.some(
            (e) => e.type === 'organisation' && e.mentions.some((m) => m.text.toLowerCase() === w),
          ),
        )
    )
      return latestSubject(at, (e) => e.type === 'person');
    // Ambiguous: the latest sentence subject it fits ("Napoli coach Antonio Conte-Ricci ... said he
    // had said goodbye. '...,' the coach said" after another coach spoke), else the current speaker,
    // if the description fits them.
    // (not past a person described but not named since: "The Western diplomat, who asked not to be
    // identified, said ... '...,' the diplomat said")
    if (matching.length > 1) {
      let latest: { at: number; entity: ExtractedEntity } | undefined;
      for (const sub of subjects) {
        if (sub.at >= at) break;
        if (matching.includes(sub.entity)) latest = sub;
      }
      // (named in this paragraph or the one before)
      const near = latest && (tokens[at]?.paragraph ?? 0) - (tokens[latest.at]?.paragraph ?? -9) <= 1;
      if (latest && near && !unnamedSubjects.some((k) => k > (latest?.at ?? at) && k < at))
        return latest.entity;
    }
    const current = lastSpeakers[lastSpeakers.length - 1];
    if (current && (matching.length === 0 ? false : matching.includes(current))) return current;
    return undefined;
  };

  /**
   * The person named after an employer or country and a role, before `limitTo`: "Jefferies analyst
   * James Grzinic", "AFGE President Everett Kelley", "Lagos State Commissioner for Health Akin Abayomi".
   */
  const personAfterEmployer = (m: NameMention, limitTo: number): ExtractedEntity | undefined => {
    // (over the employer's initials in brackets: "French Tennis Federation (FFT) president Isabelle Roux")
    const start = tokens[m.to]?.text === '(' && tokens[m.to + 2]?.text === ')' ? m.to + 3 : m.to;
    // (up to eight words, over a nationality before more of the role: "Mozilla Foundation fellow and
    // Kenyan digital rights researcher Grace Mung'aru-Kibathi")
    for (let j = start; j < limitTo && j < start + 8; j++) {
      const inner = mentionAt.get(j);
      if (inner) {
        const person = entityById(inner.entity);
        const after = tokens[inner.to];
        // (or a country closing the employer's name: "Antarctica New Zealand chief executive X")
        if (
          person?.type === 'place' &&
          after?.kind === 'word' &&
          after.text === after.lower &&
          !FUNCTION_WORDS.has(after.text)
        ) {
          j = inner.to - 1;
          continue;
        }
        return person?.type === 'person' && j > start ? person : undefined;
      }
      const w = tokens[j];
      // (over an officer's possessive: "said OAS Secretary General's special representative X")
      const officers =
        w?.kind === 'poss' && !!tokens[j - 1]?.cap && TITLE_WORDS.has(tokens[j - 1]?.lower ?? '');
      // (and over "(retd)" after a rank: "BTRC Chairman Maj Gen (retd) Abu Sayeed Chowdhury")
      if (w?.text === '(' && retired(tokens[j + 1]) && tokens[j + 2]?.text === ')') {
        j += 2;
        continue;
      }
      if (!w || (w.kind !== 'word' && !officers && !(w.text === '.' && w.start === tokens[j - 1]?.end)))
        return undefined;
    }
    return undefined;
  };

  /** The last sentence subject named before token `at` that `fits` (subjects are in text order). */
  /** The latest sentence subject before `at` that `fits`, with where it stands. */
  const latestSubjectEntry = (
    at: number,
    fits: (e: ExtractedEntity) => boolean,
  ): { at: number; entity: ExtractedEntity } | undefined => {
    let latest: { at: number; entity: ExtractedEntity } | undefined;
    for (const s of subjects) {
      if (s.at >= at) break;
      if (fits(s.entity)) latest = s;
    }
    return latest;
  };
  const latestSubject = (at: number, fits: (e: ExtractedEntity) => boolean): ExtractedEntity | undefined =>
    latestSubjectEntry(at, fits)?.entity;

  // Sentence subjects (the first named mention outside quotes) and speakers are what a later
  // "he"/"she" most often refers back to; plain recency is the fallback.
  const subjects: Array<{ at: number; entity: ExtractedEntity }> = [];
  const orgSubjects: Array<{ at: number; entity: ExtractedEntity }> = [];
  /** Speech verbs of sentences whose subject is a person described but not named (token indices). */
  const unnamedSubjects: number[] = [];
  /** Sentence subjects that describe a body without naming it ("the bank"): where, and the words. */
  const describedBodies: Array<{ at: number; words: string[] }> = [];
  /** Sentences whose subject is a body's unnamed voice ("A spokeswoman for Kestrel said"): the body. */
  const voiceSubjects: Array<{ at: number; body: ExtractedEntity }> = [];
  for (const s of sentences) {
    // An opening phrase before the subject ("Speaking in Brussels, ...", "After the vote, ...")
    // names no subject: start after its comma. (A name ending in "-ing" opens no such phrase:
    // "Boeing Chief Executive Dave Calhoun, who ..., said".)
    let from = s.from;
    const opener = tokens[s.from];
    if (
      opener &&
      (INTRO_WORDS.has(opener.lower) ||
        // ("Asked by counsel Jonathan Pryce whether ..., Raman said")
        (opener.lower === 'asked' && tokens[s.from + 1]?.kind === 'word') ||
        (opener.text.endsWith('ing') &&
          /^\p{Lu}\p{Ll}+ing$/u.test(opener.text) &&
          !mentionAt.get(s.from) &&
          // (a noun before a title is no participle: "Meeting director Fiona Ross said", "Housing
          // Minister Ama Owusu said")
          !TITLE_WORDS.has(tokens[s.from + 1]?.lower ?? '') &&
          // (the source "According to" names is the sentence's voice: "According to Ann Lee, ...")
          opener.lower !== 'according'))
    ) {
      for (let k = s.from + 1; k < s.to && k - s.from < 25; k++) {
        if (tokens[k]?.text === ',') {
          from = k + 1;
          break;
        }
      }
      // (over a relative clause on the phrase's noun: "At the Simón Bolívar International Bridge,
      // which links Cúcuta with San Antonio del Táchira, Marisela Ortega said")
      if (/^(?:which|where|whose)$/u.test(tokens[from]?.lower ?? '')) {
        for (let k = from + 1; k < s.to && k - from < 25; k++) {
          if (tokens[k]?.text === ',') {
            from = k + 1;
            break;
          }
        }
      }
      // (a name in apposition still closing the phrase: "In a statement issued through its
      // management company, Ignition, Noel said")
      const closing = mentionAt.get(from);
      // (or a pronoun: "In a statement released through her lawyer, Eduardo Siqueira, she said")
      // (over the firm the name is of: "..., Alasdair Buchanan of Buchanan Reid, he said")
      const link = closing ? tokens[closing.to]?.text : undefined;
      const firm = link === 'of' || link === 'at' ? mentionAt.get((closing?.to ?? 0) + 1) : undefined;
      const closeAt = firm ? firm.to : (closing?.to ?? 0);
      if (
        closing &&
        tokens[closeAt]?.text === ',' &&
        (mentionAt.get(closeAt + 1) || PRONOUN_SUBJECTS.has(tokens[closeAt + 1]?.text ?? ''))
      )
        from = closeAt + 1;
      // (or a description of the phrase's place in apposition: "At Ansar-Ud-Deen Primary School in
      // Surulere, a district of mainland Lagos, head teacher Folake Adebayo said")
      if (/^an?$/u.test(tokens[from]?.text ?? '')) {
        let k = from + 1;
        while (k < from + 6 && tokens[k]?.kind === 'word' && tokens[k]?.text === tokens[k]?.lower) k++;
        const place = k > from + 1 ? mentionAt.get(k) : undefined;
        if (place && entityById(place.entity)?.type === 'place' && tokens[place.to]?.text === ',')
          from = place.to + 1;
      }
    }
    // A person the opening "For ..." names is what the sentence is about: "For Carol McKinney, 68, of
    // Columbus, the news was personal. '...,' she said" is hers.
    if (opener?.lower === 'for') {
      // (also one of many named after "like": "For owners like Wang Lijuan, a schoolteacher, the news
      // was worrying")
      let at = s.from + 1;
      while (
        at < s.from + 4 &&
        tokens[at]?.kind === 'word' &&
        tokens[at]?.text === tokens[at]?.lower &&
        tokens[at]?.lower !== 'like'
      )
        at++;
      const named = tokens[at]?.lower === 'like' && at > s.from + 1 ? at + 1 : s.from + 1;
      const m = mentionAt.get(named);
      const e = m ? entityById(m.entity) : undefined;
      if (m && e?.type === 'person' && !e.group && tokens[m.to]?.text === ',') {
        subjects.push({ at: named, entity: e });
        continue;
      }
    }
    // A sentence whose subject is "he" or "she" names no new subject: "She coined the slogan, which
    // Obama later adapted" is still about her.
    const lead = tokens[from]?.lower;
    if (lead === 'he' || lead === 'she') continue;
    // ... and one of many, in an apposition or before a verb: "One victim, a 72-year-old retired
    // professor, lost his savings. '...,' he said" is that victim.
    // (over up to two describing words: "One former colleague", "Another juror", "A retired farmer")
    if (lead === 'one' || lead === 'a' || lead === 'an' || lead === 'another') {
      let h = from + 1;
      while (
        h < from + 3 &&
        tokens[h]?.kind === 'word' &&
        tokens[h]?.text === tokens[h]?.lower &&
        !UNNAMED_PEOPLE.has(tokens[h]?.lower ?? '')
      )
        h++;
      const head = tokens[h];
      const afterHead = tokens[h + 1];
      if (
        !!head &&
        head.text === head.lower &&
        UNNAMED_PEOPLE.has(head.lower) &&
        !!afterHead &&
        (afterHead.text === ',' || (afterHead.kind === 'word' && afterHead.text === afterHead.lower))
      )
        unnamedSubjects.push(h);
    }
    // A body's unnamed voice as the subject of a speech verb: "A spokeswoman for Kestrel said ...",
    // "A Christie's spokeswoman said ..." (a later "she said" speaks for that body).
    if (lead === 'a' || lead === 'an') {
      let body: ExtractedEntity | undefined;
      let k = from + 1;
      const owner = mentionAt.get(k);
      const ownerEntity = owner ? entityById(owner.entity) : undefined;
      if (owner && ownerEntity?.type === 'organisation' && SPOKESPEOPLE.has(tokens[owner.to]?.lower ?? '')) {
        body = ownerEntity;
        k = owner.to + 1;
      } else if (
        SPOKESPEOPLE.has(tokens[k]?.lower ?? '') &&
        /^(?:for|of|at)$/u.test(tokens[k + 1]?.lower ?? '')
      ) {
        const b = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
        // (over the body's country: "A spokesman for Britain's Department for Business and Trade")
        const country = mentionAt.get(b);
        const named =
          country && entityById(country.entity)?.type === 'place' && tokens[country.to]?.kind === 'poss'
            ? mentionAt.get(country.to + 1)
            : country;
        const e = named ? entityById(named.entity) : undefined;
        if (named && e?.type === 'organisation') {
          body = e;
          k = named.to;
        }
      }
      if (body)
        for (let c = k; c < k + 3 && c < s.to; c++) {
          const v = tokens[c];
          if (v?.kind === 'word' && v.text === v.lower && CUE_VERBS.has(v.text)) {
            voiceSubjects.push({ at: from, body });
            break;
          }
        }
    }
    // A person described, not named, as the subject of a speech verb ("a 68-year-old cancer patient
    // said"): a later "she said" is that person, no one named before.
    // (also "One director at a large foreign bank in Sao Paulo, who asked not to be identified, said")
    if (lead === 'a' || lead === 'an' || lead === 'one' || lead === 'another') {
      let head = '';
      let limit = from + 9;
      for (let k = from + 1; k < s.to && k <= limit; k++) {
        const t = tokens[k] as Token;
        // (over a relative clause in commas: "A neighbour, who did not want to be named, said")
        // (also after where the person works: "A ranger at Hluhluwe-iMfolozi, who asked not to be
        // named, said")
        if (t.text === ',' && tokens[k + 1]?.lower === 'who') {
          let close = k + 2;
          while (close < s.to && close - k < 24 && tokens[close]?.text !== ',') close++;
          if (tokens[close]?.text !== ',') break;
          if (head === '') head = tokens[k - 1]?.lower ?? '';
          limit += close - k + 1;
          k = close;
          continue;
        }
        // (over the place or body after "at" or "of" the head: "A senior underwriter at a Lloyd's
        // syndicate said", not a body's voice: "A spokeswoman for Kestrel said")
        const where = head !== '' && inQuote[k] === -1 ? mentionAt.get(k) : undefined;
        if (where && !SPOKESPEOPLE.has(head)) {
          limit += where.to - k;
          k = where.to - 1;
          continue;
        }
        // (a spokesperson for a person, a venue or a name the story does not list is unnamed too: "A
        // spokesman for Prime Minister X said", "A spokeswoman for the Aviva Stadium said"; a body's
        // voice is the body's, above)
        if (
          SPOKESPEOPLE.has(head) &&
          inQuote[k] === -1 &&
          !voiceSubjects.some((v) => v.at === from) &&
          (where || (t.cap && t.kind === 'word') || (t.text === '+' && tokens[k - 1]?.cap))
        ) {
          const to = where ? where.to : k + 1;
          limit += to - k;
          k = to - 1;
          continue;
        }
        // (over a nationality: "A Thai security officer, who declined to be named, said")
        if (t.cap && head === '' && k === from + 1 && lex.demonyms.has(t.lower) && inQuote[k] === -1)
          continue;
        // (and over the body the person works for, before the role: "A FreshWay store manager in
        // Chengdu, who asked not to be named, told Reuters"; not its voice: "A Christie's spokeswoman")
        const employer = k === from + 1 && inQuote[k] === -1 ? mentionAt.get(k) : undefined;
        const role = employer ? tokens[employer.to] : undefined;
        if (
          employer &&
          entityById(employer.entity)?.type === 'organisation' &&
          role?.kind === 'word' &&
          role.text === role.lower &&
          !FUNCTION_WORDS.has(role.text) &&
          !CUE_VERBS.has(role.text) &&
          !SPOKESPEOPLE.has(role.text)
        ) {
          limit += employer.to - k;
          k = employer.to - 1;
          continue;
        }
        if (
          inQuote[k] !== -1 ||
          mentionAt.get(k) ||
          t.cap ||
          (t.kind !== 'word' && t.kind !== 'num' && t.text !== '-')
        )
          break;
        // (and over where the person works: "A fisheries officer in Takoradi, who ..., said")
        if (
          (t.lower === 'of' ||
            t.lower === 'for' ||
            t.lower === 'from' ||
            t.lower === 'at' ||
            t.lower === 'in') &&
          head === ''
        )
          head = tokens[k - 1]?.lower ?? '';
        if (CUE_VERBS.has(t.lower) && k > from + 1) {
          // (a person: not "a court said", "a statement (from the county) said")
          if (head === '') head = tokens[k - 1]?.lower ?? '';
          // (nor a body's voice: "A spokeswoman for the museum said" speaks for the museum)
          const body = tokens[k - 1]?.lower ?? '';
          const voice =
            SPOKESPEOPLE.has(head) && tokens[k - 2]?.lower === 'the' && ORG_DESCRIPTIONS.has(body);
          if (!ORG_DESCRIPTIONS.has(head) && !UNNAMED_NONPERSONS.has(head) && !voice) unnamedSubjects.push(k);
          break;
        }
      }
    }
    // A subject opening with "the" and left unnamed by the relative clause after it: "The victim's
    // mother, who asked not to be named, told TBS Television ..." (a later "she said" is hers).
    if (lead === 'the') {
      let c = from + 1;
      while (c < s.to && c <= from + 8 && tokens[c]?.text !== ',' && inQuote[c] === -1 && !mentionAt.get(c))
        c++;
      // (or by a participle saying so: "The whistleblower, identified in court only as a former senior
      // engineer, told NHK")
      const onlyAs =
        tokens[c + 1]?.lower === 'identified' &&
        tokens.slice(c + 2, c + 8).some((t, n, w) => t.lower === 'only' && w[n + 1]?.lower === 'as');
      if (
        tokens[c]?.text === ',' &&
        c > from + 1 &&
        ((tokens[c + 1]?.lower === 'who' && anonymityAt(c + 2)) || onlyAs)
      ) {
        let close = c + 2;
        while (close < s.to && close - c < 24 && tokens[close]?.text !== ',') close++;
        const verb = tokens[close + 1];
        if (
          tokens[close]?.text === ',' &&
          verb?.kind === 'word' &&
          verb.text === verb.lower &&
          CUE_VERBS.has(verb.text)
        )
          unnamedSubjects.push(close + 1);
      }
    }
    // ... also named after the clause, closing the sentence: "Jonathan Reynolds is due to travel to
    // Kuwait, a government spokeswoman said. She said he would ..." (that "she" is the spokeswoman).
    {
      let e = s.to - 1;
      if (tokens[e]?.text === '.') e--;
      const cue = tokens[e];
      if (cue?.kind === 'word' && cue.text === cue.lower && CUE_VERBS.has(cue.text) && inQuote[e] === -1) {
        const head = tokens[e - 1]?.lower ?? '';
        let k = e - 1;
        while (
          k > e - 6 &&
          tokens[k]?.kind === 'word' &&
          tokens[k]?.text === tokens[k]?.lower &&
          !/^an?$/u.test(tokens[k]?.text ?? '')
        )
          k--;
        if (
          /^an?$/u.test(tokens[k]?.text ?? '') &&
          k < e - 1 &&
          tokens[k - 1]?.text === ',' &&
          (UNNAMED_PEOPLE.has(head) || SPOKESPEOPLE.has(head) || CLOSING_UNNAMED.has(head)) &&
          !ORG_DESCRIPTIONS.has(head) &&
          !UNNAMED_NONPERSONS.has(head)
        )
          unnamedSubjects.push(e);
      }
    }
    // A person described as the subject of a speech verb ("But the magistrate said she ..."): the
    // person the description means is the subject, not a name in the reported clause.
    const lead2 = lead === 'but' || lead === 'and' || lead === 'yet' ? from + 1 : from;
    if (tokens[lead2]?.lower === 'the') {
      const words: string[] = [];
      let k = lead2 + 1;
      // (any verb: "The judge was unmoved.", "The prime minister dismissed the criticism.")
      // (over an age's number: "The 22-year-old won")
      for (; k < s.to && k <= lead2 + 5; k++) {
        const t = tokens[k] as Token;
        if (
          (t.kind === 'num' || t.text === '-') &&
          words.length === 0 &&
          /^-?year-old$/u.test(
            tokens[k + 1]?.text === '-' ? '-' + (tokens[k + 2]?.text ?? '') : (tokens[k + 1]?.text ?? ''),
          )
        )
          continue;
        if (inQuote[k] !== -1 || t.kind !== 'word' || t.cap || mentionAt.get(k) || subjectVerb(t)) break;
        words.push(t.lower);
        if (words.length === 3) {
          k++;
          break;
        }
      }
      const verb = tokens[k];
      if (
        words.length > 0 &&
        verb?.kind === 'word' &&
        subjectVerb(verb) &&
        !ORG_DESCRIPTIONS.has(words[words.length - 1] ?? '') &&
        // (a verb's form inside the description's own phrase is none: "The minister of state
        // responsible for gambling, X, said")
        !PHRASE_LINKS.has(words[words.length - 1] ?? '')
      ) {
        const e = describe(words, lead2);
        if (e?.type === 'person' && !e.group) {
          subjects.push({ at: lead2, entity: e });
          continue;
        }
      }
    }
    // A body described, not named, as the subject ("The bank said ...", "The company has ..."): a
    // later "it said" is that body, whichever body the description means.
    if (lead === 'the') {
      for (let k = from + 1; k < s.to && k <= from + 4; k++) {
        const t = tokens[k] as Token;
        if (inQuote[k] !== -1 || t.kind !== 'word' || t.cap || mentionAt.get(k)) break;
        const next = tokens[k + 1];
        if (
          ORG_DESCRIPTIONS.has(t.lower) &&
          next?.kind === 'word' &&
          !next.cap &&
          (CUE_VERBS.has(next.lower) || next.lower.endsWith('ed') || BODY_SUBJECT_VERBS.has(next.lower))
        ) {
          const words: string[] = [];
          for (let j = from + 1; j <= k; j++) words.push(tokens[j]?.lower ?? '');
          describedBodies.push({ at: k, words });
          break;
        }
      }
    }
    // ... or after the quote opening the sentence: '"...," the company said in a statement.'
    if (inQuote[from] !== -1) {
      let k = from;
      while (k < s.to && inQuote[k] !== -1) k++;
      if (tokens[k]?.lower === 'the') {
        for (let d = k + 1; d < s.to && d <= k + 3; d++) {
          const t = tokens[d] as Token;
          if (t.kind !== 'word' || t.cap || mentionAt.get(d)) break;
          if (ORG_DESCRIPTIONS.has(t.lower) && CUE_VERBS.has(tokens[d + 1]?.lower ?? '')) {
            const words: string[] = [];
            for (let j = k + 1; j <= d; j++) words.push(tokens[j]?.lower ?? '');
            describedBodies.push({ at: d, words });
            break;
          }
        }
      }
    }
    // A byline names the writer, no subject.
    if (bylines.has(opener?.sentence ?? -1)) continue;
    /** A person owning the sentence's subject thing, its subject failing any other: "Then it was Takigawa's turn." */
    let owner: { at: number; entity: ExtractedEntity } | undefined;
    const subjectsBefore = subjects.length;
    const orgSubjectsBefore = orgSubjects.length;
    for (let k = from; k < s.to; k++) {
      if (inQuote[k] !== -1) continue;
      const m = mentionAt.get(k);
      if (!m) continue;
      // A body's bracketed initials and a comma before its officer's name in commas, then the verb:
      // "The Auditor-General of South Africa (AGSA), Ntombi Nkuna-Makhubela, said".
      const officer =
        tokens[m.to]?.text === '(' && tokens[m.to + 2]?.text === ')' && tokens[m.to + 3]?.text === ','
          ? mentionAt.get(m.to + 4)
          : undefined;
      if (
        officer &&
        entityById(m.entity)?.type === 'organisation' &&
        entityById(officer.entity)?.type === 'person' &&
        tokens[officer.to]?.text === ',' &&
        !!tokens[officer.to + 1] &&
        subjectVerb(tokens[officer.to + 1] as Token)
      ) {
        orgSubjects.push({ at: k, entity: entityById(m.entity) as ExtractedEntity });
        k = officer.from - 1;
        continue;
      }
      // A possessive names the subject's owner, not the subject: "Labour's Shadow Home Secretary
      // Yvette Cooper said", "Obama's spokesman Josh Earnest said".
      if (tokens[m.to]?.kind === 'poss') {
        // (a body's office or branch as the subject speaks for the body, to a later "it": "The European
        // Commission's representation in Athens said")
        const part = tokens[m.to + 1];
        if (
          part?.kind === 'word' &&
          BODY_PARTS.has(part.text) &&
          entityById(m.entity)?.type === 'organisation' &&
          !!tokens[m.to + 2] &&
          (subjectVerb(tokens[m.to + 2] as Token) || tokens[m.to + 2]?.lower === 'in')
        )
          orgSubjects.push({ at: k, entity: entityById(m.entity) as ExtractedEntity });
        // (a person's, before a thing that is no person: "Takigawa's turn", not "Obama's spokesman")
        const ownerEntity = entityById(m.entity);
        if (
          !owner &&
          ownerEntity?.type === 'person' &&
          !ownerEntity.group &&
          part?.kind === 'word' &&
          part.text === part.lower &&
          !UNNAMED_PEOPLE.has(part.text) &&
          !TITLE_WORDS.has(part.text) &&
          !ROLE_NOUNS.has(part.text) &&
          !SPOKESPEOPLE.has(part.text) &&
          !/(?:er|or|ist|ian|ant|ent)s?$/u.test(part.text)
        )
          owner = { at: k, entity: ownerEntity };
        k = m.to;
        continue;
      }
      const named = entityById(m.entity);
      // (a person before a role in lower case and a name is the name's employer, whatever its type:
      // "According to Morningstar analyst Tom Vella, ...")
      const roleAfter = tokens[m.to];
      const employs =
        roleAfter?.kind === 'word' &&
        roleAfter.text === roleAfter.lower &&
        (TITLE_WORDS.has(roleAfter.text) || ROLE_NOUNS.has(roleAfter.text));
      const e = named?.type === 'person' && !employs ? named : (personAfterEmployer(m, s.to) ?? named);
      // A dateline's place and agency come before the subject: "LONDON (Reuters) - Rachel Reeves ...".
      const agency = tokens[m.from - 1]?.text === '(' && tokens[m.to]?.text === ')';
      if (s.from === 0 && (e?.type === 'place' || agency)) {
        k = m.to - 1;
        continue;
      }
      // So does a phrase opening the sentence with a preposition, up to its comma: "Inside the
      // Justus Lipsius building, minister Luc Vandenbroucke told reporters", "Back in Mwea, ...".
      // (the name inside that phrase: not "Outside court, the boy's mother, Tanya Walker, said")
      if (k - from < 10 && OPENING_PREPOSITIONS.has(lead ?? '')) {
        let comma = from + 1;
        while (comma < s.to && comma - from < 12 && tokens[comma]?.text !== ',' && inQuote[comma] === -1)
          comma++;
        if (tokens[comma]?.text === ',' && comma >= m.to) {
          k = comma;
          continue;
        }
      }
      // Nor is one after a preposition in a phrase closed by a comma: "Later, speaking to Reuters,
      // Ali Ben Said added".
      const prep = tokens[m.from - 1]?.lower ?? '';
      if (
        (prep === 'to' || prep === 'with' || prep === 'from' || prep === 'by') &&
        // (not the source "According to X," names, who speaks)
        tokens[m.from - 2]?.lower !== 'according' &&
        tokens[m.to]?.text === ',' &&
        k - from < 10
      ) {
        k = m.to;
        continue;
      }
      // A place or body inside a phrase before the subject's name is no subject: "the mayor of
      // Paiporta, Maribel Albalat, told", "A spokesperson for the National Security Council, Sean
      // Savett, declined".
      let via = m.from - 1;
      if (tokens[via]?.lower === 'the' || tokens[via]?.lower === 'nearby') via--;
      // ... or a body's role before the name in commas: "The Chelsea manager, Enzo Maresca, praised".
      // (over a possessive: "The Raptors' president, Masai Ujiri, said"; or the body's initials in
      // brackets: "The Australian Workers' Union (AWU) national secretary, Paul Farrugia, said")
      const initials = tokens[m.to]?.text === '(' && tokens[m.to + 2]?.text === ')' ? m.to + 3 : m.to;
      const roleFrom =
        tokens[initials]?.kind === 'poss' || tokens[initials]?.text === "'" || tokens[initials]?.text === '’'
          ? initials + 1
          : initials;
      let roleEnd = roleFrom;
      while (
        roleEnd < roleFrom + 3 &&
        tokens[roleEnd]?.kind === 'word' &&
        tokens[roleEnd]?.text === tokens[roleEnd]?.lower
      )
        roleEnd++;
      // (the role's own place or body after it: "The U.N. humanitarian coordinator for Sudan,")
      const roleOf = roleEnd > roleFrom ? tokens[roleEnd - 1]?.lower : undefined;
      const roleTail =
        roleOf === 'for' || roleOf === 'of' || roleOf === 'in' ? mentionAt.get(roleEnd) : undefined;
      if (roleTail && tokens[roleTail.to]?.text === ',') roleEnd = roleTail.to;
      // (over the holder's own title: "The National Police Service spokesperson, Superintendent
      // Rose Nyambura Muthoni, said")
      const holder =
        roleEnd > roleFrom && tokens[roleEnd]?.text === ',' ? mentionPastTitles(roleEnd + 1) : undefined;
      if (e?.type !== 'person' && holder && entityById(holder.entity)?.type === 'person') {
        if (e?.type === 'organisation') orgSubjects.push({ at: k, entity: e });
        k = roleEnd;
        continue;
      }
      // (over two of them: "the regional director for West and Central Africa, Rachid X,")
      const paired = tokens[m.to]?.text === 'and' ? mentionAt.get(m.to + 1) : undefined;
      const phraseEnd = paired && entityById(paired.entity)?.type === e?.type ? paired.to : m.to;
      if (
        e?.type !== 'person' &&
        via > from &&
        k - from < 16 &&
        // (and a role's "to": "Ukraine's ambassador to Romania, Ihor Bondarenko, said")
        (PHRASE_LINKS.has(tokens[via]?.lower ?? '') || tokens[via]?.lower === 'to') &&
        tokens[phraseEnd]?.text === ','
      ) {
        if (e?.type === 'organisation') orgSubjects.push({ at: k, entity: e });
        k = phraseEnd - 1;
        continue;
      }
      // ... or right before the name, with no comma: "Mayor of Muswellbrook Shire Council Gail
      // Pemberton told the committee".
      const holderNext = mentionAt.get(m.to);
      if (
        e?.type === 'organisation' &&
        via > from &&
        k - from < 16 &&
        PHRASE_LINKS.has(tokens[via]?.lower ?? '') &&
        holderNext &&
        entityById(holderNext.entity)?.type === 'person'
      ) {
        orgSubjects.push({ at: k, entity: e });
        k = m.to - 1;
        continue;
      }
      // A place after a preposition inside the subject's description is no subject: "A villager in
      // nearby Yishan township, who gave only her surname, Zhou, said".
      // (over a possessive of a lower-case place word: "a school in the city's West End")
      let linkAt = m.from - 1;
      if (
        tokens[linkAt]?.kind === 'poss' &&
        tokens[linkAt - 1]?.kind === 'word' &&
        tokens[linkAt - 1]?.text === tokens[linkAt - 1]?.lower &&
        tokens[linkAt - 2]?.lower === 'the'
      )
        linkAt -= 3;
      const placeLink = tokens[linkAt]?.lower === 'nearby' ? tokens[linkAt - 1] : tokens[linkAt];
      if (
        e?.type === 'place' &&
        m.from > from + 2 &&
        placeLink?.kind === 'word' &&
        (placeLink.text === 'in' || placeLink.text === 'near' || placeLink.text === 'from')
      ) {
        k = m.to - 1;
        continue;
      }
      // A place in a role before its holder's name in commas, then the verb: "Amnesty International's
      // Middle East and North Africa deputy director, Aya Rahal, said".
      if (e?.type === 'place') {
        let comma = m.to;
        while (comma < m.to + 10 && comma < s.to && tokens[comma]?.text !== ',' && inQuote[comma] === -1)
          comma++;
        const holder = tokens[comma]?.text === ',' ? mentionPastTitles(comma + 1) : undefined;
        const who = holder ? entityById(holder.entity) : undefined;
        const verb = holder ? tokens[holder.to + 1] : undefined;
        let role = false;
        for (let j = m.to; j < comma && !role; j++)
          role = TITLE_WORDS.has(tokens[j]?.lower ?? '') || ROLE_NOUNS.has(tokens[j]?.lower ?? '');
        if (
          role &&
          holder &&
          who?.type === 'person' &&
          !who.group &&
          tokens[holder.to]?.text === ',' &&
          !!verb &&
          subjectVerb(verb)
        ) {
          subjects.push({ at: holder.from, entity: who });
          break;
        }
      }
      // A sentence opening with a place whose speaker is named at its end: "Boulder and Cincinnati
      // are on the shortlist, festival director Joanna Pruett said."
      if (e?.type === 'place') {
        for (let j = m.to; j < s.to; j++) {
          const later = inQuote[j] === -1 ? mentionAt.get(j) : undefined;
          const who = later ? entityById(later.entity) : undefined;
          const cue = later ? tokens[later.to] : undefined;
          if (
            later &&
            who?.type === 'person' &&
            !who.group &&
            cue?.kind === 'word' &&
            cue.text === cue.lower &&
            CUE_VERBS.has(cue.text) &&
            (tokens[later.to + 1]?.text === '.' || tokens[later.to + 1]?.text === ',')
          ) {
            subjects.push({ at: j, entity: who });
            break;
          }
          if (later) j = later.to - 1;
        }
        // (a place opening a body's name before its officer: "USA Track & Field (USATF) chief executive
        // Patricia Ogunleye-Hart said": read on to the body and the person)
        let near = m.to;
        while (near < m.to + 3 && near < s.to && !mentionAt.get(near) && inQuote[near] === -1) near++;
        const next = mentionAt.get(near);
        if (
          next &&
          entityById(next.entity)?.type === 'organisation' &&
          !subjects.some((x) => x.at >= s.from && x.at < s.to)
        ) {
          k = m.to - 1;
          continue;
        }
        // (nor a place in apposition after the opening phrase's place: "In Mitchelstown, County Cork,
        // dairy farmer Niamh Fitzgerald-Kearney milks 140 cows")
        if (
          (OPENING_PREPOSITIONS.has(lead ?? '') || m.from === from) &&
          tokens[m.from - 1]?.text === ',' &&
          tokens[m.to]?.text === ',' &&
          k - from < 12
        ) {
          k = m.to;
          continue;
        }
        break;
      }
      if (e?.type === 'person' && !e.group) subjects.push({ at: k, entity: e });
      if (e?.type === 'organisation') orgSubjects.push({ at: k, entity: e });
      break;
    }
    if (owner && subjects.length === subjectsBefore && orgSubjects.length === orgSubjectsBefore)
      subjects.push(owner);
  }
  // The subject of a second clause opened by ", while", ", whereas", ", and" or ", but", before its verb (over an
  // apposition): "Doyle said ..., while an Independent TD from Cork, Máire Ní Shúilleabháin, warned
  // that ..." — a later "she said" is hers.
  let clauseSubjects = 0;
  for (let k = 1; k < tokens.length; k++) {
    // (the comma may close a quote first: '... was "finally starting to change," while')
    const comma =
      tokens[k - 1]?.text === ',' ||
      (/^["”]$/u.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',');
    if (inQuote[k] !== -1 || !comma || !CLAUSE_OPENERS.has(tokens[k]?.lower ?? '')) continue;
    const sentence = tokens[k]?.sentence;
    for (let j = k + 1; j < k + 10 && tokens[j]?.sentence === sentence && inQuote[j] === -1; j++) {
      const m = mentionAt.get(j);
      if (!m) continue;
      const e = entityById(m.entity);
      if (e?.type !== 'person' || e.group) {
        j = m.to - 1;
        continue;
      }
      let verbAt = m.to;
      // (the name closing the apposition: "while an Independent TD from Cork, Máire Ní Shúilleabháin,
      // warned"; or one opening it: "while Ms Ahern, a senator, warned")
      const afterComma = tokens[verbAt + 1];
      if (tokens[verbAt]?.text === ',' && !(afterComma && subjectVerb(afterComma))) {
        verbAt++;
        while (verbAt < m.to + 10 && tokens[verbAt]?.sentence === sentence && tokens[verbAt]?.text !== ',')
          verbAt++;
        verbAt++;
      } else if (tokens[verbAt]?.text === ',') verbAt++;
      const verb = tokens[verbAt];
      if (verb?.kind === 'word' && verb.text === verb.lower && subjectVerb(verb)) {
        subjects.push({ at: m.from, entity: e });
        clauseSubjects++;
        break;
      }
      j = m.to - 1;
    }
  }
  // A person right before a speech verb in a relative clause is its subject too: "..., a gap that local MP
  // Tamsin Byrne-Holloway said needed to be fixed." — a later "she said" is hers.
  for (const m of mentions) {
    const verb = tokens[m.to];
    if (
      inQuote[m.from] !== -1 ||
      verb?.kind !== 'word' ||
      verb.text !== verb.lower ||
      !CUE_VERBS.has(verb.text) ||
      OBJECT_PREPOSITIONS.has(tokens[m.from - 1]?.lower ?? '')
    )
      continue;
    // (in a relative clause: after "that", over a title or role: "that local MP X said")
    let rel = m.from - 1;
    while (
      rel > m.from - 5 &&
      tokens[rel]?.kind === 'word' &&
      (TITLE_WORDS.has(tokens[rel]?.lower ?? '') || tokens[rel]?.text === tokens[rel]?.lower) &&
      tokens[rel]?.lower !== 'that'
    )
      rel--;
    if (tokens[rel]?.lower !== 'that') continue;
    const e = entityById(m.entity);
    if (e?.type !== 'person' || e.group || subjects.some((x) => x.at === m.from)) continue;
    const sentence = tokens[m.from]?.sentence;
    if (subjects.some((x) => x.entity === e && tokens[x.at]?.sentence === sentence)) continue;
    subjects.push({ at: m.from, entity: e });
    clauseSubjects++;
  }
  // A person opening a clause of time or cause before its verb, in a sentence no person is the
  // subject of: "The EIB has made energy security a priority since Calvino took office." — a later
  // "she said" is hers.
  for (const m of mentions) {
    const opener = tokens[m.from - 1];
    const verb = tokens[m.to];
    if (
      inQuote[m.from] !== -1 ||
      opener?.kind !== 'word' ||
      opener.text !== opener.lower ||
      !SUBORDINATORS.has(opener.text) ||
      opener.text === 'while' ||
      verb?.kind !== 'word' ||
      verb.text !== verb.lower ||
      !subjectVerb(verb)
    )
      continue;
    const e = entityById(m.entity);
    if (e?.type !== 'person' || e.group) continue;
    const sentence = tokens[m.from]?.sentence;
    if (subjects.some((x) => tokens[x.at]?.sentence === sentence)) continue;
    subjects.push({ at: m.from, entity: e });
    clauseSubjects++;
  }
  // The speaker of a cue closing a sentence whose subject is no person: "Lightbridge also plans to
  // open an office in Johannesburg, Mehta said." — a later "he added" is his.
  // (over the speaker's role in lower case or title words: "..., director Carla Jameson-Bollers said.")
  for (const m of mentions) {
    const verb = tokens[m.to];
    let lead = m.from - 1;
    while (
      lead > m.from - 4 &&
      tokens[lead]?.kind === 'word' &&
      (tokens[lead]?.text === tokens[lead]?.lower || TITLE_WORDS.has(tokens[lead]?.lower ?? '')) &&
      inQuote[lead] === -1
    )
      lead--;
    if (
      inQuote[m.from] !== -1 ||
      tokens[lead]?.text !== ',' ||
      verb?.kind !== 'word' ||
      verb.text !== verb.lower ||
      !CUE_VERBS.has(verb.text)
    )
      continue;
    const sentence = tokens[m.from]?.sentence;
    let end = m.to + 1;
    while (end < m.to + 5 && tokens[end]?.sentence === sentence && tokens[end]?.text !== '.') end++;
    if (tokens[end]?.text !== '.' || tokens[end]?.sentence !== sentence) continue;
    const e = entityById(m.entity);
    if (e?.type !== 'person' || e.group) continue;
    if (subjects.some((x) => tokens[x.at]?.sentence === sentence)) continue;
    subjects.push({ at: m.from, entity: e });
    clauseSubjects++;
  }
  // ... and of one inverted, after the cue and the speaker's role: "The statues will stay at the
  // Peshawar Museum, said provincial culture adviser Zahida Begum." — a later "she said" is hers.
  for (let k = 1; k + 1 < tokens.length; k++) {
    const verb = tokens[k];
    if (
      inQuote[k] !== -1 ||
      tokens[k - 1]?.text !== ',' ||
      verb?.kind !== 'word' ||
      verb.text !== verb.lower ||
      !CUE_VERBS.has(verb.text)
    )
      continue;
    let j = k + 1;
    while (
      j < k + 6 &&
      tokens[j]?.kind === 'word' &&
      tokens[j]?.text === tokens[j]?.lower &&
      !mentionAt.get(j)
    )
      j++;
    const m = mentionPastTitles(j);
    const e = m ? entityById(m.entity) : undefined;
    if (!m || e?.type !== 'person' || e.group) continue;
    const sentence = tokens[k]?.sentence;
    const close = tokens[m.to];
    if (close?.text !== '.' && close?.text !== ',') continue;
    if (subjects.some((x) => tokens[x.at]?.sentence === sentence)) continue;
    subjects.push({ at: m.from, entity: e });
    clauseSubjects++;
  }
  // The source "according to" names, of a sentence whose subject is no person: "Underwriters still
  // charge war-risk premiums, according to Marguerite O'Donnell-Baptiste, a marine insurance
  // analyst." — a later "she said" is hers.
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]?.lower !== 'according' || tokens[k + 1]?.lower !== 'to' || inQuote[k] !== -1) continue;
    const m = mentionPastTitles(k + 2);
    const e = m ? entityById(m.entity) : undefined;
    if (!m || e?.type !== 'person' || e.group) continue;
    const sentence = tokens[k]?.sentence;
    if (subjects.some((x) => tokens[x.at]?.sentence === sentence)) continue;
    subjects.push({ at: m.from, entity: e });
    clauseSubjects++;
  }
  // A person named, perhaps with an apposition, before ", who said": "That challenge was echoed by
  // Ajai Chowdhry, a co-founder of HCL, who said India needed more engineers. India, he said, ..."
  // (the passive's agent is who speaks; a later "he said" is his).
  for (let k = 2; k + 1 < tokens.length; k++) {
    if (tokens[k]?.lower !== 'who' || tokens[k - 1]?.text !== ',' || inQuote[k] !== -1) continue;
    const verb = tokens[k + 1];
    if (verb?.kind !== 'word' || verb.text !== verb.lower || !CUE_VERBS.has(verb.text)) continue;
    let m = mentionEnding.get(k - 2);
    if (!m || entityById(m.entity)?.type !== 'person') {
      let j = k - 2;
      while (j > k - 16 && j > 0 && tokens[j]?.text !== ',' && inQuote[j] === -1) j--;
      if (tokens[j]?.text === ',') m = mentionEnding.get(j - 1);
    }
    const e = m ? entityById(m.entity) : undefined;
    if (!m || e?.type !== 'person' || e.group) continue;
    const sentence = tokens[k]?.sentence;
    if (subjects.some((x) => tokens[x.at]?.sentence === sentence && x.entity === e)) continue;
    subjects.push({ at: k, entity: e });
    clauseSubjects++;
  }
  if (clauseSubjects > 0) subjects.sort((a, b) => a.at - b.at);
  /**
   * A sentence about a person described but not named ("a 68-year-old cancer patient said") comes
   * after the latest subject named that `fits`, before `at`: a "she said" there is that person.
   */
  const describedSpeakerBefore = (at: number, fits: (e: ExtractedEntity) => boolean): boolean => {
    if (unnamedSubjects.length === 0) return false;
    let since = -1;
    for (const sub of subjects) {
      if (sub.at >= at) break;
      if (fits(sub.entity)) since = sub.at;
    }
    return unnamedSubjects.some((k) => k > since && k < at);
  };
  /**
   * A sentence whose subject describes a body ("The bank said ...") after the latest body or place
   * named before `at`: the body that description means, if any (`entity` undefined when none).
   */
  const describedBodyBefore = (at: number): { entity: ExtractedEntity | undefined } | undefined => {
    let last: { at: number; words: string[] } | undefined;
    for (const d of describedBodies) if (d.at < at) last = d;
    if (!last) return undefined;
    for (let k = at - 1; k > last.at; k--) {
      if (inQuote[k] !== -1) continue;
      const m = mentionEnding.get(k);
      const e = m ? entityById(m.entity) : undefined;
      // (a place naming a currency is no body to speak: "priced in US dollars")
      if (e?.type === 'place' && CURRENCY_NOUNS.has(tokens[k + 1]?.lower ?? '')) continue;
      if (e && (e.type === 'organisation' || e.type === 'place')) return undefined;
    }
    return { entity: describe(last.words, last.at) };
  };
  const personPronounFits =
    (w: string) =>
    (e: ExtractedEntity): boolean => {
      if (e.type !== 'person' || e.group) return false;
      const g = genderOf(e);
      return g === (w === 'he' ? 'm' : 'f') || g === 'u';
    };
  /**
   * The person asked a question in the sentence before `at` ("X asked Okafor whether he would
   * support a review. '...,' he said"): the one who answers, if `fits`.
   */
  const askedBefore = (at: number, fits: (e: ExtractedEntity) => boolean): ExtractedEntity | undefined => {
    const sentence = tokens[at]?.sentence ?? 0;
    const prev = sentences[sentence - 1];
    if (!prev) return undefined;
    for (let k = prev.from; k < at; k++) {
      if (tokens[k]?.lower !== 'asked' || inQuote[k] !== -1) continue;
      // (over a title: "asked Sheriff Daniel Okafor")
      const m = mentionPastTitles(k + 1);
      const e = m ? entityById(m.entity) : undefined;
      // (a question's opening after the one asked: "whether", "if", "about", "why", "how")
      const next = m ? tokens[m.to] : undefined;
      if (e && fits(e) && next && ASKED_ABOUT.has(next.lower)) return e;
    }
    return undefined;
  };
  /** A name in commas before a pronoun that is its clause's subject, so someone else's: "In a
   * statement released through his solicitor, Alasdair Buchanan of Buchanan Reid, he said". */
  const appositionBeforePronoun = (m: NameMention): boolean => {
    if (tokens[m.from - 1]?.text !== ',') return false;
    let close = m.to;
    while (close < m.to + 6 && tokens[close] && tokens[close]?.text !== ',' && inQuote[close] === -1) close++;
    const p = tokens[close + 1]?.lower;
    return tokens[close]?.text === ',' && (p === 'he' || p === 'she');
  };
  const pronoun = (w: string, at: number): ExtractedEntity | undefined => {
    if (w === 'he' || w === 'she') {
      const fits = personPronounFits(w);
      // (a body's unnamed voice as the latest subject, in this paragraph or the one before, speaks for
      // the body: 'A Christie's spokeswoman said ... "...," she said')
      const voice = voiceSubjects.findLast((v) => v.at < at);
      if (
        voice &&
        (latestSubjectEntry(at, fits)?.at ?? -1) < voice.at &&
        (tokens[at]?.paragraph ?? 0) - (tokens[voice.at]?.paragraph ?? 0) <= 1
      )
        return voice.body;
      if (describedSpeakerBefore(at, fits)) return undefined;
      const asked = askedBefore(at, fits);
      if (asked) return asked;
      // A subject whose gender is unknown gives way to a person of the pronoun's gender named after
      // it: "Gashi said ... The U.S. envoy, Rebecca Holloway, visited ... she urged them to "..."".
      const latest = latestSubjectEntry(at, fits);
      const subject = latest?.entity;
      const subjectAt = latest?.at ?? -1;
      if (subject && genderOf(subject) === 'u') {
        const want = w === 'he' ? 'm' : 'f';
        // (in a later sentence than the subject's: not "Noguchi handed his letter to Kobayashi. He told")
        const subjectSentence = tokens[subjectAt]?.sentence ?? -1;
        for (let k = at - 1; k > subjectAt && (tokens[k]?.sentence ?? -1) > subjectSentence; k--) {
          if (inQuote[k] !== -1) continue;
          const m = mentionEnding.get(k);
          const e = m ? entityById(m.entity) : undefined;
          // (named as someone doing something, not after a preposition: "on Boulevard du 30 Juin")
          const before = m ? tokens[m.from - 1] : undefined;
          if (
            e?.type === 'person' &&
            !e.group &&
            e !== subject &&
            genderOf(e) === want &&
            before?.kind !== 'num' &&
            !OBJECT_PREPOSITIONS.has(before?.lower ?? '') &&
            !(m && appositionBeforePronoun(m))
          )
            return e;
        }
      }
      return subject ?? recent(at, fits);
    }
    if (w === 'it') {
      const d = describedBodyBefore(at);
      if (d) return d.entity;
      // The body that is the subject of this sentence or the one before, over a place named after
      // it there: "Rival BMW said it had no plans to close plants in Germany. '...,' it said."
      const sentence = tokens[at]?.sentence ?? 0;
      let subject: ExtractedEntity | undefined;
      for (const o of orgSubjects) {
        if (o.at >= at) break;
        if ((tokens[o.at]?.sentence ?? -9) >= sentence - 1) subject = o.entity;
      }
      return subject ?? recent(at, (e) => e.type === 'organisation' || e.type === 'place');
    }
    if (w === 'they') return they(at);
    return undefined;
  };

  /**
   * "they": the latest body named, or the first of two people named together since ("her sons Toby
   * Stephens and Chris Larkin said ... '...,' they said" is not the hospital named before them).
   */
  const they = (at: number): ExtractedEntity | undefined => {
    for (let k = at - 1; k >= 0; k--) {
      if (inQuote[k] !== -1) continue;
      const m = mentionEnding.get(k);
      if (!m) continue;
      const e = entityById(m.entity);
      if (e?.type === 'organisation') return e;
      if (e?.type !== 'person' || tokens[m.from - 1]?.text !== 'and') continue;
      const pair = mentionEnding.get(m.from - 2);
      const first = pair ? entityById(pair.entity) : undefined;
      if (first?.type === 'person' && !first.group && first !== e) return first;
    }
    return undefined;
  };

  /** "the (health) ministry" ends at `k`: a body described, not named. */
  const unnamedBodyAt = (k: number, limitFrom: number): boolean => {
    if (!ORG_DESCRIPTIONS.has(tokens[k]?.lower ?? '')) return false;
    for (let j = k - 1; j >= limitFrom && j >= k - 3; j--) if (tokens[j]?.lower === 'the') return true;
    return false;
  };

  /** The body an earlier "a spokesperson for X" or "an X spokesperson" speaks for, within 80 tokens. */
  const spokenForBefore = (at: number): ExtractedEntity | undefined => {
    for (let k = at - 1; k >= 0 && k >= at - 80; k--) {
      if (inQuote[k] !== -1 || !SPOKESPEOPLE.has(tokens[k]?.lower ?? '')) continue;
      // "a spokesperson for (the) X"
      if (tokens[k + 1]?.lower === 'for') {
        const m = mentionAt.get(tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2);
        const e = m ? entityById(m.entity) : undefined;
        return e?.type === 'organisation' ? e : undefined;
      }
      // "an X spokesperson"
      const owner = mentionEnding.get(k - 1);
      const e = owner ? entityById(owner.entity) : undefined;
      return owner && e?.type === 'organisation' && /^an?$/u.test(tokens[owner.from - 1]?.lower ?? '')
        ? e
        : undefined;
    }
    return undefined;
  };
  /** The speaker noun phrase ending at token `end` (inclusive), reading leftwards. */
  const subjectEndingAt = (end: number, limitFrom: number): ExtractedEntity | undefined | null => {
    const t = tokens[end];
    if (!t) return null;
    // (the point of a name's short last word: "President Surangel Whipps Jr. said", "Acme Inc. said")
    const short = tokens[end - 1];
    if (
      t.text === '.' &&
      short &&
      short.end === t.start &&
      end - 1 >= limitFrom &&
      mentionEnding.get(end - 1)
    )
      return subjectEndingAt(end - 1, limitFrom);
    // (a body's initials in brackets after its name: "The Ilankai Tamil Arasu Kachchi (ITAK)")
    const bracketed = end - 3 >= limitFrom ? bracketedName(end) : undefined;
    if (bracketed && bracketed.to === end - 2) return subjectEndingAt(end - 3, limitFrom);
    const m = mentionEnding.get(end);
    if (m) {
      const e = entityById(m.entity);
      if (!e) return null;
      // "Sen. Rand Paul of Kentucky": the person from the place.
      if (e.type === 'place') {
        const via = tokens[m.from - 1]?.lower;
        const who = via === 'of' || via === 'from' ? mentionEnding.get(m.from - 2) : undefined;
        const person = who && m.from - 2 >= limitFrom ? entityById(who.entity) : undefined;
        if (person?.type === 'person') return person;
        // ... or the one described before it: "the 24-year-old from Oslo said"
        if (via === 'from' && !who && m.from - 2 >= limitFrom && tokens[m.from - 2]?.kind === 'word') {
          const described = subjectEndingAt(m.from - 2, limitFrom);
          if (described?.type === 'person') return described;
        }
        // ... or the body in that place, and its person: "Ion Tabarta of the Institute for ...
        // (IDIS) in Chisinau said", "the Institute in Chisinau said".
        if (via === 'in' || via === 'at' || via === 'of') {
          let end = m.from - 2;
          if (tokens[end]?.text === ')' && tokens[end - 2]?.text === '(') end -= 3;
          const body = mentionEnding.get(end);
          if (body && end >= limitFrom && entityById(body.entity)?.type === 'organisation')
            return subjectEndingAt(end, limitFrom);
          // (or a body described there: "The Spanish embassy in Seoul said")
          const kind = tokens[m.from - 2];
          if (
            via === 'in' &&
            !body &&
            m.from - 2 >= limitFrom &&
            kind?.kind === 'word' &&
            kind.text === kind.lower &&
            ORG_DESCRIPTIONS.has(kind.text)
          )
            return subjectEndingAt(m.from - 2, limitFrom);
        }
        return null;
      }
      // (a body of a body: "Kenji Watanabe of Hokkaido University's Institute of Low Temperature
      // Science said" is his; or of a country: "Colonel Andrés Villacís of Ecuador's National Police
      // said")
      if (e.type === 'organisation' && tokens[m.from - 1]?.kind === 'poss' && m.from - 2 >= limitFrom) {
        const owner = mentionEnding.get(m.from - 2);
        const ownerType = owner ? entityById(owner.entity)?.type : undefined;
        if (ownerType === 'organisation' || ownerType === 'place') {
          const person = subjectEndingAt(m.from - 2, limitFrom);
          if (person?.type === 'person') return person;
        }
      }
      // "Laurent Pueyo of the Space Telescope Science Institute": the person, not the employer.
      let j = m.from - 1;
      if (tokens[j]?.lower === 'the') j--;
      const via = tokens[j]?.lower;
      if (
        e.type === 'organisation' &&
        (via === 'of' || via === 'at' || via === 'from') &&
        j - 1 >= limitFrom
      ) {
        const who = mentionEnding.get(j - 1);
        const person = who ? entityById(who.entity) : undefined;
        if (person?.type === 'person') return person;
      }
      return e;
    }
    // "it" opening a clause reported by a person named as this sentence's subject is a thing, not
    // the speaker: 'Minister Sofie Lindqvist-Bakke said in a statement that it confirmed "..."' is
    // hers.
    if (t.lower === 'it' && tokens[end - 1]?.lower === 'that') {
      let reporter: ExtractedEntity | undefined;
      for (const sub of subjects) {
        if (sub.at >= end) break;
        if (tokens[sub.at]?.sentence === t.sentence && inQuote[sub.at] === -1) reporter = sub.entity;
      }
      let reported = false;
      for (let k = end - 2; k >= 0 && tokens[k]?.sentence === t.sentence && !reported; k--)
        reported = inQuote[k] === -1 && (tokens[k]?.lower === 'said' || tokens[k]?.lower === 'says');
      if (reporter && reported) return reporter;
    }
    if (
      t.kind === 'word' &&
      (t.lower === 'he' || t.lower === 'she' || t.lower === 'it' || t.lower === 'they')
    )
      return pronoun(t.lower, end);
    // "His office said", "Her office released a statement": the person's office speaks for them.
    const owner = tokens[end - 1]?.lower;
    if (t.lower === 'office' && (owner === 'his' || owner === 'her') && end - 1 >= limitFrom)
      return pronoun(owner === 'his' ? 'he' : 'she', end - 1);
    // A country's organ speaks for the country: "Russia's foreign ministry said", "China's embassy in
    // Manila said".
    if (
      t.kind === 'word' &&
      t.text === t.lower &&
      (ORG_DESCRIPTIONS.has(t.lower) || t.lower === 'military')
    ) {
      let k = end - 1;
      while (
        k > end - 4 &&
        k >= limitFrom &&
        tokens[k]?.kind === 'word' &&
        tokens[k]?.text === tokens[k]?.lower
      )
        k--;
      const owner = tokens[k]?.kind === 'poss' ? mentionEnding.get(k - 1) : undefined;
      const country = owner && owner.from >= limitFrom ? entityById(owner.entity) : undefined;
      if (
        country &&
        (country.type === 'place' || country.type === 'organisation') &&
        lex.countries.has(country.name.toLowerCase())
      )
        return country;
    }
    // A description: "the (US) diplomat", "the 88-year-old pontiff".
    const words: string[] = [];
    for (let k = end; k >= limitFrom && k >= end - 6; k--) {
      const w = tokens[k];
      // (a count after "of" tells how many children: "the mother of three", "the grandmother of 5")
      if (
        k === end &&
        (w?.kind === 'num' || NUMBER_WORDS.has(w?.lower ?? '')) &&
        tokens[k - 1]?.lower === 'of'
      ) {
        k--;
        continue;
      }
      if (w && (w.kind === 'num' || (w.text === '-' && k < end))) continue;
      // (a title after its country's possessive: "Serbia's president", as "the Serbian president")
      if (w?.kind === 'poss' && words.length > 0 && TITLE_WORDS.has(words[0] ?? '')) {
        const owner = mentionEnding.get(k - 1);
        const country = owner && owner.from >= limitFrom ? entityById(owner.entity) : undefined;
        if (owner && country?.type === 'place' && lex.countries.has(country.name.toLowerCase()))
          return describe([country.name.toLowerCase(), ...words.reverse()], owner.from);
      }
      if (!w || w.kind !== 'word') break;
      if (w.lower === 'the') {
        // "the spokesperson" after "A spokesperson for Transnet Port Terminals said ..." (or "A
        // Transnet spokesperson said") speaks for that body.
        if (words.length === 1 && SPOKESPEOPLE.has(words[0] ?? '')) {
          const body = spokenForBefore(k);
          if (body) return body;
        }
        return words.length > 0 ? describe(words.reverse(), k) : null;
      }
      // (a body named inside the description is the one meant: "the TPLF central committee said")
      const inner = k < end ? mentionEnding.get(k) : undefined;
      const innerBody = inner && inner.from >= limitFrom ? entityById(inner.entity) : undefined;
      // (a body's own organ, not a person's role: not "the Liberal leader", "the Ospreys hooker")
      if (
        inner &&
        innerBody?.type === 'organisation' &&
        tokens[inner.from - 1]?.lower === 'the' &&
        ORG_DESCRIPTIONS.has(tokens[end]?.lower ?? '')
      )
        return innerBody;
      words.push(w.lower);
    }
    return null;
  };

  /** Does a verb of a reported clause stand at `k` ("the party must", "Tokyo would")? */
  const opensClause = (k: number): boolean => {
    const w = tokens[k];
    return (
      !!w &&
      w.kind === 'word' &&
      w.text === w.lower &&
      (CLAUSE_VERBS.has(w.text) ||
        // a past tense: "said FEMA needed to ...", "said Russia wanted" (not "based in")
        (w.text.length > 4 && w.text.endsWith('ed') && !DESCRIBING_PARTICIPLES.has(w.text)))
    );
  };
  /** End of the description "the ..." opening at `from`, as the loop below reads it. */
  const descriptionEnd = (from: number, limitTo: number): number => {
    let k = from;
    while (k < limitTo && k <= from + 3) {
      const w = tokens[k];
      if (!w || w.kind !== 'word' || (FUNCTION_WORDS.has(w.lower) && !w.cap) || CLAUSE_VERBS.has(w.text))
        break;
      k++;
    }
    return k;
  };

  /** The speaker noun phrase starting at token `from`, reading rightwards ("said the US diplomat"). */
  const subjectStartingAt = (from: number, limitTo: number): ExtractedEntity | undefined | null => {
    let k = from;
    const t = tokens[k];
    if (!t) return null;
    // "said a gold seller who gave only his first name, Behrouz", "said a manager who asked to be
    // identified only by her surname, Levi": the name the description gives.
    if (t.lower === 'a' || t.lower === 'an') {
      let only = false;
      for (let j = k + 1; j < limitTo && j < k + 30 && inQuote[j] === -1; j++) {
        const w = tokens[j]?.lower ?? '';
        if (w === '.' || w === ';') break;
        if (w === 'only') only = true;
        if (only && (w === 'name' || w === 'surname') && tokens[j + 1]?.text === ',') {
          const named = mentionAt.get(j + 2);
          const e = named ? entityById(named.entity) : undefined;
          if (e?.type === 'person' && !e.group) return e;
          break;
        }
        // (or "only as" the name: "said a season-ticket holder who gave his name only as Wong")
        if (only && w === 'as' && tokens[j - 1]?.lower === 'only') {
          const named = mentionAt.get(j + 1);
          const e = named ? entityById(named.entity) : undefined;
          if (e?.type === 'person' && !e.group) return e;
          break;
        }
      }
    }
    // "said the nurse, Gulnara Fatkullina", "said one of them, Yelena Tkachuk": the person named in
    // commas after a description in lower case.
    if (t.lower === 'the' || (t.lower === 'one' && tokens[k + 1]?.lower === 'of')) {
      let j = k + 1;
      while (j < limitTo && j < k + 5 && tokens[j]?.kind === 'word' && tokens[j]?.text === tokens[j]?.lower)
        j++;
      const named = j > k + 1 && tokens[j]?.text === ',' ? mentionPastTitles(j + 1) : undefined;
      const e = named ? entityById(named.entity) : undefined;
      if (e?.type === 'person' && !e.group) return e;
    }
    // "said his friend Mitesh Chauhan", "said her lawyer, Ana Ruiz": the person after the relation.
    // (a body's officer too: "said its national director, Bishop Jose Colin Bagaforo")
    if (t.lower === 'his' || t.lower === 'her' || t.lower === 'their' || t.lower === 'its') {
      let j = k + 1;
      while (j < limitTo && j < k + 4 && tokens[j]?.kind === 'word' && tokens[j]?.text === tokens[j]?.lower)
        j++;
      if (j > k + 1) {
        const named = mentionPastTitles(tokens[j]?.text === ',' ? j + 1 : j);
        const e = named ? entityById(named.entity) : undefined;
        if (e?.type === 'person' && !e.group) return e;
      }
    }
    // (over an age before the name: "joked 12-year-old Kauã Lima")
    if (
      t.kind === 'num' &&
      tokens[k + 1]?.text === '-' &&
      /^(?:year|month)s?-old$/u.test(tokens[k + 2]?.lower ?? '') &&
      k + 3 < limitTo
    ) {
      const named = mentionAt.get(k + 3);
      const e = named ? entityById(named.entity) : undefined;
      if (e?.type === 'person') return e;
    }
    const m = mentionAt.get(k);
    // "said Sydney-based Westpac economist Justin Smirk": the subject after where it is based.
    // (one token: "Sydney-based")
    const compound = m && m.to === k + 1 ? t.lower : '';
    const hyphen = compound.lastIndexOf('-');
    if (hyphen > 0 && PLACE_COMPOUND_TAILS.has(compound.slice(hyphen + 1)) && k + 1 < limitTo)
      return subjectStartingAt(k + 1, limitTo);
    // "said Halvorsen's chief executive, Kristin Aasland": the person after the owner's role.
    // (the owner may be a body the story leaves unnamed as an everyday word: "said Shelter's chief
    // executive, Polly Neate")
    const ownerTo = m ? m.to : t.cap && t.kind === 'word' && tokens[k + 1]?.kind === 'poss' ? k + 1 : -1;
    if (ownerTo > 0 && tokens[ownerTo]?.kind === 'poss') {
      let j = ownerTo + 1;
      let role = false;
      while (j < limitTo && j < ownerTo + 8 && tokens[j]?.kind === 'word') {
        // (over a place the role is for: "said Namfrel's Cebu coordinator, Jericho Alcantara")
        const inner = tokens[j]?.cap ? mentionAt.get(j) : undefined;
        if (inner && entityById(inner.entity)?.type === 'place' && !role) {
          j = inner.to;
          continue;
        }
        // (a title in capitals and its remit: "said Tonga's Minister for Climate Change, Dr. Ana
        // Tukuafu Faletau")
        const cap = tokens[j] as Token;
        const capTitleNext = !!tokens[j + 1]?.cap && TITLE_WORDS.has(tokens[j + 1]?.lower ?? '');
        if (cap.cap && (TITLE_WORDS.has(cap.lower) || (!inner && (role || capTitleNext)))) {
          role ||= TITLE_WORDS.has(cap.lower);
          j++;
          continue;
        }
        if (tokens[j]?.text !== tokens[j]?.lower) break;
        role ||= TITLE_WORDS.has(tokens[j]?.lower ?? '') || ROLE_NOUNS.has(tokens[j]?.lower ?? '');
        j++;
      }
      // (over the person's own title: "said FARE's policy director, Dr Meera Suresh")
      const named = role && tokens[j]?.text === ',' ? mentionPastTitles(j + 1) : undefined;
      const person = named ? entityById(named.entity) : undefined;
      if (person?.type === 'person') return person;
      // (or right after a title in capitals: "said Tonga's Climate Minister Ana Faletau")
      const titled = role && tokens[j - 1]?.cap ? mentionAt.get(j) : undefined;
      const holder = titled ? entityById(titled.entity) : undefined;
      if (holder?.type === 'person' && !holder.group) return holder;
      // (or a person named right after the owner: "said Finanzwende's Carolin Ahrensfeld")
      const own = m ? mentionAt.get(m.to + 1) : undefined;
      const ownPerson = own ? entityById(own.entity) : undefined;
      if (m && ownPerson?.type === 'person' && !ownPerson.group && entityById(m.entity)?.type !== 'person')
        return ownPerson;
    }
    if (m) {
      const e = entityById(m.entity);
      // ("said Canadians could not afford ...": the subject of the reported clause)
      // ("said Trump adviser Stephen Miller", "said Te Pati Maori co-leader Rawiri Waititi": the
      // person after the owner and a lower-case role)
      const role = tokens[m.to];
      if (
        e?.type === 'person' &&
        role?.kind === 'word' &&
        role.text === role.lower &&
        (TITLE_WORDS.has(role.text) || ROLE_NOUNS.has(role.text))
      ) {
        const after = personAfterEmployer(m, limitTo);
        if (after) return after;
      }
      if (e?.type === 'person') return opensClause(m.to) ? null : e;
      const person = personAfterEmployer(m, limitTo);
      if (person) return person;
      return opensClause(m.to) ? null : e;
    }
    // "said Superintendent of Police Rashmi Deshpande-Kulkarni": the person after a title and its remit.
    // (or two: "said Director General of Police Viresh Kumar Bhawra-Sethi")
    const titleOf =
      tokens[from + 1]?.text === 'of' ||
      (!!tokens[from + 1]?.cap &&
        TITLE_WORDS.has(tokens[from + 1]?.lower ?? '') &&
        tokens[from + 2]?.text === 'of');
    if (t.cap && TITLE_WORDS.has(t.lower) && titleOf) {
      const named = mentionPastTitles(from);
      const e = named && named.from < limitTo ? entityById(named.entity) : undefined;
      if (e?.type === 'person' && !e.group) return e;
    }
    // "said No+AFP spokesman Luis Medina-Toro", "said Section 22 secretary general Yadira Peralta": a
    // body the lists lack or cut, its role in lower case, then the person.
    if (t.cap || t.kind === 'num') {
      let j = from;
      while (j < limitTo && j < from + 5) {
        const inner = mentionAt.get(j);
        if (inner) {
          const e = entityById(inner.entity);
          if (e?.type === 'person') {
            // (a title in capitals right before the person: "said Local 44 President X Y")
            const title = tokens[j - 1];
            if (j > from + 1 && !e.group && title?.cap && TITLE_WORDS.has(title.lower)) return e;
            break;
          }
          j = inner.to;
          continue;
        }
        const w = tokens[j];
        if (!w || !(w.cap || w.kind === 'num' || w.text === '+' || w.text === '&')) break;
        j++;
      }
      const roleFrom = j;
      while (
        j < limitTo &&
        j < roleFrom + 3 &&
        tokens[j]?.kind === 'word' &&
        tokens[j]?.text === tokens[j]?.lower &&
        (TITLE_WORDS.has(tokens[j]?.lower ?? '') || ROLE_NOUNS.has(tokens[j]?.lower ?? ''))
      )
        j++;
      const named = j > roleFrom && roleFrom > from ? mentionAt.get(j) : undefined;
      const e = named ? entityById(named.entity) : undefined;
      if (e?.type === 'person' && !e.group) return e;
    }
    // "said its chief executive, Sarah Mason", "said her lawyer, Tom Reed": the person after the role.
    if (t.lower === 'its' || t.lower === 'their' || t.lower === 'his' || t.lower === 'her') {
      let role = false;
      for (let j = from + 1; j < limitTo && j <= from + 5; j++) {
        const w = tokens[j];
        if (!w || w.kind !== 'word' || w.cap) {
          const named = w?.text === ',' ? mentionAt.get(j + 1) : undefined;
          const e = named ? entityById(named.entity) : undefined;
          if (role && e?.type === 'person') return e;
          break;
        }
        role ||= TITLE_WORDS.has(w.lower) || ROLE_NOUNS.has(w.lower);
      }
    }
    // No pronoun after a cue: in "said it was" the pronoun starts the reported clause.
    if (t.lower === 'the') {
      // "said the club's chief executive, Angus Kinnear", "said the Green leader, Marine Tondelier":
      // the person named after the role.
      // (a longer role after an owner: "said the company's head of trust and safety, Priyanka
      // Deshmukh")
      // (a plural's apostrophe is the owner's too: "said the couriers' lawyer, Kevin Mention-Dufour")
      const pluralMark = (j: number): boolean => {
        const w = tokens[j];
        const owner = tokens[j - 1];
        return (
          (w?.text === "'" || w?.text === '’') &&
          !!owner &&
          owner.kind === 'word' &&
          w.start === owner.end &&
          owner.lower.endsWith('s') &&
          tokens[j + 1]?.kind === 'word' &&
          (tokens[j + 1]?.start ?? 0) > w.end
        );
      };
      const owned = tokens[from + 2]?.kind === 'poss' || pluralMark(from + 2);
      const reach = owned ? 10 : 7;
      for (let j = from + 1; j < limitTo && j <= from + reach; j++) {
        const w = tokens[j];
        if (!w || (w.kind !== 'word' && w.kind !== 'poss' && w.text !== ',' && !pluralMark(j))) break;
        if (w.text === ',') {
          // (over a title before the name: "said the study's lead author, Prof. Catherine Aldous")
          const named = mentionPastTitles(j + 1);
          const e = named ? entityById(named.entity) : undefined;
          // (an owner between: "the club's chief executive,", "the Green leader,")
          // (or the role right before the comma: "said the lawyer, Marcos Feitosa")
          if (
            e?.type === 'person' &&
            roleWithin(from + 1, j) &&
            (owned || tokens[from + 1]?.cap || roleWithin(j - 1, j))
          )
            return e;
          break;
        }
      }
      const words: string[] = [];
      // "said the party must ...": the subject of the reported clause, not the speaker.
      const e = descriptionEnd(from + 1, limitTo);
      if (opensClause(e)) return null;
      for (k = from + 1; k < limitTo && k <= from + 4; k++) {
        const w = tokens[k];
        // (over an age's number and hyphen: "said the 24-year-old from Oslo")
        if (w && (w.kind === 'num' || (w.text === '-' && k > from + 1)) && tokens[k + 1]?.start === w.end)
          continue;
        if (!w || w.kind !== 'word' || (FUNCTION_WORDS.has(w.lower) && !w.cap)) break;
        const inner = mentionAt.get(k);
        const innerEntity = inner ? entityById(inner.entity) : undefined;
        if (inner && innerEntity?.type !== 'place') return innerEntity; // "the Afghan Ambassador Mohib"
        if (inner && innerEntity) {
          // "the US diplomat": a place inside a description is a nationality.
          words.push(innerEntity.name.toLowerCase());
          k = inner.to - 1;
          continue;
        }
        words.push(w.lower);
      }
      return words.length > 0 ? describe(words, from) : null;
    }
    // One of many named in apposition after the cue: "said one resident, Ana Ruiz, a teacher".
    if (t.lower === 'one' || t.lower === 'a' || t.lower === 'an') {
      let j = from + 1;
      while (j < from + 4 && tokens[j]?.kind === 'word' && tokens[j]?.text === tokens[j]?.lower) j++;
      // (over a title before the name: "said a resident, Gogo Nomsa Zwane, 71")
      const named = tokens[j]?.text === ',' && j > from + 1 ? mentionPastTitles(j + 1) : undefined;
      const e = named ? entityById(named.entity) : undefined;
      if (e?.type === 'person' && named && (tokens[named.to]?.text === ',' || tokens[named.to]?.text === '.'))
        return e;
    }
    // A body's voice after the cue: "said a spokesman for NATS", "said a statement from the club".
    if (t.lower === 'a' || t.lower === 'an') {
      let j = from + 1;
      while (j < from + 3 && tokens[j]?.kind === 'word' && !VOICE_NOUNS.has(tokens[j]?.lower ?? '')) j++;
      const link = tokens[j + 1]?.lower;
      if (VOICE_NOUNS.has(tokens[j]?.lower ?? '') && (link === 'for' || link === 'from' || link === 'at')) {
        const body = mentionAt.get(tokens[j + 2]?.lower === 'the' ? j + 3 : j + 2);
        const e = body ? entityById(body.entity) : undefined;
        if (e?.type === 'organisation') return e;
      }
    }
    // Titles and roles before a name: "said Ambassador Mohib", "said lead author Dr. Priya Raman"
    // (not the reported clause: "said it hoped Tokyo would ...").
    // (up to eight words: "said residents' association chairman Tan Sri Abdul Rahman")
    for (k = from; k < limitTo && k < from + 8; k++) {
      const inner = mentionAt.get(k);
      if (inner) {
        const e = entityById(inner.entity);
        return e?.type === 'place' ? personAfterEmployer(inner, limitTo) : e;
      }
      const w = tokens[k];
      // ("one" opens an unnamed speaker as "a" does: "said one National League scout")
      if (k === from && w?.lower === 'one') break;
      if (
        !w ||
        (w.kind !== 'word' &&
          w.kind !== 'poss' && // ("said residents' association chairman ...")
          !((w.text === "'" || w.text === '’') && w.start === tokens[k - 1]?.end) &&
          !(w.text === '.' && tokens[k - 1]?.cap && w.start === tokens[k - 1]?.end) &&
          // (over "(retd)" after a rank: "said Maj. Gen. (retd) Harinder Singh Bajwa")
          !(w.text === '(' && k > from && retired(tokens[k + 1]) && tokens[k + 2]?.text === ')') &&
          !(w.text === ')' && retired(tokens[k - 1])) &&
          // (over an age: "said 21-year-old law student Elif Demir")
          !ageAt(k)) ||
        (FUNCTION_WORDS.has(w.lower) &&
          !w.cap &&
          // (over a portfolio's "for", "of" or "and" between capitals: "said Commissioner for Sport
          // Dimitris Karavias", "said Minister of Trade and Industry Ama Boateng")
          !(
            (w.lower === 'for' || w.lower === 'of' || w.lower === 'and') &&
            k > from &&
            !!tokens[k - 1]?.cap &&
            tokens[k - 1]?.kind === 'word' &&
            !!tokens[k + 1]?.cap &&
            tokens[k + 1]?.kind === 'word'
          ))
      )
        break;
    }
    return null;
  };

  /**
   * The name before its initials in brackets closing at `k` ("Tamil National Alliance (TNA)"), the
   * full name's mention where it is the same entity, else the initials'.
   */
  const bracketedName = (k: number): NameMention | undefined => {
    if (tokens[k]?.text !== ')' || tokens[k - 2]?.text !== '(') return undefined;
    const initials = mentionEnding.get(k - 1);
    const name = mentionEnding.get(k - 3);
    return name && initials && name.entity === initials.entity ? name : initials;
  };

  /** Token `k` is the number or hyphen of an age written as one word ("21-year-old"). */
  const ageAt = (k: number): boolean => {
    const w = tokens[k];
    const num = w?.kind === 'num' ? k : w?.text === '-' ? k - 1 : -1;
    const n = tokens[num];
    const dash = tokens[num + 1];
    const years = tokens[num + 2];
    return (
      n?.kind === 'num' &&
      /^\d{1,3}$/u.test(n.text) &&
      dash?.text === '-' &&
      dash.start === n.end &&
      /^(?:year|month)s?-old$/u.test(years?.text ?? '') &&
      years?.start === dash.end
    );
  };

  /** A name right after "told" (and "the"): the listener, "told the Guardian:", not the speaker. */
  const listenerAt = (k: number): boolean => {
    const before = tokens[k - 1]?.lower === 'the' ? tokens[k - 2] : tokens[k - 1];
    return before?.lower === 'told';
  };

  /**
   * "was accused of", "the accused": no speaker's cue (whoever accused is not named there); nor a
   * cue in the passive before "to" ("the commission had been asked to prepare", "she was told to
   * leave"): its subject was spoken to.
   */
  const passiveAt = (k: number): boolean =>
    (tokens[k]?.text === 'accused' && PASSIVE_BEFORE.has(tokens[k - 1]?.lower ?? '')) ||
    // (one praised by others: "The Telegraph was praised by the judges")
    (CALLING.has(tokens[k]?.text ?? '') &&
      PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '') &&
      tokens[k + 1]?.lower === 'by') ||
    (tokens[k + 1]?.lower === 'to' &&
      tokens[k + 2]?.kind === 'word' &&
      tokens[k + 2]?.text === tokens[k + 2]?.lower &&
      PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '')) ||
    // (a participle after "been", its doer unnamed: "that Hnatyuk had been dismissed in January";
    // not "had been quoted as saying", nor one named after "by")
    (tokens[k - 1]?.lower === 'been' &&
      /ed$/u.test(tokens[k]?.lower ?? '') &&
      tokens[k]?.lower !== 'quoted' &&
      tokens[k + 1]?.lower !== 'by' &&
      tokens[k + 1]?.lower !== 'to');

  /** The "quoted" of "quoted X as saying" within a few words before "as saying" at `c`, or -1. */
  // (over an apposition in commas: "Tasnim quoted Rear Admiral Alireza Tangsiri, commander of the
  // IRGC Navy, as saying")
  const quotedBefore = (c: number): number => {
    for (let k = c - 2; k >= 0 && k >= c - 16; k--) {
      const t = tokens[k];
      if (!t || (t.kind !== 'word' && t.text !== ',' && t.text !== '.') || inQuote[k] !== -1) return -1;
      if (t.lower === 'quoted') return k;
    }
    return -1;
  };

  /** Who "quoted" at `q` quotes: a named person or body, or "him"/"her", before "as". */
  const quotedAs = (q: number): ExtractedEntity | undefined => {
    // (after the person's title: "quoted Rear Admiral Alireza Tangsiri")
    let at = q + 1;
    while (
      at < q + 5 &&
      mentionAt.get(at) === undefined &&
      (TITLE_WORDS.has(tokens[at]?.lower ?? '') || tokens[at]?.text === '.')
    )
      at++;
    const m = mentionAt.get(at);
    // (and before an apposition in commas: "..., commander of the IRGC Navy, as saying")
    let after = m?.to ?? -1;
    if (m && tokens[after]?.text === ',') {
      let k = after + 1;
      while (k < after + 12 && tokens[k] && tokens[k]?.text !== ',' && inQuote[k] === -1) k++;
      if (tokens[k]?.text === ',') after = k + 1;
    }
    if (m && tokens[after]?.lower === 'as') {
      const e = entityById(m.entity);
      return e && e.type !== 'place' ? e : undefined;
    }
    const w = tokens[q + 1]?.lower;
    if ((w === 'him' || w === 'her') && tokens[q + 2]?.lower === 'as')
      return pronoun(w === 'him' ? 'he' : 'she', q);
    return undefined;
  };

  /** A description ending at `k` found to mean a person introduced without a name. */
  const unnamedDescriptionEndingAt = (k: number): boolean => {
    if (unnamedDescriptions.size === 0) return false;
    for (let j = k - 1; j >= k - 7; j--) if (unnamedDescriptions.has(j)) return tokens[j]?.lower === 'the';
    return false;
  };

  /**
   * Does the clause around a speaker's description ending at `k` and its cue at `c` say the speaker
   * would not be named: "speaking on condition of anonymity", "who asked not to be named", "who
   * declined to be identified"?
   */
  const anonymousNear = (k: number, c: number): boolean => {
    const sentence = tokens[c]?.sentence;
    for (let x = Math.max(0, k - 10); x < c + 12 && x < tokens.length; x++) {
      const t = tokens[x];
      if (!t || t.sentence !== sentence || inQuote[x] !== -1) continue;
      if (t.lower === 'anonymity') return true;
      if (
        t.lower === 'be' &&
        (tokens[x + 1]?.lower === 'named' || tokens[x + 1]?.lower === 'identified') &&
        (tokens[x - 2]?.lower === 'not' ||
          tokens[x - 2]?.lower === 'declined' ||
          tokens[x - 3]?.lower === 'not')
      )
        return true;
    }
    return false;
  };
  /**
   * A person's noun after "a", "an", "one" or "another" and a body's name, ending at `k`: "an
   * Enforcement Directorate official", "a senior Liga MX official" (no spokesperson's or body's noun;
   * `indefiniteSubjectEndingAt` reading over bodies' names).
   */
  const officialDescriptionEndingAt = (k: number, from: number): boolean =>
    ownVoiceNoun(tokens[k]?.lower ?? '') && indefiniteSubjectEndingAt(k, from, true);
  /** A person's noun that speaks for themself: no spokesperson's, statement's or body's ("official", "engineer"). */
  const ownVoiceNoun = (w: string): boolean =>
    !SPOKESPEOPLE.has(w) && !VOICE_NOUNS.has(w) && !ORG_DESCRIPTIONS.has(w) && !UNNAMED_NONPERSONS.has(w);

  /**
   * An indefinite description of a person and where they work, ending at `k` with the body's or
   * place's name: "an official at the Interior Ministry", "a senior engineer with Eskom" (a person's
   * noun, no spokesperson's nor a body's).
   */
  const workplaceDescriptionEndingAt = (k: number, from: number): boolean => {
    const m = mentionEnding.get(k);
    if (!m || m.from <= from) return false;
    let p = m.from - 1;
    if (tokens[p]?.lower === 'the') p--;
    if (!WORKPLACE_LINKS.has(tokens[p]?.text ?? '') || p - 1 < from) return false;
    return ownVoiceNoun(tokens[p - 1]?.lower ?? '') && indefiniteSubjectEndingAt(p - 1, from);
  };

  /**
   * An indefinite description ending at `k` ("a witness", "one resident", "another senior US
   * official"): lower-case words, and places read as nationalities, back to "a", "an", "one" or
   * "another" within five words.
   */
  const indefiniteSubjectEndingAt = (k: number, from: number, bodies = false): boolean => {
    const last = tokens[k];
    if (last?.kind !== 'word' || last.text !== last.lower || FUNCTION_WORDS.has(last.text)) return false;
    for (let j = k - 1; j >= from && j >= k - (bodies ? 8 : 5); j--) {
      const t = tokens[j];
      if (!t || inQuote[j] !== -1) return false;
      // (capitalized opening its sentence: "A senior official at the National Treasury said: ...")
      const opensSentence = tokens[j - 1]?.sentence !== t.sentence;
      if (INDEFINITE_OPENERS.has(bodies || opensSentence ? t.lower : t.text)) return true;
      const m = mentionEnding.get(j);
      if (m) {
        // (a body's initials before a person's noun that is no voice of the body: "one senior EU
        // diplomat", not "an EU spokesman"; with `bodies`, any body's name: "an Enforcement
        // Directorate official")
        const initials = /^[\p{Lu}.]{2,6}$/u.test(m.text) && !SPOKESPEOPLE.has(last.text);
        const type = entityById(m.entity)?.type;
        if (bodies ? type === 'person' : type !== 'place' && !initials) return false;
        j = m.from;
        continue;
      }
      // (a capitalized region's or people's adjective: "a Western diplomat", "a European official")
      if (
        t.kind !== 'word' ||
        (t.text !== t.lower && !REGION_ADJECTIVES.has(t.lower) && !lex.demonyms.has(t.lower))
      )
        return false;
    }
    return false;
  };

  /**
   * Someone described, not named, right after the cue: "said a senior official.", "said a CNA
   * official, who asked not to be named" (up to five words after "a", "an", "one" or "another",
   * over a place and a body's initials; a person's noun, not a thing's or a body's voice).
   */
  const indefiniteSubjectStartingAt = (k: number, limitTo: number): boolean => {
    if (!INDEFINITE_OPENERS.has(tokens[k]?.text ?? '')) return false;
    for (let j = k + 1; j < limitTo && j <= k + 5; j++) {
      const t = tokens[j];
      if (!t || inQuote[j] !== -1) return false;
      const m = mentionAt.get(j);
      if (m) {
        const initials = /^[\p{Lu}.]{2,6}$/u.test(m.text);
        if (entityById(m.entity)?.type !== 'place' && !initials) return false;
        j = m.to - 1;
        continue;
      }
      if (t.kind !== 'word') return false;
      if (t.text !== t.lower) {
        if (REGION_ADJECTIVES.has(t.lower) || lex.demonyms.has(t.lower)) continue;
        return false;
      }
      const next = tokens[j + 1];
      const closes =
        !next ||
        next.sentence !== t.sentence ||
        next.text === ',' ||
        next.text === '.' ||
        next.text === ';' ||
        /^(?:who|at|of|for|in|with|from|close|familiar|speaking|on)$/u.test(next.lower);
      if (!closes) continue;
      // (the description may go on to name the person: "said a carpet dealer in Shiraz who gave
      // only his first name, Dariush")
      for (let r = j + 1; r < tokens.length && tokens[r]?.sentence === t.sentence; r++) {
        const later = inQuote[r] === -1 ? mentionAt.get(r) : undefined;
        if (later && entityById(later.entity)?.type === 'person') return false;
      }
      return (
        j > k + 1 &&
        !FUNCTION_WORDS.has(t.text) &&
        !UNNAMED_NONPERSONS.has(t.text) &&
        !ORG_DESCRIPTIONS.has(t.text) &&
        !SPOKESPEOPLE.has(t.text) &&
        !VOICE_NOUNS.has(t.text)
      );
    }
    return false;
  };

  /** Is a title or role word among tokens [from, to)? ("the club's chief executive", "director of") */
  const roleWithin = (from: number, to: number): boolean => {
    for (let r = from; r < to; r++) {
      const w = tokens[r]?.lower ?? '';
      // (an "official" too: "said the club official, Amadou Saley")
      if (TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || w === 'official') return true;
    }
    return false;
  };

  /** A possessive and a title or role within the first words of [from, to): "Google's vice president". */
  const ownersTitleAt = (from: number, to: number): boolean => {
    for (let k = from + 1; k < to && k <= from + 4; k++) {
      if (tokens[k]?.kind !== 'poss') continue;
      const w = tokens[k + 1]?.lower ?? '';
      // (or after one describing word: "Amnesty's regional director for West and Central Africa")
      const x = tokens[k + 2];
      const second =
        tokens[k + 1]?.text === w &&
        x?.kind === 'word' &&
        x.text === x.lower &&
        (TITLE_WORDS.has(x.text) || ROLE_NOUNS.has(x.text));
      return TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || second;
    }
    return false;
  };

  /**
   * A cue word used as a noun or adjective: "state prosecutors", "his remarks", "the claims" (after
   * a determiner or "and", or before a lower-case word that is no function word: "claims it" stays).
   */
  const nounCueAt = (k: number): boolean => {
    // (a participle before its noun, after an article or another participle: "had given repeated
    // orders", "his repeated warnings", "the reported deal")
    const cue = tokens[k];
    const noun = tokens[k + 1];
    const before = tokens[k - 1];
    if (
      cue?.lower.endsWith('ed') &&
      noun?.kind === 'word' &&
      noun.text === noun.lower &&
      !FUNCTION_WORDS.has(noun.text) &&
      lex.commonWords.has(noun.text) &&
      !noun.text.endsWith('ly') &&
      before?.kind === 'word' &&
      (DETERMINERS.has(before.lower) ||
        (before.text === before.lower && /(?:en|ed)$/u.test(before.text) && before.text !== 'then'))
    )
      return true;
    if (!NOUN_LIKE_CUES.has(tokens[k]?.lower ?? '')) return false;
    const next = tokens[k + 1];
    return (
      DETERMINERS.has(tokens[k - 1]?.lower ?? '') ||
      // (a name between the article and the noun: "said in a Facebook post that", "in an AP interview")
      (!!tokens[k - 1]?.cap &&
        tokens[k - 1]?.kind === 'word' &&
        DETERMINERS.has(tokens[k - 2]?.lower ?? '')) ||
      (next?.kind === 'word' && next.text === next.lower && !FUNCTION_WORDS.has(next.text))
    );
  };

  /** "in a message posted on Instagram", "a statement posted online": a participle after the message. */
  const messageParticipleAt = (k: number): boolean =>
    /ed$/u.test(tokens[k]?.lower ?? '') && MESSAGE_NOUNS.has(tokens[k - 1]?.lower ?? '');

  /** "recalled a recruitment agency", "recalled its ambassador": a withdrawal, no speech. */
  const withdrawnAt = (k: number): boolean =>
    /^recall(?:s|ed|ing)?$/u.test(tokens[k]?.lower ?? '') &&
    /^(?:a|an|its|their)$/u.test(tokens[k + 1]?.lower ?? '');

  /** "the movement would continue": a thing going on after a modal, no one continuing to speak. */
  /**
   * An indefinite description of a person ending at `k`, whatever body or place it holds: "An
   * official at the company", "A senior editor at the Kestrel Press" (no person named in it).
   */
  const describedPersonEndingAt = (k: number, from: number): boolean => {
    for (let j = k; j >= from && j > k - 10; j--) {
      const t = tokens[j];
      if (!t || inQuote[j] !== -1 || t.kind === 'punct') return false;
      const m = mentionEnding.get(j);
      if (m && entityById(m.entity)?.type === 'person') return false;
      const noun = tokens[j + 1];
      if (
        INDEFINITE_OPENERS.has(t.lower) &&
        noun?.kind === 'word' &&
        noun.text === noun.lower &&
        ownVoiceNoun(noun.lower)
      )
        return true;
    }
    return false;
  };
  /** "for" at `t` right after "a" or "an" and a spokesperson's word: "a spokesman for ...". */
  const spokespersonForAt = (t: number): boolean =>
    tokens[t]?.lower === 'for' &&
    inQuote[t] === -1 &&
    SPOKESPEOPLE.has(tokens[t - 1]?.lower ?? '') &&
    /^an?$/u.test(tokens[t - 2]?.lower ?? '');
  /** "asked not to be named", "declined to be identified": a wish not to be named, no speech. */
  const unnamingAt = (k: number): boolean => {
    let j = k + 1;
    if (tokens[j]?.lower === 'not') j++;
    return (
      tokens[j]?.lower === 'to' &&
      tokens[j + 1]?.lower === 'be' &&
      (tokens[j + 2]?.lower === 'named' || tokens[j + 2]?.lower === 'identified')
    );
  };
  const goesOnAt = (k: number): boolean =>
    /^continu(?:e|es|ed|ing)$/u.test(tokens[k]?.lower ?? '') &&
    /^(?:would|will|could|should|may|might|must|can|to)$/u.test(tokens[k - 1]?.lower ?? '');

  /** The first sentence subject named in tokens [from, to). */
  const firstSubjectIn = (from: number, to: number): ExtractedEntity | undefined => {
    for (const s of subjects) if (s.at >= from && s.at < to) return s.entity;
    return undefined;
  };

  /** A town after "in" or "at" ending at `k`: where the word before it is, else `k`. */
  const placedAt = (k: number): number => {
    const m = mentionEnding.get(k);
    const via = m ? tokens[m.from - 1]?.lower : undefined;
    return m && entityById(m.entity)?.type === 'place' && (via === 'in' || via === 'at') ? m.from - 2 : k;
  };
  /** A place's mention opens [from, to). */
  const subjectPlaceAt = (from: number, to: number): boolean => {
    const m = mentionAt.get(from);
    return !!m && m.to <= to && entityById(m.entity)?.type === 'place';
  };
  /** A spokesperson or a body's kind in lower case at `k`: a speaker named before the cue. */
  const spokenBefore = (k: number): boolean =>
    tokens[k]?.kind === 'word' &&
    tokens[k]?.text === tokens[k]?.lower &&
    (SPOKESPEOPLE.has(tokens[k]?.lower ?? '') || ORG_DESCRIPTIONS.has(tokens[k]?.lower ?? ''));
  /** Looks for "<speaker> <cue>" or "<cue> <speaker>" within tokens [from, to). */
  const attribution = (from: number, to: number, preferNearEnd: boolean): Speaker | undefined => {
    const cues: number[] = [];
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (!t || inQuote[k] !== -1) continue;
      if (
        t.kind === 'word' &&
        CUE_VERBS.has(t.lower) &&
        t.text === t.lower &&
        !passiveAt(k) &&
        !nounCueAt(k) &&
        !messageParticipleAt(k) &&
        !withdrawnAt(k) &&
        !goesOnAt(k) &&
        !unnamingAt(k)
      )
        cues.push(k);
      if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') cues.push(k);
      // "shot back", "fired back", "hit back": a retort
      if (
        (t.text === 'shot' || t.text === 'fired' || t.text === 'hit') &&
        tokens[k + 1]?.text === 'back' &&
        !PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '')
      )
        cues.push(k);
      // "She went on: ..." (a speech going on)
      if (
        (t.lower === 'went' || t.lower === 'goes') &&
        tokens[k + 1]?.lower === 'on' &&
        tokens[k + 2]?.text === ':'
      )
        cues.push(k);
    }
    if (preferNearEnd) cues.reverse();
    for (const c of cues) {
      const cueTok = tokens[c];
      if (!cueTok) continue;
      // A reported clause's verb after an earlier cue of the span, its subject a thing, is no cue of
      // its own: "Reporters Without Borders said the verdict continued '...'" is the body's.
      if (
        tokens[c - 2]?.lower === 'the' &&
        THING_SUBJECTS.has(tokens[c - 1]?.text ?? '') &&
        cues.some((o) => o < c - 2 && CUE_VERBS.has(tokens[o]?.lower ?? ''))
      )
        continue;
      // ... nor is a request inside a clause an earlier cue reports: 'Minister X said the government
      // had asked the company to present "a credible plan"' is the minister's.
      if (
        (cueTok.lower === 'asked' || cueTok.lower === 'urged' || cueTok.lower === 'told') &&
        tokens.slice(c + 1, c + 6).some((t) => t.lower === 'to') &&
        cues.some(
          (o) =>
            o < c - 1 &&
            (tokens[o]?.lower === 'said' || tokens[o]?.lower === 'says') &&
            tokens[o + 1]?.text !== ':' &&
            tokens[o]?.sentence === cueTok.sentence,
        )
      )
        continue;
      // ... nor is a verb that also means "keep" right after a named subject of an earlier cue:
      // 'Sefcovic said the EU maintained "friendly contacts"' is Sefcovic's.
      const kept = mentionEnding.get(c - 1);
      if (
        KEEPING_CUES.has(cueTok.lower) &&
        kept &&
        cues.some((o) => o < kept.from && o >= kept.from - 2 && CUE_VERBS.has(tokens[o]?.lower ?? ''))
      )
        continue;
      // "Interfax quoted Peskov as saying", "the Kremlin quoted him as saying": the one quoted.
      const quotedAt =
        cueTok.lower === 'quoted'
          ? c
          : cueTok.lower === 'saying' && tokens[c - 1]?.lower === 'as'
            ? quotedBefore(c)
            : -1;
      if (quotedAt >= 0) {
        const quoted = quotedAs(quotedAt);
        if (quoted) return { entity: quoted, cue: 'quoted' };
      }
      if (cueTok.lower === 'according') {
        // (a pronoun: 'According to him, the law had been "..."', the person it stands for)
        // (not "her" before a noun: "according to her lawyer")
        const obj = tokens[c + 2]?.lower;
        const s =
          (obj === 'him' || obj === 'her') && tokens[c + 3]?.kind !== 'word'
            ? pronoun(obj === 'him' ? 'he' : 'she', c + 2)
            : subjectStartingAt(c + 2, to);
        if (s) return { entity: s, cue: 'according to' };
        continue;
      }
      // A participle after a comma reports for the sentence's subject, over the names of the clause
      // between: "Mrs Justice Nia ap Gwilym quashed the decision to shut Ysgol Bro Teifi, a school
      // near Llandysul, saying ..." is the judge's.
      if (cueTok.lower.endsWith('ing') && tokens[c - 1]?.text === ',') {
        const subject = firstSubjectIn(Math.max(sentences[cueTok.sentence]?.from ?? c, from), c);
        if (subject) return { entity: subject, cue: cueTok.lower };
      }
      // Subject before the cue: the closest noun phrase, skipping an apposition in commas.
      let k = c - 1;
      while (
        k >= from &&
        tokens[k]?.kind === 'word' &&
        /^(?:also|then|later|again|has|had|have|was|is|once|previously|recently)$/u.test(
          tokens[k]?.lower ?? '',
        )
      )
        k--;
      // (over a relative clause without commas saying the speaker would not be named: "An official
      // at the Supreme Court who asked not to be named said")
      if (tokens[k]?.lower === 'named' || tokens[k]?.lower === 'identified') {
        let who = k - 1;
        while (who > k - 8 && who > from && tokens[who]?.kind === 'word' && tokens[who]?.lower !== 'who')
          who--;
        if (tokens[who]?.lower === 'who' && tokens[k - 1]?.lower === 'be' && who - 1 >= from) {
          k = who - 1;
          // (someone described, not named, whatever body the description holds: "An official at the
          // company who asked not to be named said")
          if (describedPersonEndingAt(k, from))
            return { entity: undefined, cue: cueTok.lower, unnamed: true };
        }
      }
      // (over a verb the subject shares: "he smiled and said", "Ochoa paused and added", "She
      // paused, then added")
      if (
        (tokens[k]?.text === 'and' || (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'then')) &&
        tokens[k - 1]?.kind === 'word' &&
        tokens[k - 1]?.text === tokens[k - 1]?.lower &&
        /^[a-z]{3,}ed$/u.test(tokens[k - 1]?.text ?? '') &&
        k - 2 >= from
      )
        k -= 2;
      // (or over a verb and its object: "he turned toward his spiritual adviser and said"; the
      // subject, a pronoun or a name, right before a past tense, no comma between)
      // (also over an aside in commas before the "and": "He voted in his home area of Kwekwe, in the
      // Midlands province, and told reporters")
      else if (tokens[k]?.text === 'and' && inQuote[k] === -1) {
        const aside = tokens[k - 1]?.text === ',';
        for (let s = k - 2; s >= from && s >= k - (aside ? 18 : 10); s--) {
          const w = tokens[s];
          if (aside && w?.text === ',' && inQuote[s] === -1) continue;
          if (!w || w.kind === 'punct' || w.kind === 'quote' || inQuote[s] !== -1) break;
          const verb = tokens[s + 1];
          const pronounSubject = w.lower === 'he' || w.lower === 'she';
          if (
            (pronounSubject || mentionEnding.get(s) !== undefined) &&
            verb?.kind === 'word' &&
            verb.text === verb.lower &&
            (SUBJECT_VERBS.has(verb.text) || /^[a-z]{3,}ed$/u.test(verb.text)) &&
            !CUE_VERBS.has(verb.text)
          ) {
            k = s;
            break;
          }
        }
      }
      // A person with a party or body in brackets: "Cllr Deirdre Ní Fhloinn (Green Party) said".
      if (tokens[k]?.text === ')') {
        let open = k - 1;
        while (open > from && open > k - 7 && tokens[open]?.text !== '(') open--;
        const who = tokens[open]?.text === '(' ? mentionEnding.get(open - 1) : undefined;
        const person = who ? entityById(who.entity) : undefined;
        if (person?.type === 'person') return { entity: person, cue: cueTok.lower };
      }
      // An apposition's own place in commas ("founder of the Scripps Institute in La Jolla,
      // California, said") is no subject: step back over it to the apposition's comma.
      for (let hops = 0; hops < 2 && tokens[k]?.text === ','; hops++) {
        const place = mentionEnding.get(k - 1);
        if (!place || entityById(place.entity)?.type !== 'place' || tokens[place.from - 1]?.text !== ',')
          break;
        const inside = mentionEnding.get(place.from - 2);
        if (!inside || entityById(inside.entity)?.type !== 'place') break;
        k = place.from - 1;
        // (where the place's town follows "from" in a description, the description is the subject:
        // "the 22-year-old from Austin, Texas, said")
        // (not an apposition's description: "Ali Raza, a farmer from Multan, Punjab, said")
        const town = mentionEnding.get(k - 1);
        let article = town ? town.from - 2 : -1;
        while (
          town &&
          article >= from &&
          article > town.from - 7 &&
          !mentionEnding.get(article) &&
          (tokens[article]?.kind === 'word' ||
            tokens[article]?.kind === 'num' ||
            tokens[article]?.text === '-') &&
          tokens[article]?.lower !== 'the'
        )
          article--;
        if (
          town &&
          tokens[town.from - 1]?.lower === 'from' &&
          article < town.from - 2 &&
          article >= from &&
          tokens[article]?.lower === 'the' &&
          tokens[article - 1]?.text !== ','
        ) {
          k--;
          break;
        }
      }
      // A person before a chain of bodies and places they belong to: "Professor Julian Grant of the
      // Scott Polar Research Institute at the University of Cambridge wrote".
      // (over the body's initials in brackets and its office: "Tina Bokuchava of the United National
      // Movement (UNM) accused", "Jenna Tsosie of the Federal Public Defender's office called")
      let chainEnd = k;
      if (
        tokens[chainEnd]?.text === ')' &&
        tokens[chainEnd - 2]?.text === '(' &&
        mentionEnding.get(chainEnd - 3) !== undefined
      )
        chainEnd -= 3;
      // (the apposition's comma may close it: "his lawyer, Jenna Tsosie of the Federal Public Defender's
      // office in Phoenix, called")
      const officePlace = mentionEnding.get(tokens[chainEnd]?.text === ',' ? chainEnd - 1 : chainEnd);
      if (
        officePlace &&
        entityById(officePlace.entity)?.type === 'place' &&
        tokens[officePlace.from - 1]?.lower === 'in' &&
        tokens[officePlace.from - 2]?.lower === 'office'
      )
        chainEnd = officePlace.from - 2;
      if (
        (tokens[chainEnd]?.lower === 'office' || tokens[chainEnd]?.lower === 'offices') &&
        tokens[chainEnd - 1]?.kind === 'poss'
      )
        chainEnd -= 2;
      // (or its programme or unit, over the place it covers: "Dina Akhmedova of the Carnegie
      // Endowment's Central Asia programme said")
      else if (
        tokens[chainEnd]?.text === tokens[chainEnd]?.lower &&
        BODY_SECTIONS.has(tokens[chainEnd]?.text ?? '')
      ) {
        let p = chainEnd - 1;
        const covered = mentionEnding.get(p);
        if (covered && entityById(covered.entity)?.type === 'place') p = covered.from - 1;
        if (tokens[p]?.kind === 'poss' && mentionEnding.get(p - 1)) chainEnd = p - 1;
      }
      // (also where the apposition's comma follows that kind: "The speaker, Viktor Lebedinsky of the
      // ruling United Russia party, said")
      const kindBeforeComma = tokens[chainEnd - 1];
      if (
        tokens[chainEnd]?.text === ',' &&
        kindBeforeComma?.kind === 'word' &&
        kindBeforeComma.text === kindBeforeComma.lower &&
        BODY_KINDS.has(kindBeforeComma.text) &&
        entityById(mentionEnding.get(chainEnd - 2)?.entity ?? -1)?.type === 'organisation'
      )
        chainEnd -= 1;
      // (over the body's kind after its name: "Rodrigo Pizarro of the National Renewal party accused")
      const kindAfterBody = tokens[chainEnd];
      if (
        kindAfterBody?.kind === 'word' &&
        kindAfterBody.text === kindAfterBody.lower &&
        BODY_KINDS.has(kindAfterBody.text)
      ) {
        const body = mentionEnding.get(chainEnd - 1);
        if (body && entityById(body.entity)?.type === 'organisation') chainEnd -= 1;
      }
      // (the apposition's comma may close a chain of one body too: "Her lawyer, Jonah Feinberg of the
      // Native American Rights Fund, said")
      // (the person then opening the apposition, after its comma)
      // (or the body's initials in brackets: "His lawyer, Sanjay Rao of the Human Rights Law Centre
      // (HRLC), said")
      const closedByComma =
        tokens[chainEnd]?.text === ',' &&
        (!!mentionEnding.get(chainEnd - 1) ||
          (tokens[chainEnd - 1]?.text === ')' &&
            tokens[chainEnd - 3]?.text === '(' &&
            !!mentionEnding.get(chainEnd - 2) &&
            !!mentionEnding.get(chainEnd - 4)));
      if (closedByComma) chainEnd -= tokens[chainEnd - 1]?.text === ')' ? 4 : 1;
      for (let m = mentionEnding.get(chainEnd), hops = 0; m && hops < 3; hops++) {
        const e = entityById(m.entity);
        if (e?.type === 'person') {
          // (over a birthplace, home or nationality before the name: "His agent, Dutch-born Marc
          // Corstjens of Global Sports Communication, said", "The agent, London-based X of Y Ltd, said")
          const born = tokens[m.from - 1];
          const opensAfterComma =
            born?.text === ',' ||
            (tokens[m.from - 2]?.text === ',' &&
              born?.kind === 'word' &&
              (/-(?:born|based)$/u.test(born.text) || lex.demonyms.has(born.lower)));
          if (hops > 0 && (!closedByComma || opensAfterComma)) return { entity: e, cue: cueTok.lower };
          break;
        }
        if (e?.type !== 'organisation' && e?.type !== 'place') break;
        let via = m.from - 1;
        // (over the body's kind in lower case: "Chidi Okereke of Lagos-based consultancy Stears warned")
        for (let n = 0; n < 2 && tokens[via]?.kind === 'word'; n++) {
          const w = tokens[via]?.text ?? '';
          if (!w.endsWith('-based') && !(w === w.toLowerCase() && BODY_KINDS.has(w))) break;
          via--;
        }
        // (over a lower-case modifier after "the": "of the center-right National Renewal")
        if (
          tokens[via]?.kind === 'word' &&
          tokens[via]?.text === tokens[via]?.lower &&
          tokens[via - 1]?.lower === 'the'
        )
          via--;
        // (over a place and a modifier before the body's kind: "of the New York research firm
        // Meridian Street")
        else if (
          via < m.from - 1 &&
          tokens[via]?.kind === 'word' &&
          tokens[via]?.text === tokens[via]?.lower
        ) {
          let w = via;
          while (
            w > via - 2 &&
            tokens[w]?.kind === 'word' &&
            tokens[w]?.text === tokens[w]?.lower &&
            !FUNCTION_WORDS.has(tokens[w]?.lower ?? '')
          )
            w--;
          const place = mentionEnding.get(w);
          if (place && entityById(place.entity)?.type === 'place' && tokens[place.from - 1]?.lower === 'the')
            via = place.from - 1;
          // (or a modifier of the kind right after the link: "Fatima Haddad of law firm Corbin Hale")
          else if (w < via && (tokens[w]?.lower === 'of' || tokens[w]?.lower === 'at')) via = w;
        }
        // (or a place before the kind, with no "the": "Fatima Haddad of Sydney firm Corbin Hale")
        else if (via < m.from - 1 && tokens[via]?.cap) {
          const place = mentionEnding.get(via);
          if (place && entityById(place.entity)?.type === 'place') via = place.from - 1;
        }
        if (tokens[via]?.lower === 'the') via--;
        const link = tokens[via]?.lower;
        if (link !== 'of' && link !== 'at' && link !== 'from' && link !== 'in') break;
        m = mentionEnding.get(via - 1);
      }
      // (a body's initials in brackets may close the apposition: "Faisal bin Farhan, in a statement
      // carried by the Saudi Press Agency (SPA), said")
      // (and over the body's own town after "in" or "at": "Juliana Kato, of the Federal Public
      // Ministry (MPF) in São Paulo, said")
      let closing = k - 1;
      const bodyTown = tokens[k]?.text === ',' ? mentionEnding.get(k - 1) : undefined;
      if (
        bodyTown &&
        entityById(bodyTown.entity)?.type === 'place' &&
        (tokens[bodyTown.from - 1]?.lower === 'in' || tokens[bodyTown.from - 1]?.lower === 'at')
      ) {
        const end = bodyTown.from - 2;
        const body =
          mentionEnding.get(end) ??
          (tokens[end]?.text === ')' && tokens[end - 2]?.text === '('
            ? mentionEnding.get(end - 1)
            : undefined);
        if (body && entityById(body.entity)?.type === 'organisation') closing = end;
      }
      const named =
        tokens[k]?.text !== ','
          ? undefined
          : (mentionEnding.get(closing) ??
            (tokens[closing]?.text === ')' && tokens[closing - 2]?.text === '('
              ? mentionEnding.get(closing - 1)
              : undefined));
      const namedEntity = named ? entityById(named.entity) : undefined;
      // A person named in apposition to a noun inside the subject's own apposition is not the
      // subject: "Mark Paoletta, a lawyer who has represented Thomas's wife, Ginni Thomas, said" is
      // Paoletta's (the subject opening the sentence, its apposition opening with "a", "an", "the" or
      // "who").
      if (
        named &&
        namedEntity?.type === 'person' &&
        tokens[named.from - 1]?.text === ',' &&
        tokens[named.from - 2]?.kind === 'word' &&
        tokens[named.from - 2]?.text === tokens[named.from - 2]?.lower
      ) {
        let j = named.from - 3;
        while (j > from && tokens[j]?.text !== ',' && named.from - j < 36 && inQuote[j] === -1) j--;
        const subject = tokens[j]?.text === ',' ? mentionEnding.get(j - 1) : undefined;
        const subjectEntity = subject ? entityById(subject.entity) : undefined;
        if (
          subject &&
          subjectEntity?.type === 'person' &&
          subjectEntity !== namedEntity &&
          subject.from === sentences[cueTok.sentence]?.from &&
          /^(?:a|an|the|who)$/u.test(tokens[j + 1]?.lower ?? '')
        )
          return { entity: subjectEntity, cue: cueTok.lower };
      }
      // "Sarah Gooding, of the force's Major Enquiry Team, said": the person before "of"; also when
      // the apposition ends in everyday words and names nobody right before the cue's comma
      // ("Lincoln Marsh, of Lincolnshire Police's child protection unit, said").
      if ((namedEntity?.type === 'organisation' && named) || (!named && tokens[k]?.text === ',')) {
        // (the body's initials in brackets after its full name: the description ends before the name,
        // "Caroline Holt, director of disaster and crises at the International Federation of Red Cross
        // and Red Crescent Societies (IFRC), said")
        const fullName =
          named && tokens[named.from - 1]?.text === '(' ? mentionEnding.get(named.from - 2) : undefined;
        const stop = named ? (fullName && fullName.entity === named.entity ? fullName.from : named.from) : k;
        let j = stop - 1;
        // (further back over a relative clause: "Ambassador X of Sweden, who sat across from her
        // during three years of talks on a global framework at the World Health Organization, said")
        // (or a long description opening with an article and a role: "Ngozi Eze-Okafor, a Lagos
        // lawyer who is assembling a group of more than 2,000 investors to sue ..., said")
        while (j > from && tokens[j]?.text !== ',' && stop - j < 36) j--;
        const opens = tokens[j]?.text === ',' ? (tokens[j + 1]?.lower ?? '') : '';
        const reach =
          /^(?:a|an|the)$/u.test(opens) && roleWithin(j + 1, Math.min(stop, j + 6))
            ? 36
            : opens === 'who' && stop - j <= 24
              ? 24
              : 14;
        if (stop - j > reach) j = stop - reach;
        // (the body may be named again in an apposition of the role: "Arnaud Rousseau, president of the
        // farmers' union, the FNSEA, called")
        if (named && tokens[j]?.text === ',' && tokens[j + 1]?.lower === 'the' && j + 2 === named.from) {
          let j2 = j - 1;
          while (j2 > from && tokens[j2]?.text !== ',' && j - j2 < 14) j2--;
          if (tokens[j2]?.text === ',' && roleWithin(j2 + 1, j)) j = j2;
        }
        // ... or a role there: "Paul Johnson, director of the Institute for Fiscal Studies, said",
        // "Lee-Anne Mulholland, Google's global head of regulatory affairs, said".
        // ... or a relative clause: "Dan Patrick, who pushed the bill through the Texas Senate, called".
        // (over an adverb of time opening the description: "Kazuhiro Nagata, now a pundit for the
        // broadcaster TBS, said")
        const timed = TIME_ADVERBS_IN_APPOSITION.has(tokens[j + 1]?.lower ?? '') ? 1 : 0;
        const via = tokens[j + 1 + timed]?.lower ?? '';
        // ... or a description holding the body: "Dick Durbin, the top Democrat on the Judiciary
        // Committee, said" (not a bare "the": "After meeting Smith, the Judiciary Committee said").
        // (a title anywhere before the body: "Sunita Bose, managing director of the Digital
        // Industry Group, said")
        const role =
          via === 'of' ||
          via === 'from' ||
          via === 'who' ||
          // (a body's relative clause: "The Patriotic Front (PF), which was in power ..., said")
          (!named && via === 'which') ||
          // (or "one of" its kind: "Nordhem AB, one of Golden Lotus' largest customers, said")
          (via === 'one' && tokens[j + 2]?.lower === 'of') ||
          // (or an aside opening with a preposition: "Cárdenas, in a letter posted on social media,
          // thanked")
          (!named && (via === 'in' || via === 'during')) ||
          roleWithin(j + 1, stop) ||
          ((via === 'the' || via === 'a' || via === 'an') && stop - (j + 1 + timed) >= 3);
        // (over a party-and-state label: "Rep. Michael McCaul, R-Texas, chairman of ...")
        let end = j - 1;
        if (tokens[end]?.text === '.' && PARTY_STATE.test(tokens[end - 1]?.text ?? '')) end--;
        if (PARTY_STATE.test(tokens[end]?.text ?? '') && tokens[end - 1]?.text === ',') end -= 2;
        // (over an unnamed place of the person's after "of": "Ald. Marcus Obi-Thornton of the 24th
        // Ward, a former outreach worker himself, accused")
        // (over post-nominal letters after the name: "Sir Geoffrey Lancaster KC, who represented ...")
        if (POSTNOMINALS.has(tokens[end]?.text ?? '') && mentionEnding.get(end - 1)) end--;
        let whoEnd = end;
        // (over a body's initials in brackets: "The Patriotic Front (PF), which was in power ..., said")
        if (tokens[end]?.text === ')' && tokens[end - 2]?.text === '(' && mentionEnding.get(end - 3))
          whoEnd = end - 3;
        // (over the body's kind after its name: "Declan Ryan of the Save Lough Neagh group, which ...")
        else if (
          tokens[end]?.kind === 'word' &&
          tokens[end]?.text === tokens[end]?.lower &&
          BODY_KINDS.has(tokens[end]?.text ?? '') &&
          mentionEnding.get(end - 1)
        )
          whoEnd = end - 1;
        // (both: "Senator Rodrigo Errázuriz of the National Renewal (RN) party, who ...")
        else if (
          tokens[end]?.kind === 'word' &&
          tokens[end]?.text === tokens[end]?.lower &&
          BODY_KINDS.has(tokens[end]?.text ?? '') &&
          tokens[end - 1]?.text === ')' &&
          tokens[end - 3]?.text === '(' &&
          mentionEnding.get(end - 4)
        )
          whoEnd = end - 4;
        else if (!mentionEnding.get(end))
          for (let b = end - 1; b >= end - 4 && b > from; b--)
            if (tokens[b]?.lower === 'of') {
              whoEnd = b - 1;
              break;
            }
        let who = tokens[j]?.text === ',' && role ? mentionEnding.get(whoEnd) : undefined;
        // (over the country or body the person is "of": "Ambassador Henrik Lindqvist of Sweden, who
        // sat across from her at the World Health Organization, said")
        // (and over "the" and a modifier before the body: "Declan Ryan of the Save Lough Neagh group")
        let ofAt = who ? who.from - 1 : -1;
        // (and over a lower-case word or two before the body: "Rep. Jang Hye-won of the opposition
        // Democratic Party, who has pushed for a law, said")
        while (
          who &&
          ofAt > who.from - 3 &&
          tokens[ofAt]?.kind === 'word' &&
          tokens[ofAt]?.text === tokens[ofAt]?.lower &&
          !BODY_LINK_WORDS.has(tokens[ofAt]?.text ?? '')
        )
          ofAt--;
        if (tokens[ofAt]?.lower === 'the') ofAt--;
        const whoOf = who ? tokens[ofAt]?.lower : undefined;
        if (who && entityById(who.entity)?.type !== 'person' && (whoOf === 'of' || whoOf === 'from')) {
          const holder = mentionEnding.get(ofAt - 1);
          if (holder && entityById(holder.entity)?.type === 'person') who = holder;
        }
        const person = who ? entityById(who.entity) : undefined;
        if (person?.type === 'person') return { entity: person, cue: cueTok.lower };
        // (a spokesperson for a body, the apposition on the body: "A spokeswoman for Sweden-based
        // retailer Nordhem AB, one of Golden Lotus' largest customers, said")
        if (who && person?.type === 'organisation') {
          for (let b = who.from - 1; b >= from && b >= who.from - 5; b--) {
            if (tokens[b]?.lower !== 'for') continue;
            if (SPOKESPEOPLE.has(tokens[b - 1]?.lower ?? '')) return { entity: person, cue: cueTok.lower };
            break;
          }
        }
        // (a body too, before such an aside: "The Finance Ministry, in a written reply to a question
        // in the Lok Sabha last month, said")
        // (or before a relative clause on it: "The Patriotic Front (PF), which was in power when Zambia
        // defaulted, said")
        // (the body opening the sentence, not one inside a person's apposition: "Yusuf al-Amin, a
        // partner at advisory firm Harborline Advisors, which advised Permata, said")
        const lead = who && tokens[who.from - 1]?.lower === 'the' ? who.from - 1 : (who?.from ?? 0);
        const opensSentence = tokens[lead - 1]?.sentence !== tokens[lead]?.sentence;
        if (
          !named &&
          (via === 'in' || via === 'during' || (via === 'which' && opensSentence)) &&
          person?.type === 'organisation'
        )
          return { entity: person, cue: cueTok.lower };
      }
      if (
        namedEntity &&
        (namedEntity.type === 'person' || namedEntity.type === 'organisation') &&
        k - 1 >= from
      ) {
        // "..., Antony Blinken, assured": the name right before the comma (unless it ends a relative
        // clause on the person before it: "Jen Reid, whose likeness was placed there by the artist
        // Marc Quinn, told the crowd").
        // (over the commas of a list the clause ends in: "The International Federation of ..., which
        // represents companies including Pfizer, Sanofi and AstraZeneca, said")
        // (the last one perhaps after "and the": "including Oxford, Leiden and the University of
        // Barcelona")
        const listed =
          !!named &&
          (tokens[named.from - 1]?.lower === 'and' ||
            (tokens[named.from - 1]?.lower === 'the' && tokens[named.from - 2]?.lower === 'and'));
        let j = k - 1;
        while (
          j > from &&
          (tokens[j]?.text !== ',' || (listed && !!mentionEnding.get(j - 1) && !!mentionAt.get(j + 1))) &&
          k - j < 24
        )
          j--;
        const rel = tokens[j + 1]?.lower;
        // (the relative clause may end in an apposition of its own: "Hun Sen, who handed power to
        // his son, Prime Minister Hun Manet, said")
        let i2 = j - 1;
        if (tokens[j]?.text === ',' && rel !== 'who' && rel !== 'whose')
          while (i2 > from && tokens[i2]?.text !== ',' && tokens[i2]?.text !== '.' && j - i2 < 24) i2--;
        const rel2 = tokens[i2 + 1]?.lower;
        // (or a participle's clause: "Justice Ana Ruiz, hearing a petition filed by the producer,
        // Tom Reyes, said")
        // (or an aside opening with a preposition: "Justice Sonia Sotomayor, in a dissent joined by
        // Justices Elena Kagan and Ketanji Brown Jackson, wrote")
        const aside = rel === 'in' || rel === 'at' || rel === 'on' || rel === 'during';
        const owner =
          tokens[j]?.text === ',' &&
          (rel === 'who' || rel === 'whose' || opensParticiple(tokens[j + 1]) || aside)
            ? mentionEnding.get(j - 1)
            : tokens[j]?.text === ',' &&
                tokens[i2]?.text === ',' &&
                (rel2 === 'who' || rel2 === 'whose' || opensParticiple(tokens[i2 + 1]))
              ? mentionEnding.get(i2 - 1)
              : undefined;
        const ownerEntity = owner ? entityById(owner.entity) : undefined;
        if (ownerEntity?.type === 'person' && ownerEntity !== namedEntity)
          return { entity: ownerEntity, cue: cueTok.lower };
        // (a body before a relative clause on it ending in another name: "The Federation of Dairy
        // Farmers, which represents Arla and Danone, said")
        // (its initials perhaps in brackets before the comma: "The League of European Research
        // Universities (LERU), which represents ... Leiden and the University of Barcelona, said")
        const whichBody =
          tokens[j]?.text === ',' && rel === 'which'
            ? (mentionEnding.get(j - 1) ?? bracketedName(j - 1))
            : tokens[j]?.text === ',' && tokens[i2]?.text === ',' && rel2 === 'which'
              ? mentionEnding.get(i2 - 1)
              : undefined;
        const whichEntity = whichBody ? entityById(whichBody.entity) : undefined;
        // (the body opening the sentence: not "X, president of the FNPL, which represents ..., said")
        const whichLead =
          whichBody && tokens[whichBody.from - 1]?.lower === 'the' ? whichBody.from - 1 : whichBody?.from;
        if (
          whichEntity?.type === 'organisation' &&
          whichEntity !== namedEntity &&
          whichLead !== undefined &&
          tokens[whichLead - 1]?.sentence !== tokens[whichLead]?.sentence
        )
          return { entity: whichEntity, cue: cueTok.lower };
        // (a body too, before an aside opening with a preposition: "The Finance Ministry, in a
        // written reply to a question in the Lok Sabha, said")
        if (
          aside &&
          tokens[j]?.text === ',' &&
          ownerEntity?.type === 'organisation' &&
          ownerEntity !== namedEntity
        )
          return { entity: ownerEntity, cue: cueTok.lower };
        // ... or names a lawyer's client: "Mark Fielding, for Bates, said" is the lawyer.
        if (
          tokens[j]?.text === ',' &&
          named &&
          j + 2 === named.from &&
          (rel === 'for' || rel === 'representing')
        ) {
          const lawyer = mentionEnding.get(j - 1);
          const lawyerEntity = lawyer ? entityById(lawyer.entity) : undefined;
          if (lawyerEntity?.type === 'person' && lawyerEntity !== namedEntity)
            return { entity: lawyerEntity, cue: cueTok.lower };
        }
        // ... whose owner is a person's employer: "Alan Jamieson of the University of Western
        // Australia, who led the expedition with colleagues from Tokyo University, told Wikinews".
        if (owner && ownerEntity?.type === 'organisation' && ownerEntity !== namedEntity) {
          let via = owner.from - 1;
          if (tokens[via]?.lower === 'the') via--;
          const link = tokens[via]?.lower;
          const employee =
            link === 'of' || link === 'at' || link === 'from' ? mentionEnding.get(via - 1) : undefined;
          const person = employee ? entityById(employee.entity) : undefined;
          if (person?.type === 'person') return { entity: person, cue: cueTok.lower };
        }
        // ... or a role "to" or "for" the person named, with no article: "Dmitry Peskov, spokesman for
        // President Vladimir Putin, said", "Hikmet Hajiyev, foreign policy adviser to Azerbaijani
        // President Ilham Aliyev, said".
        if (tokens[j]?.text === ',' && named && namedEntity?.type === 'person' && rel !== undefined) {
          let link = -1;
          for (let r = j + 2; r < named.from && r <= j + 6 && link < 0; r++) {
            const w = tokens[r];
            if (w?.kind !== 'word' || w.text !== w.lower) break;
            if (w.text === 'to' || w.text === 'for') link = r;
          }
          const holder = link > 0 && roleWithin(j + 1, link) ? mentionEnding.get(j - 1) : undefined;
          const holderEntity = holder ? entityById(holder.entity) : undefined;
          if (
            holderEntity?.type === 'person' &&
            holderEntity !== namedEntity &&
            tokens.slice(link + 1, named.from).every((w) => w.kind === 'word' && w.cap)
          )
            return { entity: holderEntity, cue: cueTok.lower };
        }
        // ... or ends a description of the person before it: "J.B. Pritzker, a Democrat like
        // Madigan, said", "Jo Bell, the lawyer for Ann Lee, said".
        const afterArticle = tokens[j + 2];
        // (the name perhaps closed by its initials in brackets: "The Ilankai Tamil Arasu Kachchi (ITAK),
        // the largest party in the Tamil National Alliance (TNA), said")
        // (or a body's owner: "Halbrook UK, part of Japan's Takamura Group, said")
        const describer =
          tokens[j]?.text === ',' &&
          (rel === 'a' ||
            rel === 'an' ||
            rel === 'the' ||
            (rel === 'part' && afterArticle?.lower === 'of')) &&
          afterArticle?.kind === 'word'
            ? (mentionEnding.get(j - 1) ?? bracketedName(j - 1))
            : undefined;
        const described = describer ? entityById(describer.entity) : undefined;
        // (a body too: "the Software Alliance, a trade group whose members include Google and Meta, said")
        if ((described?.type === 'person' || described?.type === 'organisation') && described !== namedEntity)
          return { entity: described, cue: cueTok.lower };
        // ... or describes a person the story describes too: "The general, a longtime friend of
        // Prabowo, told reporters" is the general, whoever the story means by that.
        if (
          !describer &&
          tokens[j]?.text === ',' &&
          (rel === 'a' || rel === 'an') &&
          tokens[j - 1]?.kind === 'word' &&
          tokens[j - 1]?.text === tokens[j - 1]?.lower &&
          tokens[j - 2]?.lower === 'the' &&
          tokens[j - 2]?.sentence !== tokens[j - 3]?.sentence
        ) {
          const s = subjectEndingAt(j - 1, from);
          if (s?.type === 'person') return { entity: s, cue: cueTok.lower };
          if (s === undefined) return { entity: undefined, cue: cueTok.lower, unnamed: true };
        }
        // ... or a "which" clause on a body: "The Alliance of ... Producers, which bargains for
        // studios including Walt Disney Co and Netflix Inc, said".
        // (its mention may leave out a trailing word of the name: "Meta Platforms, which owns ...")
        const bodyOwner =
          tokens[j]?.text === ',' && rel === 'which'
            ? (mentionEnding.get(j - 1) ?? (tokens[j - 1]?.cap ? mentionEnding.get(j - 2) : undefined))
            : undefined;
        let bodyEntity = bodyOwner ? entityById(bodyOwner.entity) : undefined;
        // (over the body's place: "The Ministry of Health in Brasília, which buys ..., said")
        if (
          bodyOwner &&
          bodyEntity?.type === 'place' &&
          /^(?:in|at)$/u.test(tokens[bodyOwner.from - 1]?.lower ?? '')
        ) {
          const seat = mentionEnding.get(bodyOwner.from - 2);
          const body = seat ? entityById(seat.entity) : undefined;
          if (body?.type === 'organisation') bodyEntity = body;
        }
        // (the body itself in a person's apposition is that person's: "Philippe Marchand-Delorme,
        // president of the APIG, which represents ... Ouest-France, said")
        if (bodyOwner && bodyEntity?.type === 'organisation') {
          let c = bodyOwner.from - 1;
          while (
            c > from &&
            c > bodyOwner.from - 8 &&
            tokens[c]?.kind === 'word' &&
            tokens[c]?.text === tokens[c]?.lower
          )
            c--;
          const holder =
            tokens[c]?.text === ',' && c < bodyOwner.from - 1 ? mentionEnding.get(c - 1) : undefined;
          const holderEntity = holder ? entityById(holder.entity) : undefined;
          if (
            holderEntity?.type === 'person' &&
            (tokens[bodyOwner.from - 1]?.lower === 'of' || tokens[bodyOwner.from - 2]?.lower === 'of') &&
            roleWithin(c + 1, bodyOwner.from)
          )
            return { entity: holderEntity, cue: cueTok.lower };
        }
        if (bodyEntity?.type === 'organisation' && bodyEntity !== namedEntity)
          return { entity: bodyEntity, cue: cueTok.lower };
        // ... or a participle's agent: "Holmes, contacted by the Guardian, confirmed", "Tony Adams,
        // working as a pundit for TNT Sports, called".
        const agentOf =
          tokens[j]?.text === ',' &&
          ((rel?.endsWith('ed') && tokens[j + 2]?.lower === 'by') ||
            (rel !== undefined && rel.length > 4 && rel.endsWith('ing') && tokens[j + 1]?.text === rel))
            ? mentionEnding.get(j - 1)
            : undefined;
        const patient = agentOf ? entityById(agentOf.entity) : undefined;
        if (
          patient &&
          (patient.type === 'person' || patient.type === 'organisation') &&
          patient !== namedEntity
        )
          return { entity: patient, cue: cueTok.lower };
        return { entity: namedEntity, cue: cueTok.lower };
      }
      if (tokens[k]?.text === ',' && k - 1 >= from) {
        // "Hernan Dario Gomez, Panama coach, said": step over the apposition.
        // A longer one opens with an article: "Sara Seager, a planetary scientist at MIT who
        // was not involved in the study, called ...".
        // Up to three in a row: "Maria Carrillo, chief science officer of the Alzheimer's
        // Association, who was not involved in the research, called"); a body named there stands
        // only when no person opens the chain ("Gary Black, managing partner at the Future Fund,
        // which holds Tesla shares, wrote").
        let comma = k;
        let body: ExtractedEntity | undefined;
        for (let hop = 0; hop < 3; hop++) {
          let j = comma - 1;
          while (j >= from && tokens[j]?.text !== ',' && comma - j < 20) j--;
          if (tokens[j]?.text !== ',' || j - 1 < from) break;
          const opener = tokens[j + 1];
          const o = opener?.lower ?? '';
          const named = mentionEnding.get(j - 1);
          const described =
            comma - j < 8 ||
            o === 'a' ||
            o === 'an' ||
            o === 'the' ||
            o === 'who' ||
            o === 'whose' ||
            (hop > 0 && o === 'which') ||
            // (where a body is: "ASML, based in the small town of Veldhoven near Eindhoven, said")
            o === 'based' ||
            o === 'headquartered' ||
            TITLE_WORDS.has(o) ||
            ROLE_NOUNS.has(o) ||
            // an employer's title: "Wilson White, Google's vice president for government affairs
            // and public policy, said"
            ownersTitleAt(j + 1, comma) ||
            // a lower-case role after a named person: "Gary Black, managing partner at ..."
            (opener?.kind === 'word' &&
              opener.text === o &&
              !FUNCTION_WORDS.has(o) &&
              !!named &&
              entityById(named.entity)?.type === 'person');
          if (!described && !(o === 'which' && hop === 0)) break;
          const s = subjectEndingAt(j - 1, from);
          // (not a name inside a relative clause on someone before: "Helen Marsh, whose daughter
          // Chloe, 17, died in 2023, said")
          let open = j - 1;
          while (open > from && tokens[open]?.text !== ',' && j - open < 12) open--;
          const inRelative =
            tokens[open]?.text === ',' &&
            (tokens[open + 1]?.lower === 'whose' || tokens[open + 1]?.lower === 'who');
          if (s?.type === 'person' && inRelative && hop < 2) {
            comma = j;
            continue;
          }
          if (s?.type === 'person') return { entity: s, cue: cueTok.lower };
          // (someone described by where they work: "A senior official at the National Treasury, who
          // asked not to be named, said")
          // (or by their body's name, who would not be named: "An Enforcement Directorate official,
          // who asked not to be named, said")
          if (
            hop === 0 &&
            (workplaceDescriptionEndingAt(j - 1, from) ||
              (anonymousNear(j - 1, c) &&
                (officialDescriptionEndingAt(j - 1, from) ||
                  // ("A senior editor at the company, who asked not to be identified, said")
                  (!mentionEnding.get(j - 1) && describedPersonEndingAt(j - 1, from)))))
          )
            return { entity: undefined, cue: cueTok.lower, unnamed: true };
          // (a body, not a place standing for its government: that one waits for a cue of its own)
          if (s?.type === 'organisation') body ??= s;
          comma = j;
        }
        if (body) return { entity: body, cue: cueTok.lower };
      }
      // A participle right after a preposition's object shares the sentence's subject: "X submitted a
      // letter to the board calling his conduct '...'" (the board calls nothing); left to the
      // participle's rule below.
      let objectEnd = k;
      while (objectEnd > k - 3 && tokens[objectEnd]?.kind === 'word' && !tokens[objectEnd]?.cap) {
        if (/^(?:the|a|an)$/u.test(tokens[objectEnd]?.lower ?? '')) break;
        objectEnd--;
      }
      const objectOfParticiple =
        cueTok.lower.endsWith('ing') &&
        k > from &&
        !mentionEnding.get(k) &&
        /^(?:the|a|an)$/u.test(tokens[objectEnd]?.lower ?? '') &&
        OBJECT_PREPOSITIONS.has(tokens[objectEnd - 1]?.lower ?? '');
      if (k >= from && !objectOfParticiple) {
        // A cue inside a reported clause ("She said it confirmed that '...'"): the outer speaker.
        const inner = tokens[k]?.lower;
        const outerCue = tokens[k - 1];
        if (
          (inner === 'it' || inner === 'they') &&
          k - 2 >= from &&
          outerCue?.kind === 'word' &&
          outerCue.text === outerCue.lower &&
          CUE_VERBS.has(outerCue.lower)
        ) {
          const outer = subjectEndingAt(k - 2, from);
          if (outer) return { entity: outer, cue: outerCue.lower };
        }
        // A relative of someone named, by a possessive ('"...," his wife said'): the relative named
        // so before ("his wife, Brenda,"), else someone unnamed, never the one whose relative it is.
        const kin = tokens[k]?.lower ?? '';
        if (
          (FEMALE_NOUNS.has(kin) || MALE_NOUNS.has(kin)) &&
          /^(?:his|her|their)$/u.test(tokens[k - 1]?.lower ?? '') &&
          k - 1 >= from
        ) {
          for (let j = k - 2; j >= 0 && j >= k - 400; j--) {
            if (tokens[j]?.lower !== kin || tokens[j + 1]?.text !== ',') continue;
            const named = mentionAt.get(j + 2);
            const relative = named ? entityById(named.entity) : undefined;
            if (relative?.type === 'person' && !relative.group)
              return { entity: relative, cue: cueTok.lower };
          }
          return { entity: undefined, cue: cueTok.lower, unnamed: true };
        }
        // An official of a body who would not be named: '"...," an Enforcement Directorate official
        // said, speaking on condition of anonymity' (without that, the body's official speaks for it).
        if (
          (cueTok.lower.endsWith('ed') || SPEECH_VERB_FORMS.has(cueTok.lower)) &&
          anonymousNear(k, c) &&
          officialDescriptionEndingAt(k, from)
        )
          return { entity: undefined, cue: cueTok.lower, unnamed: true };
        // Someone described by where they work, not named: '"...," an official at the Interior
        // Ministry said' (not the ministry; its spokesperson speaks for it: "a spokesman for X").
        if (
          (cueTok.lower.endsWith('ed') || SPEECH_VERB_FORMS.has(cueTok.lower)) &&
          workplaceDescriptionEndingAt(k, from)
        )
          return { entity: undefined, cue: cueTok.lower, unnamed: true };
        // An adviser or aide to someone named, not named themself: "An adviser to Sports Minister
        // Amelie Oudea-Duval said".
        const advised = mentionEnding.get(k);
        if (advised && entityById(advised.entity)?.type === 'person') {
          let t = advised.from - 1;
          while (t > from && tokens[t]?.cap && tokens[t]?.kind === 'word') t--;
          if (
            (tokens[t]?.lower === 'to' &&
              AIDE_NOUNS.has(tokens[t - 1]?.lower ?? '') &&
              describedPersonEndingAt(t - 1, from)) ||
            (t >= from && spokespersonForAt(t))
          )
            return { entity: undefined, cue: cueTok.lower, unnamed: true };
        }
        // ... and so is a spokesperson for a person the story describes: '"...," a spokesperson for
        // the actor said' (not the actor; "a spokesman for the company" speaks for the company).
        if (!advised && !ORG_DESCRIPTIONS.has(tokens[k]?.lower ?? '')) {
          let t = k - 1;
          while (t > k - 3 && t > from && tokens[t]?.lower !== 'the' && tokens[t]?.text === tokens[t]?.lower)
            t--;
          if (tokens[t]?.lower === 'the' && tokens[k]?.kind === 'word' && spokespersonForAt(t - 1))
            return { entity: undefined, cue: cueTok.lower, unnamed: true };
        }
        const s = subjectEndingAt(k, from);
        if (s) return { entity: s, cue: cueTok.lower };
        // Someone described, not named: '"...," a witness told Reuters', '"...," one resident said'.
        // (a verb's cue, not a noun's: "in a blog post"; a spokesperson speaks for a body named
        // around: '"...," a company spokesperson said' is left to what follows)
        // (nor an official of a body's kind: '"...," a commission official told reporters')
        const kindOfficial =
          tokens[k]?.lower === 'official' &&
          ORG_DESCRIPTIONS.has(tokens[k - 1]?.lower ?? '') &&
          /^(?:an?|the)$/u.test(tokens[k - 2]?.lower ?? '');
        if (
          (cueTok.lower.endsWith('ed') || SPEECH_VERB_FORMS.has(cueTok.lower)) &&
          !SPOKESPEOPLE.has(tokens[k]?.lower ?? '') &&
          !kindOfficial &&
          indefiniteSubjectEndingAt(k, from)
        )
          return { entity: undefined, cue: cueTok.lower, unnamed: true };
        // A spokesperson of a body named or described right before: "A Tianqi spokesperson said",
        // "A ministry spokesman said" (the ministry the story named), "a commission official told".
        if (SPOKESPEOPLE.has(tokens[k]?.lower ?? '') || kindOfficial) {
          const owner = mentionEnding.get(k - 1);
          const named = owner && owner.from >= from ? entityById(owner.entity) : undefined;
          // (a place that has a spokesperson stands for the body in it: "A Buckingham Palace
          // spokesperson said", "a Downing Street spokesman said")
          if (
            !kindOfficial &&
            (named?.type === 'organisation' ||
              (named?.type === 'place' && owner && owner.to - owner.from >= 2))
          )
            return { entity: named, cue: cueTok.lower };
          const kind = tokens[k - 1]?.lower ?? '';
          if (ORG_DESCRIPTIONS.has(kind) && /^(?:an?|the)$/u.test(tokens[k - 2]?.lower ?? '')) {
            const body = describe([kind], k - 1);
            // (a business for "company", else a body that has the word: not "a union spokeswoman"
            // after a newspaper)
            if (body?.type === 'organisation' && (BUSINESS_WORDS.has(kind) || hasWord(body.name, kind)))
              return { entity: body, cue: cueTok.lower };
          }
        }
        // A spokesperson of no body named, right after a body's own sentence: "The Port of Rotterdam
        // Authority said operations were not affected. A spokesman said: '...'" speaks for it.
        if (SPOKESPEOPLE.has(tokens[k]?.lower ?? '') && /^an?$/u.test(tokens[k - 1]?.lower ?? '')) {
          const sentence = cueTok.sentence;
          let body: ExtractedEntity | undefined;
          for (const o of orgSubjects) {
            if (o.at >= k) break;
            const at = tokens[o.at]?.sentence ?? -9;
            if (at >= sentence - 1 && tokens[o.at]?.paragraph === cueTok.paragraph) body = o.entity;
          }
          // (or a body described as that subject: "The bank also said ... a spokeswoman said:")
          const described = describedBodyBefore(k);
          const near = describedBodies.some(
            (d) =>
              d.at < k &&
              (tokens[d.at]?.sentence ?? -9) >= sentence - 1 &&
              tokens[d.at]?.paragraph === cueTok.paragraph,
          );
          if (!body && near && described?.entity?.type === 'organisation') body = described.entity;
          if (body) return { entity: body, cue: cueTok.lower };
        }
        const w = tokens[k]?.lower;
        if (
          s === undefined &&
          (unnamedBodyAt(k, from) ||
            ((w === 'he' || w === 'she') && describedSpeakerBefore(k, personPronounFits(w))) ||
            (w === 'it' && !!describedBodyBefore(k)) ||
            unnamedDescriptionEndingAt(k))
        )
          return { entity: undefined, cue: cueTok.lower, unnamed: true };
      }
      // Cue before the subject: "said KCNA", "added the US diplomat" (after "told", the listener;
      // after "accused", the accused; after "calling"/"described", the one so called: "Xi sent
      // condolences, calling Trong 'a good comrade'").
      // (not a coordinated verb's object: '... raised "serious questions" and urged NASA to review it')
      if (
        c + 1 < to &&
        cueTok.lower !== 'told' &&
        cueTok.lower !== 'telling' &&
        cueTok.lower !== 'tells' &&
        !ACCUSING.has(cueTok.lower) &&
        !CALLING.has(cueTok.lower) &&
        // (nor what a participle reports: '..., saying the state's economy had "held its breath"'
        // is the sentence subject's, not the state's)
        !cueTok.lower.endsWith('ing') &&
        tokens[c - 1]?.lower !== 'and' &&
        tokens[c - 1]?.lower !== 'but' &&
        // (nor a verb after a modal or "to", whose object follows: '... "a very competitive package" and
        // would announce a replacement rider')
        !MODALS_AND_TO.has(tokens[c - 1]?.lower ?? '') &&
        // (nor a place opening what a speaker right before the cue reports: 'A U.S. embassy
        // spokesperson said Washington "stands with ..."')
        // (also one placed there: 'A Chinese Embassy spokesman in Suva said Beijing "respects ..."';
        // a place only: 'A spokeswoman said the company "respects ..."' is the company's)
        !(subjectPlaceAt(c + 1, to) && spokenBefore(placedAt(c - 1)))
      ) {
        const s = subjectStartingAt(c + 1, to);
        if (s) return { entity: s, cue: cueTok.lower };
        if (indefiniteSubjectStartingAt(c + 1, to))
          return { entity: undefined, cue: cueTok.lower, unnamed: true };
      }
      // A subject further left in the clause: "Blinken made clear ... and told".
      // (further for a participle closing the sentence: "X unveiled a plan ..., calling it '...'")
      const participle = cueTok.lower.endsWith('ing');
      // The participle's subject is the sentence's: "Reeves unveiled ... in the Labour government's
      // first budget, saying ...".
      // So is a verb's after "and"/"but": "Paul, the chairman, defended the plan ..., but said".
      const coordinated = tokens[c - 1]?.lower === 'but' || tokens[c - 1]?.lower === 'and';
      if (participle || coordinated) {
        const opening = sentences[cueTok.sentence]?.from ?? c;
        // (a quote before in the sentence does not hide its subject from a verb after "but": 'Orchard
        // said it would "engage constructively" with the CMA but warned that ... "..."')
        const start = coordinated ? opening : Math.max(opening, from);
        let subject = firstSubjectIn(start, c);
        // (or a body opening it: "The Office of Management and Budget said ... the Senate measure and
        // urged '...'")
        if (!subject && coordinated)
          for (const s of orgSubjects)
            if (s.at >= start && s.at < c && s.at <= opening + 1) subject ??= s.entity;
        // (a pronoun opening the sentence is its subject: "He criticised the owners, saying, '...'")
        const lead = tokens[opening];
        if (
          !subject &&
          participle &&
          lead &&
          (lead.lower === 'he' || lead.lower === 'she') &&
          opening >= from
        )
          subject = pronoun(lead.lower, opening);
        // (so is one's office: "Her office released a statement saying ...")
        if (
          !subject &&
          participle &&
          lead &&
          (lead.lower === 'his' || lead.lower === 'her') &&
          tokens[opening + 1]?.lower === 'office' &&
          opening >= from
        )
          subject = pronoun(lead.lower === 'his' ? 'he' : 'she', opening);
        if (subject) return { entity: subject, cue: cueTok.lower };
      }
      const reach = participle ? 30 : 12;
      // ("who said" speaks for a person, over the bodies and places of the apposition before it:
      // "according to Priya Natarajan, head of research at Stonebridge Commodities in Singapore, who
      // said")
      const whoSaid = tokens[c - 1]?.lower === 'who' && tokens[c - 2]?.text === ',';
      for (let j = c - 1; j >= from && c - j < (whoSaid ? 24 : reach); j--) {
        // Another cue first: its subject is this one's too ("X, leader of Y, called it 'wrong' and
        // vowed to ..."): left to that cue.
        if (j < c - 1 && cues.includes(j)) break;
        const m = mentionEnding.get(j);
        // (not the medium: "In a post on Twitter, the group's UK branch wrote:")
        // (nor the one told: "X told Reuters the data pointed to '...'" is left to "told")
        if (
          m &&
          inQuote[j] === -1 &&
          tokens[m.from - 1]?.lower !== 'on' &&
          tokens[m.from - 1]?.lower !== 'via' &&
          !listenerAt(m.from)
        ) {
          const e = entityById(m.entity);
          if (e && (e.type === 'person' || (e.type === 'organisation' && !whoSaid)))
            return { entity: e, cue: cueTok.lower };
        }
        const w = tokens[j];
        if (w && (w.text === '.' || w.text === ';')) break;
      }
    }
    return undefined;
  };

  const out: ExtractedQuote[] = [];
  /** Is there a cue verb outside quotations between `from` and `to`? */
  const cueWithin = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t?.kind === 'word' && inQuote[k] === -1 && CUE_VERBS.has(t.lower)) return true;
    }
    return false;
  };
  /**
   * Is the attribution from `from` to `to` a cue with a singular description nobody was matched to
   * ('"...," the senator said', '..., said the statement')? Its speaker is then the one the previous
   * paragraph reports.
   */
  const definiteSubjectCue = (from: number, to: number): boolean => {
    const words: Token[] = [];
    for (let k = from; k < to; k++) {
      const t = tokens[k] as Token;
      if (t.kind === 'word') words.push(t);
      else if (t.text !== ',' && t.text !== '.') return false;
    }
    const cueAt = words.findIndex((w) => CUE_VERBS.has(w.lower));
    const subject = cueAt === 0 ? words.slice(1) : words.slice(0, cueAt);
    const head = subject[subject.length - 1];
    return (
      cueAt >= 0 &&
      subject.length >= 2 &&
      subject.length <= 3 &&
      subject[0]?.lower === 'the' &&
      subject.every((w) => w.text === w.lower) &&
      !!head &&
      !head.lower.endsWith('s') &&
      (cueAt === 0 || words.length === cueAt + 1)
    );
  };
  let prev: { quote: RawQuote; speaker: ExtractedEntity | undefined; paragraph: number } | undefined;
  raw.forEach((q, qi) => {
    const openTok = tokens[q.open];
    const closeTok = tokens[q.close];
    if (!openTok || !closeTok) return;
    // Context after the quote: up to the next quote or the end of the sentence after the closing mark.
    const nextQuote = raw[qi + 1];
    const closeSentence = sentences[closeTok.sentence];
    let rightEnd = Math.min(
      nextQuote ? nextQuote.open : tokens.length,
      closeSentence ? closeSentence.to : tokens.length,
    );
    if (rightEnd <= q.close + 1 && closeSentence) {
      // The quote closes its sentence: the attribution follows in the next one only if it is short ("..." said X.)
      const nextSentence = sentences[closeTok.sentence + 1];
      // (or longer when it opens with its cue: '"...?" Tulfo asked, referring to the airport in Manila.')
      // (only for a quotation that opens its own sentence: a partial one has its cue before it)
      let cueOpens = false;
      if (nextSentence && nextSentence.from === q.close + 1 && sentences[openTok.sentence]?.from === q.open)
        for (let k = nextSentence.from; k < nextSentence.from + 4 && k < nextSentence.to; k++) {
          const w = tokens[k];
          if (w?.kind === 'word' && w.text === w.lower && CUE_VERBS.has(w.text)) cueOpens = true;
          // (or right after a name's apposition in commas: '"...?" Leszek X, a union leader, asked')
          if (w?.text === ',' && k > nextSentence.from && tokens[k - 1]?.cap) {
            let e = k + 1;
            while (e < k + 9 && e < nextSentence.to && tokens[e]?.kind === 'word') e++;
            const cue = tokens[e + 1];
            if (
              e > k + 1 &&
              tokens[e]?.text === ',' &&
              cue?.kind === 'word' &&
              cue.text === cue.lower &&
              CUE_VERBS.has(cue.text)
            )
              cueOpens = true;
            break;
          }
        }
      // (not for a partial quotation whose own sentence has its cue before it: 'Judge X wrote that it
      // "cannot be introduced by decree." Y agreed.' is X's)
      const ownSentence = sentences[openTok.sentence];
      const cuedBefore = !!ownSentence && ownSentence.from !== q.open && cueWithin(ownSentence.from, q.open);
      if (
        nextSentence &&
        nextSentence.paragraph === closeSentence.paragraph &&
        (nextSentence.to - nextSentence.from <= 8 || cueOpens) &&
        !cuedBefore
      )
        rightEnd = Math.min(nextQuote ? nextQuote.open : tokens.length, nextSentence.to);
    }
    const prevQuote = raw[qi - 1];
    const openSentence = sentences[openTok.sentence];
    const leftStart = Math.max(prevQuote ? prevQuote.close + 1 : 0, openSentence ? openSentence.from : 0);

    let found: Speaker | undefined;
    // -1. The second half of a quotation split by its attribution: '"We were not good enough," she
    // said, "and we know it."' is the first half's speaker's, whatever the next sentence says.
    if (prev && prevQuote && prev.quote === prevQuote && splitAttribution(prevQuote.close, q.open))
      found = prev.speaker
        ? { entity: prev.speaker, cue: 'continued' }
        : { entity: undefined, cue: 'continued', unnamed: true };
    // -1b. ... also after a first half too short to keep: '"What for?" the coach said. "Nothing will
    // change."' (the short words are dropped, their attribution still names the speaker).
    const shortBefore = sentences[openTok.sentence - 1];
    if (
      !found &&
      shortBefore &&
      shortBefore.paragraph === openTok.paragraph &&
      tokens[q.open - 1]?.sentence === openTok.sentence - 1 &&
      tokens[shortBefore.from]?.kind === 'quote' &&
      (inQuote[shortBefore.from + 1] ?? 0) < 0
    ) {
      let close = shortBefore.from + 1;
      while (close < shortBefore.to && tokens[close]?.kind !== 'quote') close++;
      if (
        close < shortBefore.to &&
        close - shortBefore.from <= 5 &&
        (!prevQuote || prevQuote.close < shortBefore.from)
      )
        found = attribution(close + 1, shortBefore.to, false) ?? found;
    }
    // 0. Introduced by a cue and a colon: 'Smith, 45, said: "..."' (before a next sentence's own cue).
    // (A body described but not named after the quote ends the search: '"...," the ministry said'.)
    const settled = (): boolean => !!found?.entity || !!found?.unnamed;
    const colonCue = tokens[q.open - 1]?.text === ':' && CUE_VERBS.has(tokens[q.open - 2]?.lower ?? '');
    if (colonCue && !settled()) found = attribution(leftStart, q.open, true);
    // 1. Right next to the quote: '"...," X said' / '"...," said X'.
    // (After a subordinate clause's opening the cue is another's: '... Khamenei said that talks were
    // "not smart," days after President Donald Trump said ...': the speaker comes first from before.)
    const nearRight = Math.min(rightEnd, q.close + 1 + 10);
    let subordinate = false;
    // (further on too where a cue before the quote opens its sentence: 'X said the country was
    // "ready to cross the finish line" for joining the euro zone, after the European Commission
    // concluded ...')
    const cueOpensSentence =
      !!openSentence && openSentence.from < q.open && cueWithin(openSentence.from, q.open);
    // (... or past a short phrase opening with a preposition: 'Orchard said it would "engage
    // constructively" with the CMA but warned that ...' is not the CMA's)
    const phraseAfter = OBJECT_PREPOSITIONS.has(tokens[q.close + 1]?.lower ?? '');
    for (let k = q.close + 1; k <= q.close + (cueOpensSentence ? 9 : 3) && k < nearRight; k++) {
      const w = tokens[k]?.lower ?? '';
      if (CUE_VERBS.has(w)) break;
      if (SUBORDINATORS.has(w) && (k <= q.close + 3 || tokens[k - 1]?.text === ',')) subordinate = true;
      // (a second cue sharing the subject of the cue before the quote: 'X said the branch "has no
      // role," but added that President Y had asked ...')
      if (
        cueOpensSentence &&
        (k <= q.close + 2 ||
          (phraseAfter &&
            k <= q.close + 6 &&
            tokens.slice(q.close + 1, k).every((t) => t.kind === 'word'))) &&
        (w === 'but' || w === 'and') &&
        CUE_VERBS.has(tokens[k + 1]?.lower ?? '') &&
        tokens[k + 1]?.text === tokens[k + 1]?.lower
      ) {
        subordinate = true;
        break;
      }
    }
    if (subordinate && !settled()) found = attribution(leftStart, q.open, true) ?? found;
    // (the cue before is the quote's even where its subject names no one: "Bulgaria's finance
    // minister said ...", not the body in the clause after)
    if (subordinate && cueOpensSentence && leftStart === openSentence?.from && !settled()) {
      let cueAt = q.open - 1;
      while (cueAt > leftStart && !(inQuote[cueAt] === -1 && CUE_VERBS.has(tokens[cueAt]?.lower ?? '')))
        cueAt--;
      found = { entity: undefined, cue: tokens[cueAt]?.lower ?? '', unnamed: true };
    }
    if (!settled()) found = attribution(q.close + 1, nearRight, false) ?? found;
    // (a source after the quote gives way to a person who said it before: "Zakari has said the country
    // wants to sell its uranium \"to whoever pays\", according to state news agency ANP")
    if (found?.cue === 'according to' && found.entity?.type === 'organisation') {
      const left = attribution(leftStart, q.open, true);
      if (left?.entity?.type === 'person' && left.cue !== 'according to') found = left;
    }
    // 2. Before the quote in its sentence: 'X said: "..."', 'according to X, "..."'.
    if (!settled()) found = attribution(leftStart, q.open, true) ?? found;
    // 3. Anywhere after it in the sentence, the subject still read from the closing mark on (a long
    // apposition puts the cue past the near window: '"...," TM Roh, head of Samsung's mobile
    // business, told the audience').
    if (!settled() && rightEnd > nearRight) found = attribution(q.close + 1, rightEnd, false) ?? found;
    // 3b. A verdict named in the next sentence: '"...". That was the verdict of Jessica Pegula, ...'.
    if (!settled() && tokens[q.close + 1]?.lower === 'that' && tokens[q.close + 2]?.lower === 'was') {
      let k = q.close + 3;
      if (tokens[k]?.lower === 'the') k++;
      if (VERDICT_NOUNS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') {
        const m = mentionAt.get(k + 2);
        const e = m ? entityById(m.entity) : undefined;
        if (e && (e.type === 'person' || e.type === 'organisation')) found = { entity: e, cue: 'verdict' };
      }
    }
    // 3c. Its speaker named as the next sentence opens on it: '"...".\n\nWith those words, Judge
    // Caroline Adeyinka jailed three men'.
    if (
      !settled() &&
      tokens[q.close + 1]?.lower === 'with' &&
      (tokens[q.close + 2]?.lower === 'those' || tokens[q.close + 2]?.lower === 'these') &&
      tokens[q.close + 3]?.lower === 'words' &&
      tokens[q.close + 4]?.text === ','
    ) {
      const s = subjectStartingAt(q.close + 5, tokens.length);
      if (s && (s.type === 'person' || s.type === 'organisation')) found = { entity: s, cue: 'words' };
    }
    // 4. A quote introduced by a colon: the subject of the sentence speaks.
    if (!settled() && tokens[q.open - 1]?.text === ':') {
      for (let k = leftStart; k < q.open; k++) {
        const m = mentionAt.get(k);
        const e = m ? entityById(m.entity) : undefined;
        // (not the medium: "In a post on Twitter, the group's UK branch wrote:")
        const medium = tokens[k - 1]?.lower === 'on' || tokens[k - 1]?.lower === 'via';
        if (
          e &&
          (e.type === 'person' || e.type === 'organisation') &&
          inQuote[k] === -1 &&
          !listenerAt(k) &&
          !medium
        ) {
          found = { entity: e, cue: ':' };
          break;
        }
      }
    }
    // A quote opening its paragraph after one that ends in a colon or comma: "Rathbun stated,\n\n"...",
    // "Obama tweeted from his account:\n\n"..."; the introducing sentence is the context before it.
    const opensParagraph = tokens[q.open - 1]?.paragraph !== openTok.paragraph;
    const introducer = opensParagraph ? tokens[q.open - 1] : undefined;
    if (!settled() && introducer && (introducer.text === ':' || introducer.text === ',')) {
      const intro = sentences[introducer.sentence];
      const from = Math.max(intro ? intro.from : 0, prevQuote ? prevQuote.close + 1 : 0);
      found = attribution(from, q.open, true) ?? found;
      for (let k = from; !found?.entity && introducer.text === ':' && k < q.open; k++) {
        const m = mentionAt.get(k);
        const e = m ? entityById(m.entity) : undefined;
        if (e && (e.type === 'person' || e.type === 'organisation') && inQuote[k] === -1)
          found = { entity: e, cue: ':' };
      }
    }
    // 4b. A quote inside a "who" clause on a person, with no cue of its own: "... brought by
    // opposition politician Ekuru Aukot, who welcomed the ruling as '...'" is that person's.
    if (!settled() && openSentence) {
      for (let k = q.open - 1; k > openSentence.from && k >= q.open - 14; k--) {
        if (tokens[k]?.kind === 'quote' || inQuote[k] !== -1) break;
        if (tokens[k]?.lower !== 'who' || tokens[k - 1]?.text !== ',') continue;
        const m = mentionEnding.get(k - 2);
        const e = m ? entityById(m.entity) : undefined;
        if (e?.type === 'person') found = { entity: e, cue: 'who' };
        break;
      }
    }
    // 5. A later quote in the same or the next paragraph with no attribution of its own continues the
    // speaker; in the next paragraph only when it opens that paragraph, so the words between are the
    // earlier quote's own attribution ('"...," said Mohib.\n\n"They represent ..."').
    // (not one whose own cue names someone the story could not place: '"...," Lane said')
    const n1 = tokens[q.close + 1];
    const n2 = tokens[q.close + 2];
    const namedCue =
      n1?.kind === 'word' &&
      n1.sentence === closeTok.sentence &&
      tokens[q.close - 1]?.text === ',' &&
      ((n1.cap && !PRONOUN_SUBJECTS.has(n1.lower) && n1.lower !== 'the' && !!n2 && CUE_VERBS.has(n2.text)) ||
        (CUE_VERBS.has(n1.text) && n2?.kind === 'word' && n2.cap && n2.lower !== 'the')) &&
      // (a word of the earlier speaker's own name is that speaker again: "An said" after "Nguyen Van An")
      !hasWord(prev?.speaker?.name ?? '', (CUE_VERBS.has(n1.text) ? n2?.lower : n1.lower) ?? '');
    // (nor one whose own "she said" or "he said" the earlier speaker does not fit: '"...," he said.
    // "...," she said')
    const ownPronoun =
      n1?.kind === 'word' && n1.sentence === closeTok.sentence && tokens[q.close - 1]?.text === ','
        ? (n1.lower === 'he' || n1.lower === 'she') && !!n2 && CUE_VERBS.has(n2.text)
          ? n1.lower
          : CUE_VERBS.has(n1.text) && (n2?.lower === 'he' || n2?.lower === 'she')
            ? n2.lower
            : undefined
        : undefined;
    const pronounMisfit = !!ownPronoun && !!prev?.speaker && !personPronounFits(ownPronoun)(prev.speaker);
    if (
      !settled() &&
      !namedCue &&
      !pronounMisfit &&
      prev?.speaker &&
      openTok.paragraph - prev.paragraph <= 1
    ) {
      const between = tokens.slice(prev.quote.close + 1, q.open).filter((t) => t.kind === 'word').length;
      // (a longer attribution closing the earlier quote's paragraph, when this one opens the very
      // next: '"...," she told the Environment, Food and Rural Affairs Committee.\n\n"This is ...')
      const nextParagraph =
        openTok.paragraph === prev.paragraph + 1 && tokens[q.open - 1]?.paragraph === prev.paragraph;
      const prevClose = prev.quote.close;
      const tail = (): boolean => {
        for (let k = prevClose + 1; k < q.open; k++) if (tokens[k]?.kind === 'quote') return false;
        return true;
      };
      // (any length, where the words between are the one sentence closing the earlier quote: '"...,"
      // Etcheverry said at a news conference at the ... headquarters on ..., using .... "...")
      const ownSentence =
        tokens[q.open - 1]?.sentence === tokens[prevClose]?.sentence && tail() && between <= 60;
      if (
        openTok.paragraph === prev.paragraph
          ? between <= 25 || ownSentence
          : opensParagraph && (between <= 8 || (nextParagraph && between <= 16 && tail()))
      )
        found = { entity: prev.speaker, cue: found?.cue ?? 'continued' };
    }
    // 6. A quote opening a sentence right after a sentence of the same paragraph whose speaker a cue
    // names, outside quotes: 'Heald noted the findings matter. "An air-quality cleanup ..."'.
    const before = sentences[openTok.sentence - 1];
    if (
      !settled() &&
      openSentence &&
      openSentence.from === q.open &&
      before &&
      before.paragraph === openTok.paragraph &&
      (!prevQuote || prevQuote.close < before.from)
    )
      found = attribution(before.from, before.to, false) ?? found;
    // 7. A quote opening a paragraph with no attribution of its own, after a paragraph that ends
    // reporting its speaker's words unquoted: 'Nakamura said the samples would be flown to Tokyo.
    // \n\n"We expect to find organic molecules.' is Nakamura's.
    if (
      !settled() &&
      opensParagraph &&
      before &&
      before.paragraph === openTok.paragraph - 1 &&
      (!prevQuote || prevQuote.close < before.from) &&
      (!cueWithin(q.close + 1, rightEnd) || definiteSubjectCue(q.close + 1, rightEnd))
    )
      found = attribution(before.from, before.to, false) ?? found;
    // 8. A quotation that is its own paragraph, whose speaker the next paragraph names pointing back
    // to it: '"We are not leaving ..."\n\nThat was the message from Yesid Rincón', 'That line,
    // delivered by Joseph Kaumari, ...'.
    if (!settled() && opensParagraph && closeTok) {
      let k = q.close + 1;
      while (tokens[k] && tokens[k]?.paragraph === closeTok.paragraph && tokens[k]?.kind === 'punct') k++;
      const lead = tokens[k];
      const pointing = lead?.lower === 'that' || lead?.lower === 'those' || lead?.lower === 'these';
      const sentence = lead ? sentences[lead.sentence] : undefined;
      if (pointing && lead.paragraph === closeTok.paragraph + 1 && sentence) {
        for (let j = k + 1; j < sentence.to; j++) {
          const m = inQuote[j] === -1 ? mentionAt.get(j) : undefined;
          const e = m ? entityById(m.entity) : undefined;
          if (!e) continue;
          if (e.type === 'person' && !e.group) found = { entity: e, cue: lead.lower };
          if (e.type === 'person' || e.type === 'organisation') break;
          j = (m?.to ?? j + 1) - 1;
        }
      }
    }
    // A wire service named only in the dateline or as the one told is no speaker: "EDINBURGH, Jan 22
    // (Reuters) - A Holyrood committee ..., saying ministers had "failed ...".
    const wire = found?.entity;
    if (
      wire?.type === 'organisation' &&
      wire.mentions.every(
        (m) =>
          (tokens[m.from - 1]?.text === '(' && tokens[m.from]?.sentence === 0) ||
          tokens[m.from - 1]?.lower === 'told',
      ) &&
      wire.mentions.some((m) => tokens[m.from - 1]?.text === '(' && tokens[m.from]?.sentence === 0)
    )
      found = undefined;
    const speaker = found?.entity;
    if (speaker && (speaker.type === 'person' || speaker.type === 'organisation')) lastSpeakers.push(speaker);
    // Three words or fewer that nobody is found to say are a slogan, a sign or a term in quotes, no
    // quotation: 'banners that read "Brokers, not robots"', 'sold "kappa capture licences"'.
    // (one or two words are a partial quotation only of a speaker their own sentence names: 'Her
    // deputy called it "rotten"' is not the speaker quoted before's)
    const shortWords = wordCount(tokens, q.open + 1, q.close);
    if ((!speaker || (shortWords < 3 && found?.cue === 'continued')) && shortWords < 4) {
      prev = { quote: q, speaker, paragraph: closeTok.paragraph };
      return;
    }
    out.push({
      text: quoteText(text, q),
      start: q.start,
      end: q.end,
      speaker: speaker ? { name: speaker.name, type: speaker.type } : null,
      cue: speaker ? (found?.cue ?? null) : null,
    });
    prev = { quote: q, speaker, paragraph: closeTok.paragraph };
  });
  return out;
};

/** A paragraph break inside a quotation with the mark that reopens it in the next paragraph. */
const REOPENING = /\s*\n\s*["“„«]/gu;

/**
 * The words of a quotation as a reader quotes them: one that runs on into the next paragraph reads
 * as one passage, its paragraph break and reopening mark a single space (its offsets still span the
 * body text from the first word to the last).
 */
const quoteText = (text: string, q: RawQuote): string => {
  const inner = text.slice(q.start, q.end);
  return inner.includes('\n') ? inner.replace(REOPENING, ' ') : inner;
};

/** Small words that end the lower-case modifiers before a body's name ("of the opposition Democratic Party"). */
const BODY_LINK_WORDS = wordSet('the of from and or');
/** Past participles opening an aside on the one about to speak: "X, asked about the plan, said". */
const ASIDE_PARTICIPLES = wordSet('asked pressed questioned quizzed contacted reached interviewed');
/**
 * A lower-case participle opening a clause in commas: a present one ("hearing", "speaking"), not
 * "during", or one of the past ones above.
 */
const opensParticiple = (t: Token | undefined): boolean =>
  !!t &&
  t.kind === 'word' &&
  t.text === t.lower &&
  ((t.text.length >= 6 && t.text.endsWith('ing') && t.lower !== 'during') || ASIDE_PARTICIPLES.has(t.text));

/** Words opening the question after the one asked: "asked Okafor whether ...". */
const ASKED_ABOUT = wordSet('whether if about why how what when on');

/** Subject pronouns, which name nobody new after a quote's cue. */
const PRONOUN_SUBJECTS = wordSet('he she they it we i');
/** Forms of speech verbs that are no nouns (unlike "post" or "call"). */
const SPEECH_VERB_FORMS = wordSet('said told wrote says tells writes adds');
/** Trades of scholars and experts a story's quoted source is described by ("the physicist said"). */
const EXPERT_TRADES = wordSet(
  `scientist physicist researcher economist historian biologist chemist geologist astronomer ecologist
  epidemiologist virologist climatologist glaciologist volcanologist seismologist oceanographer archaeologist
  anthropologist sociologist psychologist psychiatrist linguist mathematician academic scholar engineer`,
);
/** Words opening a description of someone not named: "a witness", "one resident". */
const INDEFINITE_OPENERS = wordSet('a an one another');
/** Words opening a subordinate clause after a quote: '"...," days after X said'. */
const SUBORDINATORS = wordSet('after before when while since because until although though');
/** Cue words that are also nouns or adjectives: "state prosecutors", "his remarks". */
const NOUN_LIKE_CUES = wordSet('state states claim claims remark remarks post posts');
/** Words before a noun: "the claims", "his remarks", "federal and state". */
const DETERMINERS = wordSet('a an the this that these those his her its their our my your and');
/** Cue verbs whose object is the accused, never the speaker. */
const ACCUSING = wordSet('accuse accuses accused accusing');
/** Cues whose next name is what is called or described, not who speaks. */
const CALLING = wordSet(
  `call calls called calling describe describes described describing praises praised praising hails hailed hailing
  branded branding dismiss dismisses dismissed dismissing`,
);
/** Auxiliaries of the passive: "was told to", "had been asked to". */
const PASSIVE_AUXILIARIES = wordSet('was were been being is are be');
/** Words before "accused" that make it no cue: "was accused of", "the accused". */
const PASSIVE_BEFORE: ReadonlySet<string> = new Set([...PASSIVE_AUXILIARIES, 'the', 'an']);
/** Verbs that follow the subject of a reported clause: "said the party must", "said Acme would". */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  ...MODAL_VERBS,
  ...wordSet('has had have is was are were did does'),
]);
/** Past participles that describe the name before them rather than open a clause ("Ann Lee, based in"). */
const DESCRIBING_PARTICIPLES = wordSet('based aged named nicknamed dubbed called titled elected appointed');
/** Members of parties a story calls a person it has named by ("the Republican said"). */
const PARTY_MEMBERS = wordSet('republican democrat conservative liberal socialist tory');
/** Nouns a story uses for a person it has named ("the woman said"), and those with a gender. */
const FEMALE_KIN = wordSet('mother grandmother widow daughter wife sister');
const MALE_KIN = wordSet('father grandfather widower son husband brother');
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'girl', ...FEMALE_KIN]);
const MALE_NOUNS: ReadonlySet<string> = new Set(['man', 'boy', ...MALE_KIN]);
/** Kin, named by whose kin they are: "the father said" is no latest subject. */
const KIN_NOUNS: ReadonlySet<string> = new Set([...FEMALE_KIN, ...MALE_KIN, 'uncle', 'aunt']);
const PERSON_NOUNS = new Set([
  ...FEMALE_NOUNS,
  ...MALE_NOUNS,
  'teenager',
  'resident',
  'pensioner',
  'survivor',
]);
/** Capitalized adjectives of regions before an unnamed person or a nationality ("a Western diplomat",
 * "A Southeast Asian diplomat", "a Gulf official"). */
const REGION_ADJECTIVES: ReadonlySet<string> = new Set([
  ...COMPASS_ADJECTIVES,
  ...wordSet('central southeast southwest northeast northwest european asian african arab gulf'),
]);
/** Nouns naming what was said, in '"...". That was the verdict of X'. */
const VERDICT_NOUNS = wordSet(
  'verdict assessment view message warning reaction response judgment judgement opinion advice',
);
/** Verbs after a described subject ("The judge was unmoved"). */
const SUBJECT_VERBS = wordSet(`was were is are has had did does would will could
  won lost took made gave came went ran led set hit beat began became kept left spent sat stood saw found got
  met put felt thought brought built fell broke chose drew drove flew grew held knew paid rode rose sold sent
  shot swam threw wore`);
/** A verb after a described subject: a cue, an auxiliary or a past tense. */
const subjectVerb = (t: Token): boolean =>
  CUE_VERBS.has(t.lower) || SUBJECT_VERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'));
/** Words opening a second clause with a subject of its own after a comma ("..., while X warned",
 * "..., and Economy Minister X said"). */
const CLAUSE_OPENERS = wordSet('while whereas whilst and but');
/** A central bank's name: "Reserve Bank of India", "Bank of Japan", "Banco de México", "Bank Negara Malaysia". */
const CENTRAL_BANK_NAME =
  /\b(?:central|reserve|sentral|national bank|federal reserve|bundesbank|riksbank|norges bank)\b|^(?:the )?(?:bank|banque|banco|banca|banka) (?:of|de|d'|di|do|indonesia|negara)\b/iu;
/** Prepositions linking a place or body into a description before a name ("the mayor of X, Name,"). */
const PHRASE_LINKS = wordSet('of for from at in on near');
/** Prepositions opening a sentence with a phrase before its subject ("Inside the ..., X said"). */
const OPENING_PREPOSITIONS = wordSet(
  'in inside at outside near from after before during across behind back on',
);
/** Adverbs of time that may open a description in apposition ("X, now a pundit for TBS, said"). */
const TIME_ADVERBS_IN_APPOSITION = new Set(['now', 'then', 'once', 'formerly', 'previously', 'later']);
/** Cue verbs that also mean "keep" ("the EU maintained contacts"). */
const KEEPING_CUES = wordSet('maintained maintains continued continues');
/** Articles opening an apposition ("X, a spokeswoman for ..."). */
const WORK_ARTICLES = wordSet('a an the');
/** Roles that say a person's gender ("a spokeswoman", "the actress"). */
const FEMALE_ROLES: ReadonlySet<string> = new Set([
  ...FEMALE_NOUNS,
  ...wordSet(
    'spokeswoman chairwoman congresswoman businesswoman actress sportswoman policewoman councilwoman',
  ),
]);
const MALE_ROLES: ReadonlySet<string> = new Set([
  ...MALE_NOUNS,
  ...wordSet('spokesman congressman businessman actor sportsman policeman councilman'),
]);
/** Unnamed speakers closing a sentence after a comma: "..., a senior official said." */
const CLOSING_UNNAMED = wordSet(
  'official officials officer diplomat source sources aide adviser advisor executive',
);
/** People a story meets without a name ("One victim, ...", "A resident ..."). */
const UNNAMED_PEOPLE: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...wordSet(
    'victim witness neighbour neighbor passenger student farmer shopkeeper voter patient worker juror colleague businessman businesswoman fan resident',
  ),
  // (workers by trade: "One crane operator at Deltaport, who declined to give his name, said")
  ...wordSet(
    'operator driver nurse teacher miner docker dockworker protester protestor demonstrator picketer mourner shopper commuter retiree pensioner parent veteran',
  ),
  // (and by office, met as often unnamed: "An executive at one of the raided companies, speaking on
  // condition of anonymity, denied wrongdoing. '...,' he said")
  ...wordSet('executive broker trader manager employee engineer'),
]);
const COUNTRY_CODE = /^[A-Z]{2}$/u;

const hasAll = (attrs: ReadonlySet<string>, phrase: string): boolean =>
  phrase.split(' ').every((w) => w === 'of' || attrs.has(w));
