// The enrichment stage: entities and quotes for one story. Pure and deterministic. The rules read
// English: other languages that capitalize only names (French, Spanish, Italian) still get their
// people and places, but a story tagged with a language that capitalizes every noun (German) gets
// an empty enrichment rather than every noun as a name.
import type { Enrichment } from '@newswire/contracts';
import { extractEntities } from './entities.ts';
import { lexicon } from './lexicon.ts';
import { extractQuotes } from './quotes.ts';
import { joinPossessiveBrands, splitSentences, tokenize } from './tokenize.ts';

export const ENRICH_VERSION = '1.23.1535';

export interface EnrichInput {
  bodyText: string;
  language?: string;
  headline?: string;
}

/** Stories longer than this are enriched on their first part only (characters, about 200 KB). */
const MAX_CHARS = 200_000;

const empty = (): Enrichment => ({ schemaVersion: 1, entities: [], quotes: [] });

/** German and its close kin, in any region ("de", "de-AT", "lb", "gsw"). */
const capitalizesNouns = (language: string | undefined): boolean =>
  !!language && /^(?:de|lb|gsw|nds)(?:$|[-_])/iu.test(language.trim());

export const enrich = (input: EnrichInput): Enrichment => {
  // No catch-all here: a bug must surface. In the workers an unexpected throw dead-letters the story
  // with code INTERNAL and its reason (replayed once the stage is fixed); `newswire enrich` reports
  // it for that input and goes on with the next.
  const bodyText = typeof input?.bodyText === 'string' ? input.bodyText : '';
  if (bodyText.trim().length === 0 || capitalizesNouns(input.language)) return empty();
  const text = bodyText.length > MAX_CHARS ? bodyText.slice(0, MAX_CHARS) : bodyText;
  const lex = lexicon();
  const tokens = joinPossessiveBrands(tokenize(text));
  const sentences = splitSentences(text, tokens, (w) => lex.commonWords.has(w));
  const { entities, mentions } = extractEntities(text, tokens, lex);
  const quotes = extractQuotes(text, tokens, sentences, entities, mentions, lex);
  return {
    schemaVersion: 1,
    entities: entities
      .filter((e) => e.mentions.length > 0 && e.name.length > 0)
      .map((e) => ({
        type: e.type,
        name: e.name,
        confidence: e.confidence,
        mentions: e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })),
      })),
    quotes,
  };
};
