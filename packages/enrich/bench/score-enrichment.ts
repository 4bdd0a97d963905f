// The reference scoring rules of ../shared/tools/score-enrichment.py, re-implemented so the
// benchmark reports the same figures: document-level entity P/R/F1 per type, direct-quote P/R/F1
// (predicted quotes of four words or more) and speaker accuracy on matched quotes.

export interface GoldEntity {
  type: string;
  named: boolean;
  names: string[];
}
export interface GoldSpeaker {
  entity_name?: string | null;
  text?: string | null;
}
export interface GoldQuote {
  kind: string;
  text: string;
  speaker: GoldSpeaker | null;
}
export interface GoldDoc {
  id: string;
  text: string;
  entities: GoldEntity[];
  quotes: GoldQuote[];
}
export interface PredictedDoc {
  input?: string;
  file?: string;
  entities?: Array<{ type?: string; name?: string; mentions?: Array<{ text?: string }> }>;
  quotes?: Array<{ text?: string; speaker?: { name?: string } | null }>;
}

export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}
export interface EnrichmentScore {
  documents: number;
  missing: number;
  entities: Prf;
  perType: Record<'person' | 'organisation' | 'place', Prf>;
  quotes: Prf;
  speaker: { correct: number; total: number; accuracy: number };
}

const TYPES: Record<string, string> = {
  person: 'person',
  organization: 'organisation',
  organisation: 'organisation',
  place: 'place',
};

/** Python's norm(): NFKC, lower case, curly apostrophes, possessive 's, punctuation, leading "the". */
export const norm = (s: string | null | undefined): string => {
  let x = (s ?? '').normalize('NFKC').toLowerCase();
  x = x.replace(/[’‘]/gu, "'");
  x = x.replace(/'s(?![\p{L}\p{N}_])/gu, '');
  x = x.replace(/[^\p{L}\p{N}_\s]/gu, ' ');
  x = x.replace(/^\s*the\s+/u, '');
  return x
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .join(' ');
};

export const toks = (s: string | null | undefined): Set<string> =>
  new Set(
    norm(s)
      .split(' ')
      .filter((w) => w.length > 0),
  );

const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};
const intersectionSize = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

export const docId = (p: PredictedDoc): string => {
  const path = String(p.input ?? p.file ?? '');
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.replace(/\.(txt|json|xml)$/u, '');
};

type Ent = [string, Set<string>];

export const goldEntities = (d: GoldDoc): Ent[] => {
  const out = new Map<string, Ent>();
  for (const e of d.entities) {
    const t = TYPES[e.type];
    if (!(e.named && t && e.names.length > 0)) continue;
    const forms = new Set(e.names.map(norm).filter((n) => n.length > 0));
    const first = [...forms].sort()[0] ?? '';
    const key = `${t}\u0000${first}`;
    const existing = out.get(key);
    if (existing) {
      for (const f of forms) existing[1].add(f);
      continue;
    }
    // Clusters of the same type sharing a surface form are one entity.
    const hit = [...out.values()].find((v) => v[0] === t && intersects(v[1], forms));
    if (hit) for (const f of forms) hit[1].add(f);
    else out.set(key, [t, forms]);
  }
  return [...out.values()];
};

export const predEntities = (p: PredictedDoc): Ent[] => {
  const out: Ent[] = [];
  for (const e of p.entities ?? []) {
    const t = TYPES[String(e.type ?? '').toLowerCase()];
    if (!t) continue;
    const forms = new Set([norm(e.name ?? ''), ...(e.mentions ?? []).map((m) => norm(m.text ?? ''))]);
    forms.delete('');
    if (forms.size > 0) out.push([t, forms]);
  }
  return out;
};

const matchCount = <G, P>(gold: readonly G[], pred: readonly P[], ok: (g: G, p: P) => boolean): number => {
  const used = new Set<number>();
  let hits = 0;
  for (const g of gold) {
    for (let i = 0; i < pred.length; i++) {
      if (!used.has(i) && ok(g, pred[i] as P)) {
        used.add(i);
        hits++;
        break;
      }
    }
  }
  return hits;
};

const entOk = (g: Ent, p: Ent): boolean => g[0] === p[0] && intersects(g[1], p[1]);

export const quoteOk = (goldText: string, predText: string): boolean => {
  const a = toks(goldText);
  const b = toks(predText);
  if (a.size === 0 || b.size === 0) return false;
  const inter = intersectionSize(a, b);
  return inter / Math.min(a.size, b.size) >= 0.5 && inter / Math.max(a.size, b.size) >= 0.3;
};

export const speakerOk = (gs: GoldSpeaker | null, ps: { name?: string } | null | undefined): boolean => {
  if (!gs || !ps) return false;
  const g = toks(gs.entity_name || gs.text || '');
  const p = toks(ps.name ?? '');
  return g.size > 0 && p.size > 0 && intersects(g, p);
};

export const prf = (tp: number, predicted: number, gold: number): Prf => {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { tp, predicted, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export const scoreEnrichment = (
  gold: readonly GoldDoc[],
  predictions: readonly PredictedDoc[],
): EnrichmentScore => {
  const preds = new Map<string, PredictedDoc>();
  for (const p of predictions) preds.set(docId(p), p);
  let eTp = 0;
  let eNp = 0;
  let eNg = 0;
  let qTp = 0;
  let qNp = 0;
  let qNg = 0;
  let sOk = 0;
  let sN = 0;
  let missing = 0;
  const types = ['person', 'organisation', 'place'] as const;
  const perType: Record<(typeof types)[number], [number, number, number]> = {
    person: [0, 0, 0],
    organisation: [0, 0, 0],
    place: [0, 0, 0],
  };
  // Python dicts keep the last line per id; gold ids are unique in practice.
  const goldById = new Map<string, GoldDoc>();
  for (const d of gold) goldById.set(d.id, d);
  for (const [gid, d] of goldById) {
    let p = preds.get(gid);
    if (!p) {
      missing++;
      p = {};
    }
    const ge = goldEntities(d);
    const pe = predEntities(p);
    eTp += matchCount(ge, pe, entOk);
    eNp += pe.length;
    eNg += ge.length;
    for (const t of types) {
      const gt = ge.filter((g) => g[0] === t);
      const pt = pe.filter((x) => x[0] === t);
      perType[t][0] += matchCount(gt, pt, entOk);
      perType[t][1] += pt.length;
      perType[t][2] += gt.length;
    }
    const gq = d.quotes.filter((q) => q.kind === 'quote');
    const pq = (p.quotes ?? []).filter((q) => toks(q.text ?? '').size >= 4);
    qNp += pq.length;
    qNg += gq.length;
    const used = new Set<number>();
    for (const g of gq) {
      for (let i = 0; i < pq.length; i++) {
        const x = pq[i];
        if (!x || used.has(i) || !quoteOk(g.text, x.text ?? '')) continue;
        used.add(i);
        qTp++;
        if (g.speaker) {
          sN++;
          if (speakerOk(g.speaker, x.speaker)) sOk++;
        }
        break;
      }
    }
  }
  const pt = (t: (typeof types)[number]): Prf => prf(perType[t][0], perType[t][1], perType[t][2]);
  return {
    documents: goldById.size,
    missing,
    entities: prf(eTp, eNp, eNg),
    perType: { person: pt('person'), organisation: pt('organisation'), place: pt('place') },
    quotes: prf(qTp, qNp, qNg),
    speaker: { correct: sOk, total: sN, accuracy: sN ? sOk / sN : 0 },
  };
};
