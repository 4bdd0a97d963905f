// Gathers every piece of trust evidence for one story into findings: the story's own fields and copy,
// its trust metadata (labels, ninjs / NewsML-G2 / NITF indicator refs, JSON-LD), the enrichment's
// attributed quotes and, last, the source registry entry. No judgement here beyond value validity.
import type { Enrichment, NormalizedStory } from '@newswire/contracts';
import { LIMITS, checkTextOrUrl, checkUrl, describeType, shown } from './evidence-values.ts';
import type { Findings } from './findings.ts';
import { emptyFindings, evidenceOf, mentionsTrustProject, warn } from './findings.ts';
import { readJsonLd } from './json-ld.ts';
import { PUBLISHER_PROPERTIES, labelForGenre, propertyForRole, typeOfWorkLabel } from './roles.ts';
import type { SourceRegistryEntry } from './source-registry.ts';

/** Where story fields came from: the metadata format, or the copy for plain-text wires. */
const metadataSource = (format: NormalizedStory['format']): string => {
  switch (format) {
    case 'ninjs':
    case 'nitf':
    case 'newsml-g2':
    case 'newsml-1':
      return format;
    case 'text':
    case 'iptc7901':
    case 'anpa1312':
    case 'auto':
      return 'copy';
  }
};

// Labels that open a first paragraph in capitals but are not places.
const NOT_PLACES = new Set([
  'BREAKING',
  'URGENT',
  'UPDATE',
  'CORRECTION',
  'FLASH',
  'ALERT',
  'EDITORS',
  'NOTE',
  'ADVISORY',
]);

/**
 * A dateline at the start of the copy: "WASHINGTON (AP) —", "NUSA DUA, Indonesia, July 9 (Reuters) -",
 * "Nusa Dua (Indonesia), 9 jul (EFE).-", or a capitalised place followed by a dash ("LONDON —").
 */
export const findCopyDateline = (firstParagraph: string): string | null => {
  const head = firstParagraph.slice(0, 200);
  const agency =
    /^\s*([A-ZÀ-Þ][^\s,()'’-]*(?:[ '’-][A-Za-zÀ-ÿ][^\s,()'’-]*){0,4})\s*(?:\([^()]{1,40}\))?\s*(?:,[^()\n]{1,60})?\s*\([A-Za-z][A-Za-z .&-]{1,30}\)\s*(?:\.?\s*[-–—]+|:)/u.exec(
      head,
    );
  if (agency !== null) return agency[0].trim();
  const caps = /^\s*([A-Z][A-Z .'’-]{2,40}?)(?:,[^—–\n]{1,60}?)?\s+[—–-]{1,2}\s/u.exec(head);
  if (caps?.[1] !== undefined && !NOT_PLACES.has(caps[1].trim())) return caps[0].trim();
  return null;
};

const readStoryFields = (f: Findings, story: NormalizedStory): void => {
  const source = metadataSource(story.format);
  if (story.byline !== null) {
    const verdict = checkTextOrUrl(story.byline, LIMITS.nameChars);
    f.authors.push({
      name: verdict.ok && verdict.kind === 'text' ? verdict.value.replace(/^by\s+/iu, '') : null,
      kind: 'unknown',
      evidence: evidenceOf(verdict, source, 'byline'),
      details: [],
    });
  }
  if (story.dateline !== null) {
    f.items.push({
      property: 'dateline',
      evidence: evidenceOf(checkTextOrUrl(story.dateline, 300), source, 'dateline'),
    });
  }
  if (story.located !== null) {
    f.items.push({
      property: 'located',
      evidence: evidenceOf(checkTextOrUrl(story.located.name, LIMITS.nameChars), source, 'located.name'),
    });
  }
  story.genres.slice(0, LIMITS.itemsPerProperty).forEach((g, i) => {
    const candidates = [g.code, g.name, g.uri].filter(
      (c): c is string => typeof c === 'string' && c.length <= 300,
    );
    const shownValue = candidates[0];
    if (shownValue === undefined) return;
    const label = candidates.map(labelForGenre).find((l) => l !== null) ?? null;
    f.types.push({
      label,
      evidence: { source, field: `genres[${i}]`, value: shown(shownValue), valid: true },
    });
  });
  const first = story.paragraphs[0];
  if (first !== undefined) {
    const dateline = findCopyDateline(first);
    if (dateline !== null) {
      f.items.push({
        property: 'dateline',
        evidence: { source: 'copy', field: 'paragraphs[0]', value: dateline, valid: true },
      });
    }
  }
};

const readLabels = (f: Findings, labels: readonly string[]): void => {
  labels.slice(0, LIMITS.labels).forEach((label, i) => {
    if (typeof label !== 'string' || !mentionsTrustProject(label)) return;
    // "Does not conform to The Trust Project criteria" is a statement, not a claim.
    if (/\b(not|no longer|non-?conform)/iu.test(label.slice(0, 300))) {
      warn(f, `labels[${i}] mentions the Trust Project without claiming conformance`);
      return;
    }
    f.claim.push({ source: 'label', field: `labels[${i}]`, value: shown(label.trim()), valid: true });
  });
};

const readIndicatorRefs = (f: Findings, story: NormalizedStory): void => {
  const source = metadataSource(story.format);
  const refs = story.trust.indicators;
  if (refs.length > LIMITS.indicatorRefs)
    warn(f, `${refs.length} trust indicator refs, only the first ${LIMITS.indicatorRefs} read`);
  const prefix = story.format === 'ninjs' ? 'trustindicators' : 'indicators';
  let unknown = 0;
  refs.slice(0, LIMITS.indicatorRefs).forEach((ref, i) => {
    const field = `${prefix}[${i}]`;
    const texts = [ref.title, ref.value, ref.href].filter((t): t is string => typeof t === 'string');
    const claimText = texts.find(mentionsTrustProject);
    if (claimText !== undefined) f.claim.push({ source, field, value: shown(claimText), valid: true });
    const property = typeof ref.role === 'string' ? propertyForRole(ref.role) : null;
    if (property === null) {
      if (claimText === undefined && unknown++ < 5)
        warn(f, `${field}: unknown trust indicator role "${shown(String(ref.role))}" ignored`);
      return;
    }
    const title =
      typeof ref.title === 'string' && ref.title.trim() !== '' ? shown(ref.title.trim()) : undefined;
    const raw = ref.href ?? ref.value;
    if (property === 'typeOfWork') {
      const verdict = checkTextOrUrl(raw, 200);
      const label = verdict.ok ? (typeOfWorkLabel(verdict.value) ?? labelForGenre(verdict.value)) : null;
      f.types.push({ label, evidence: evidenceOf(verdict, source, field) });
      return;
    }
    const linkOnly =
      (PUBLISHER_PROPERTIES as readonly string[]).includes(property) || property === 'journalistInfo';
    const verdict = linkOnly ? checkUrl(raw) : checkTextOrUrl(raw);
    f.items.push({ property, evidence: evidenceOf(verdict, source, field, property, title) });
  });
  if (unknown > 5) warn(f, `${unknown - 5} more unknown trust indicator roles ignored`);
};

const readQuotes = (f: Findings, enrichment: Enrichment): void => {
  const quotes = Array.isArray(enrichment.quotes) ? enrichment.quotes : [];
  quotes.forEach((q, i) => {
    const name = q.speaker?.name;
    if (typeof name === 'string' && name.trim() !== '') {
      f.quotes.attributedCount++;
      if (f.quotes.attributed.length < 10) {
        f.quotes.attributed.push(
          evidenceOf(checkTextOrUrl(name, LIMITS.nameChars), 'enrichment', `quotes[${i}].speaker`),
        );
      }
    } else {
      f.quotes.unattributedCount++;
    }
  });
};

const readRegistry = (f: Findings, entry: SourceRegistryEntry): void => {
  for (const property of PUBLISHER_PROPERTIES) {
    const url: unknown = entry.policyUrls[property];
    if (url === undefined || url === null) continue;
    const verdict =
      typeof url === 'string'
        ? checkUrl(url)
        : ({ ok: false, value: `(${describeType(url)})`, problem: 'not a URL' } as const);
    f.items.push({
      property,
      evidence: evidenceOf(verdict, 'registry', `sources[${entry.source}].policyUrls.${property}`, property),
    });
  }
};

export const collectFindings = (
  story: NormalizedStory,
  enrichment: Enrichment,
  entry: SourceRegistryEntry | null,
): Findings => {
  const f = emptyFindings();
  readLabels(f, story.trust.labels);
  readStoryFields(f, story);
  readIndicatorRefs(f, story);
  readJsonLd(f, story.trust.jsonld);
  readQuotes(f, enrichment);
  if (entry !== null) {
    readRegistry(f, entry);
    const registered = entry.publisher.toLowerCase();
    const other = f.publisherNames.find((n) => n.toLowerCase() !== registered);
    if (other !== undefined) {
      warn(
        f,
        `story names publisher "${shown(other)}" but the registry entry for "${entry.source}" is "${entry.publisher}"`,
      );
    }
  }
  return f;
};
