// Readers for the shared evaluation corpora: GUM Wikinews gold (gold.jsonl) and UNER English PUD
// (IOB2), news documents only (ids starting with "n").
import { readFileSync } from 'node:fs';
import { corpusPath } from '@newswire/testkit';
import type { GoldDoc } from './score-enrichment.ts';

export const loadGold = (): GoldDoc[] =>
  readFileSync(corpusPath('gum-wikinews', 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as GoldDoc);

export interface UnerToken {
  text: string;
  /** PER | ORG | LOC | O (B-/I- dropped: the score is per token). */
  label: string;
}
export interface UnerSentence {
  id: string;
  text: string;
  tokens: UnerToken[];
}
export interface UnerDoc {
  id: string;
  sentences: UnerSentence[];
}

export const loadUnerNews = (): UnerDoc[] => {
  const docs: UnerDoc[] = [];
  let doc: UnerDoc | undefined;
  let sent: UnerSentence | undefined;
  for (const line of readFileSync(corpusPath('uner-en-pud', 'en_pud-ud-test.iob2'), 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id = ')) {
      doc = { id: line.slice('# newdoc id = '.length).trim(), sentences: [] };
      docs.push(doc);
    } else if (line.startsWith('# sent_id = ')) {
      sent = { id: line.slice('# sent_id = '.length).trim(), text: '', tokens: [] };
      doc?.sentences.push(sent);
    } else if (line.startsWith('# text = ')) {
      if (sent) sent.text = line.slice('# text = '.length);
    } else if (line.trim().length > 0 && !line.startsWith('#')) {
      const cols = line.split('\t');
      const tag = cols[2] ?? 'O';
      sent?.tokens.push({ text: cols[1] ?? '', label: tag === 'O' ? 'O' : tag.slice(2) });
    }
  }
  return docs.filter((d) => d.id.startsWith('n'));
};
