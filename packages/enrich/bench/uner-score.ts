// Token-level PER/ORG/LOC scoring on UNER: each document's sentences are joined into one story
// text, the extractor's entity mentions label the tokens they cover (the longest where they nest),
// and every token counts once.
import type { UnerDoc } from './corpus-data.ts';

export interface SpanLabel {
  start: number;
  end: number;
  /** PER | ORG | LOC */
  label: string;
}
export interface TokenPrf {
  tp: number;
  predicted: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}
export type UnerScore = Record<'PER' | 'ORG' | 'LOC' | 'micro', TokenPrf>;

export const TYPE_TO_UNER: Record<string, string> = { person: 'PER', organisation: 'ORG', place: 'LOC' };

/** The story text for a UNER document and each token's character span in it. */
export const unerDocText = (
  doc: UnerDoc,
): { text: string; spans: Array<{ start: number; end: number; label: string }> } => {
  let text = '';
  const spans: Array<{ start: number; end: number; label: string }> = [];
  for (const s of doc.sentences) {
    if (text.length > 0) text += ' ';
    const base = text.length;
    text += s.text;
    let cursor = 0;
    for (const t of s.tokens) {
      const at = s.text.indexOf(t.text, cursor);
      if (at < 0) {
        spans.push({ start: -1, end: -1, label: t.label });
        continue;
      }
      spans.push({ start: base + at, end: base + at + t.text.length, label: t.label });
      cursor = at + t.text.length;
    }
  }
  return { text, spans };
};

const finish = (tp: number, predicted: number, gold: number): TokenPrf => {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { tp, predicted, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export const scoreUner = (docs: readonly UnerDoc[], predict: (text: string) => SpanLabel[]): UnerScore => {
  const counts: Record<string, [number, number, number]> = { PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0] };
  for (const doc of docs) {
    const { text, spans } = unerDocText(doc);
    const predicted = predict(text);
    for (const tok of spans) {
      let label = 'O';
      if (tok.start >= 0) {
        // UNER is flat: where mentions nest ("Sheffield" inside "University of Sheffield") the
        // token takes the outermost (longest) one's label, as the gold does.
        let hit: SpanLabel | undefined;
        for (const m of predicted) {
          if (m.start < tok.end && tok.start < m.end && (!hit || m.end - m.start > hit.end - hit.start))
            hit = m;
        }
        if (hit) label = hit.label;
      }
      const g = counts[tok.label];
      const p = counts[label];
      if (g) g[2]++;
      if (p) p[1]++;
      if (g && label === tok.label) g[0]++;
    }
  }
  const sum = (i: number): number => Object.values(counts).reduce((a, c) => a + c[i]!, 0);
  const f = (k: string): TokenPrf => finish(counts[k]![0], counts[k]![1], counts[k]![2]);
  return { PER: f('PER'), ORG: f('ORG'), LOC: f('LOC'), micro: finish(sum(0), sum(1), sum(2)) };
};
