// pnpm bench:enrich:errors — what the GUM Wikinews scoring counts against us, per document:
// entities predicted with no gold match (false positives), gold entities we miss (false
// negatives), and quotes on either side that found no partner. For working on the rules; prints
// only, writes nothing.
import { enrich } from '../src/index.ts';
import { loadGold } from './corpus-data.ts';
import { goldEntities, predEntities, quoteOk, toks, speakerOk } from './score-enrichment.ts';
import { loadUnerNews } from './corpus-data.ts';
import { TYPE_TO_UNER, unerDocText } from './uner-score.ts';

// The report is this script's own output: collected, then written to stdout once.
const report: string[] = [];
const unerMode = process.argv[2] === '--uner';
const only = unerMode ? undefined : process.argv[2];
const show = (forms: ReadonlySet<string>): string => [...forms].join(' | ');
for (const d of unerMode ? [] : loadGold()) {
  if (only && !d.id.includes(only)) continue;
  const out = enrich({ bodyText: d.text, language: 'en' });
  const ge = goldEntities(d);
  const pe = predEntities({ entities: out.entities });
  const usedP = new Set<number>();
  const missed: string[] = [];
  for (const g of ge) {
    const i = pe.findIndex((p, k) => !usedP.has(k) && p[0] === g[0] && [...p[1]].some((f) => g[1].has(f)));
    if (i < 0) missed.push(`${g[0]}: ${show(g[1])}`);
    else usedP.add(i);
  }
  const extra = pe.flatMap((p, k) => (usedP.has(k) ? [] : [`${p[0]}: ${show(p[1])}`]));
  report.push(`\n## ${d.id}  gold ${ge.length}  predicted ${pe.length}`);
  for (const m of missed) report.push(`  FN ${m}`);
  for (const x of extra) report.push(`  FP ${x}`);
  const gq = d.quotes.filter((q) => q.kind === 'quote');
  const pq = out.quotes.filter((q) => toks(q.text).size >= 4);
  const usedQ = new Set<number>();
  for (const g of gq) {
    const i = pq.findIndex((p, k) => !usedQ.has(k) && quoteOk(g.text, p.text));
    if (i < 0) {
      report.push(`  QFN "${g.text.slice(0, 90)}" — ${g.speaker?.entity_name ?? g.speaker?.text ?? '?'}`);
      continue;
    }
    usedQ.add(i);
    const p = pq[i];
    if (g.speaker && p && !speakerOk(g.speaker, p.speaker))
      report.push(
        `  SPK "${g.text.slice(0, 60)}" gold ${g.speaker.entity_name ?? g.speaker.text} got ${p.speaker?.name ?? '-'}`,
      );
  }
  pq.forEach((p, k) => {
    if (!usedQ.has(k)) report.push(`  QFP "${p.text.slice(0, 90)}" — ${p.speaker?.name ?? '-'}`);
  });
}

// UNER: gold entity runs (adjacent tokens with one label) against the labels our mentions give.
for (const doc of unerMode ? loadUnerNews() : []) {
  const { text, spans } = unerDocText(doc);
  const out = enrich({ bodyText: text, language: 'en' });
  const mentions = out.entities.flatMap((e) =>
    e.mentions.map((m) => ({ start: m.start, end: m.end, label: TYPE_TO_UNER[e.type] ?? 'O' })),
  );
  const labelAt = (s: number, e: number): string => {
    let hit: { start: number; end: number; label: string } | undefined;
    for (const m of mentions)
      if (m.start < e && s < m.end && (!hit || m.end - m.start > hit.end - hit.start)) hit = m;
    return hit?.label ?? 'O';
  };
  const lines: string[] = [];
  for (let i = 0; i < spans.length;) {
    const t = spans[i]!;
    if (t.label === 'O' || t.start < 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < spans.length && spans[j + 1]!.label === t.label && spans[j + 1]!.start >= 0) j++;
    const got = spans.slice(i, j + 1).map((x) => labelAt(x.start, x.end));
    if (got.some((g) => g !== t.label))
      lines.push(`  MISS ${t.label} "${text.slice(t.start, spans[j]!.end)}" got ${got.join(' ')}`);
    i = j + 1;
  }
  for (const m of mentions) {
    const covered = spans.filter((x) => x.start >= 0 && x.start < m.end && m.start < x.end);
    if (covered.every((x) => x.label === 'O')) lines.push(`  FP ${m.label} "${text.slice(m.start, m.end)}"`);
  }
  if (lines.length > 0) report.push(`\n## ${doc.id}\n${lines.join('\n')}`);
}

process.stdout.write(`${report.join('\n')}\n`);
