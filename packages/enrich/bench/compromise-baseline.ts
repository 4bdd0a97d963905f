// The baseline the issue measures against: compromise's people/organizations/places and
// quotations, shaped like our Enrichment so the same scorers apply. Not used in production code.
import nlp from 'compromise';
import type { Enrichment } from '@newswire/contracts';

interface Match {
  text: string;
  offset?: { start: number; length: number };
}

const TRIM = /^[\s"'“”‘’.,;:!?()[\]]+|[\s"'“”‘’.,;:!?()[\]]+$/gu;

export const compromiseEnrich = (bodyText: string): Enrichment => {
  const doc = nlp(bodyText);
  const entities: Enrichment['entities'] = [];
  const groups = [
    ['person', doc.people()],
    ['organisation', doc.organizations()],
    ['place', doc.places()],
  ] as const;
  for (const [type, view] of groups) {
    const byName = new Map<string, Enrichment['entities'][number]>();
    for (const m of view.json({ offset: true }) as Match[]) {
      const name = m.text.replace(TRIM, '');
      if (!name) continue;
      const start = m.offset?.start ?? 0;
      const end = start + (m.offset?.length ?? 0);
      const mention = { text: bodyText.slice(start, end), start, end };
      const e = byName.get(name.toLowerCase());
      if (e) e.mentions.push(mention);
      else {
        const created = { type, name, confidence: 0.5, mentions: [mention] };
        byName.set(name.toLowerCase(), created);
        entities.push(created);
      }
    }
  }
  const quotes: Enrichment['quotes'] = (doc.quotations().json({ offset: true }) as Match[]).map((m) => {
    const start = m.offset?.start ?? 0;
    const end = start + (m.offset?.length ?? 0);
    return { text: m.text, start, end, speaker: null, cue: null };
  });
  return { schemaVersion: 1, entities, quotes };
};
