// Plain-text wire copy -> StoryDraft. A first line is a headline only when it reads like one
// (short, one line, not ending like a sentence); otherwise the headline is derived later from the
// lead. Trailing Trust Project labels become metadata, a lead dateline is recognised.
import { toIsoDate } from './dates.ts';
import type { StoryDraft } from './story.ts';
import { findDateline, splitParagraphs, takeTrustLabels } from './text-blocks.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "Friday, August 21, 2015" / "August 21, 2015" / "2015-08-21" -> ISO date (UTC midnight). */
const dateLine = (line: string): string | null => {
  if (line.length > 40) return null;
  const iso = toIsoDate(line);
  if (iso) return iso;
  const m = /^(?:[A-Z][a-z]+day,?\s+)?([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(line.trim());
  if (!m) return null;
  const mi = MONTHS.findIndex((x) => x.startsWith(m[1]!.toLowerCase().slice(0, 3)));
  if (mi < 0) return null;
  return toIsoDate(`${m[3]}-${String(mi + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`);
};

export const looksLikeHeadline = (line: string, rest: number): boolean =>
  rest > 0 && line.length <= 200 && !/[.,;:]["”’)]?$/u.test(line) && !/^by\s/iu.test(line);

export const parsePlainText = (text: string): StoryDraft => {
  const { paragraphs: all, labels } = takeTrustLabels(splitParagraphs(text));
  const paragraphs = [...all];
  let headline: string | null = null;
  let byline: string | null = null;
  let created: string | null = null;
  const firstLine = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  // The headline must be a line of its own in the source, not the first of several wrapped lines.
  if (
    paragraphs[0] &&
    paragraphs[0] === firstLine &&
    looksLikeHeadline(paragraphs[0], paragraphs.length - 1)
  ) {
    headline = paragraphs.shift()!;
  }
  if (
    paragraphs[0] &&
    /^by\s+\S/iu.test(paragraphs[0]) &&
    paragraphs[0].length <= 100 &&
    paragraphs.length > 1
  ) {
    byline = paragraphs.shift()!;
  }
  if (paragraphs[0] && paragraphs.length > 1) {
    created = dateLine(paragraphs[0]);
    if (created) paragraphs.shift();
  }
  const dl = paragraphs[0] ? findDateline(paragraphs[0]) : null;
  return {
    uri: null,
    headline,
    headlines: headline ? [{ role: 'main', value: headline }] : [],
    byline,
    dateline: dl?.dateline ?? null,
    located: dl ? { name: dl.place } : null,
    firstcreated: created,
    versioncreated: created,
    paragraphs,
    trust: { labels },
  };
};
