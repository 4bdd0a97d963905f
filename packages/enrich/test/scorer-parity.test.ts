// The benchmark's TypeScript scorer must report what the reference Python scorer reports on the
// same predictions: both are run here on predictions JSONL files this test writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusPath } from '@newswire/testkit';
import { enrich } from '../src/index.ts';
import { compromiseEnrich } from '../bench/compromise-baseline.ts';
import { loadGold } from '../bench/corpus-data.ts';
import { scoreEnrichment, type EnrichmentScore, type PredictedDoc } from '../bench/score-enrichment.ts';

const gold = loadGold();
const scorer = path.join(corpusDir(), '..', 'tools', 'score-enrichment.py');
const dir = mkdtempSync(path.join(tmpdir(), 'enrich-parity-'));

interface PyFigures {
  perType: Record<string, { p: number; r: number; f1: number; gold: number; predicted: number }>;
  quotes: { p: number; r: number; f1: number; gold: number; predicted: number };
  speaker: { correct: number; total: number };
  summary: Record<string, number>;
  missing: number;
}

const runPython = (predictions: readonly PredictedDoc[], name: string): PyFigures => {
  const file = path.join(dir, `${name}.jsonl`);
  writeFileSync(file, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const out = execFileSync('python3', [scorer, corpusPath('gum-wikinews', 'gold.jsonl'), file], {
    encoding: 'utf8',
  });
  const perType: PyFigures['perType'] = {};
  for (const m of out.matchAll(
    /entities\[(\w+)\]: P=([\d.]+) R=([\d.]+) F1=([\d.]+) \(gold (\d+), predicted (\d+)\)/gu,
  )) {
    perType[m[1]!] = { p: +m[2]!, r: +m[3]!, f1: +m[4]!, gold: +m[5]!, predicted: +m[6]! };
  }
  const q =
    /quotes \(>= 4 words\): P=([\d.]+) R=([\d.]+) F1=([\d.]+) \(gold (\d+), predicted (\d+)\); speaker accuracy (\d+)\/(\d+)/u.exec(
      out,
    );
  const summary: Record<string, number> = {};
  for (const m of out.matchAll(/(\w+)=([\d.]+)/gu)) if (!m[1]!.match(/^[PRF]1?$/u)) summary[m[1]!] = +m[2]!;
  const missing = /documents: \d+ gold, (\d+) without a prediction/u.exec(out);
  expect(q, out).not.toBeNull();
  return {
    perType,
    quotes: { p: +q![1]!, r: +q![2]!, f1: +q![3]!, gold: +q![4]!, predicted: +q![5]! },
    speaker: { correct: +q![6]!, total: +q![7]! },
    summary,
    missing: +(missing?.[1] ?? -1),
  };
};

/** Python prints three decimals; the TS figure must round to within half a unit of it. */
const close = (ts: number, py: number): void => expect(Math.abs(ts - py)).toBeLessThanOrEqual(0.0005 + 1e-9);

const compare = (ts: EnrichmentScore, py: PyFigures): void => {
  for (const t of ['person', 'organisation', 'place'] as const) {
    const a = ts.perType[t];
    const b = py.perType[t]!;
    expect([a.gold, a.predicted]).toEqual([b.gold, b.predicted]);
    close(a.p, b.p);
    close(a.r, b.r);
    close(a.f1, b.f1);
  }
  expect([ts.quotes.gold, ts.quotes.predicted]).toEqual([py.quotes.gold, py.quotes.predicted]);
  close(ts.quotes.p, py.quotes.p);
  close(ts.quotes.r, py.quotes.r);
  close(ts.quotes.f1, py.quotes.f1);
  expect([ts.speaker.correct, ts.speaker.total]).toEqual([py.speaker.correct, py.speaker.total]);
  close(ts.entities.f1, py.summary['entity_f1']!);
  close(ts.entities.p, py.summary['entity_p']!);
  close(ts.entities.r, py.summary['entity_r']!);
  close(ts.quotes.f1, py.summary['quote_f1']!);
  close(ts.speaker.accuracy, py.summary['speaker_acc']!);
  expect(ts.missing).toBe(py.missing);
};

const predictions = (run: (text: string) => Omit<PredictedDoc, 'input'>): PredictedDoc[] =>
  gold.map((d) => ({ input: `gum-wikinews/text/${d.id}.txt`, ...run(d.text) }));

describe('benchmark scorer agrees with ../shared/tools/score-enrichment.py', () => {
  it('on our predictions', () => {
    const preds = predictions((text) => enrich({ bodyText: text }));
    compare(scoreEnrichment(gold, preds), runPython(preds, 'ours'));
  });

  it('on the compromise baseline predictions', () => {
    const preds = predictions(compromiseEnrich);
    compare(scoreEnrichment(gold, preds), runPython(preds, 'compromise'));
  });

  it('on edge cases of normalization, types and missing documents', () => {
    // Gold names rewritten the ways the normalizer must undo; one document left out.
    const preds: PredictedDoc[] = gold.slice(1).map((d, i) => ({
      file: `somewhere/${d.id}.json`,
      entities: d.entities
        .filter((e) => e.named && e.names.length > 0)
        .map((e, k) => ({
          type:
            k % 3 === 0 ? e.type.toUpperCase() : e.type === 'organization' && i % 2 ? 'organisation' : e.type,
          name: k % 2 ? `The ${e.names[0]}’s` : `${e.names[0]}!`,
          mentions: [{ text: `“${e.names[e.names.length - 1]}”` }],
        })),
      quotes: d.quotes.map((q, k) => ({
        text: k % 2 ? q.text : `${q.text.split(' ').slice(0, 6).join(' ')} and more words here`,
        speaker: q.speaker ? { name: k % 2 ? (q.speaker.text ?? '') : 'Nobody Known' } : null,
      })),
    }));
    compare(scoreEnrichment(gold, preds), runPython(preds, 'edge'));
  });
});
