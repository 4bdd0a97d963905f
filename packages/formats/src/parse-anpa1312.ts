// ANPA 1312 -> StoryDraft. Heading: service level designator, 4-digit story number, optional selector
// code, priority and category letters, slug ("BC-..."), filing date MM-DD and word count. Text:
// caret-marked headline/byline lines, indented paragraphs, then ETX and a "XX-YY-MM-DD-YY HHMMZZZ"
// time stamp. Bytes are Latin-1/Windows-1252 unless they are valid UTF-8 (decoded by the caller).
import { toIsoDate } from './dates.ts';
import { fullYear, indentedParagraphs, splitFrame, zoneOffset } from './framed-text.ts';
import type { StoryDraft } from './story.ts';
import { findDateline, isTrustLabel, tidy } from './text-blocks.ts';

/** Priority letters (flash, bulletin, urgent, regular, special/deferred, advance) -> ninjs urgency. */
const PRIORITY: Readonly<Record<string, number>> = { f: 1, b: 2, u: 3, r: 5, s: 6, d: 7, a: 8 };

/** The category codes the format description lists (AP usage). */
export const ANPA_CATEGORIES: Readonly<Record<string, string>> = {
  a: 'domestic news',
  b: 'special events',
  c: 'special events',
  d: 'food',
  e: 'entertainment',
  f: 'financial',
  i: 'international',
  j: 'lottery results',
  k: 'commentary',
  l: 'lifestyle',
  n: 'state and regional',
  o: 'weather',
  p: 'national politics',
  q: 'sports results',
  r: 'regional',
  s: 'sports',
  t: 'travel',
  v: 'advisories',
  w: 'Washington',
  y: 'miscellaneous',
};

const headingRe =
  // eslint-disable-next-line no-control-regex -- US (0x1F) separates the selector code in some headings
  /^\s*([a-z])(\d{4})(?:\s+([A-Za-z0-9]{2,8}))?[\s\u001f]+([a-z])\s+([a-z])\s+(\S+?)(?:\s+(\d{2})-(\d{2}))?(?:\s+(\d{1,5}))?\s*$/iu;

const KILL = /\b(kill|killed|mandatory kill|elimination|eliminate|withdrawn?)\b/iu;

/** "AP-NY-07-09-22 1532EDT" or "07-09-22 1532GMT" -> ISO time. */
const trailerTime = (s: string): string | null => {
  const m = /(\d{2})-(\d{2})-(\d{2,4})\s+(\d{2})(\d{2})\s*([A-Z]{1,4})?/u.exec(s);
  if (!m) return null;
  const [, mo, d, y, h, mi, z] = m;
  return toIsoDate(`${fullYear(y!)}-${mo}-${d}T${h}:${mi}:00${zoneOffset(z) === 'Z' ? 'Z' : zoneOffset(z)}`);
};

/** Writethru markers in a slug: "1st Ld-Writethru" is the second version of the story. */
const versionFromSlug = (slug: string): number => {
  const m = /(\d+)(?:st|nd|rd|th)\s+(?:Ld|Lead|Writethru|Add)/iu.exec(slug);
  return m ? Number(m[1]) + 1 : /writethru|ld-/iu.test(slug) ? 2 : 1;
};

export const parseAnpa = (s: string): StoryDraft => {
  const frame = splitFrame(s, 'ANPA 1312');
  const heading = frame.heading.replace(/[\r\n]+/gu, ' ');
  const h = headingRe.exec(heading);
  const lines = frame.text.replace(/\r\n?/gu, '\n').split('\n');

  let slug = h?.[6] ?? null;
  // The caret slug line in the text repeats the slug with its version note ("1st Ld-Writethru", "KILL").
  let slugText = slug ?? '';
  const headlines: string[] = [];
  const byline: string[] = [];
  const bodyLines: string[] = [];
  let inBody = false;
  for (const raw of lines) {
    const line = raw.replace(/[<=]\s*$/u, '');
    if (!inBody && line.startsWith('^')) {
      const t = tidy(line.slice(1));
      if (/^[A-Z]{2}-\S+,\s*\d+/u.test(t) || (slug && t.startsWith(slug))) {
        slug = slug ?? t.split(',')[0]!;
        slugText = t;
        continue;
      }
      if (/^by\s/iu.test(t) || byline.length > 0) byline.push(t);
      else headlines.push(t);
      continue;
    }
    if (!inBody && line.trim() === '') continue;
    inBody = true;
    // End marks and the agency time stamp are not copy.
    if (/^\s*\(?END\)?\s*$/u.test(line) || /^\s*[A-Z]{2}-[A-Z]{2}-\d{2}-\d{2}-\d{2}\s+\d{4}/u.test(line))
      continue;
    bodyLines.push(raw.replace(/<\s*$/u, ''));
  }
  const paragraphs = indentedParagraphs(bodyLines).map((p) => p.replace(/ _ /gu, ' — '));
  const labels: string[] = [];
  while (paragraphs.length > 0 && isTrustLabel(paragraphs.at(-1)!)) labels.unshift(paragraphs.pop()!);

  const slugKey =
    slug
      ?.replace(/^BC-/iu, '')
      .replace(/,\s*\d+$/u, '')
      .replace(/,.*$/u, '')
      .trim() || null;
  const filed = trailerTime(frame.trailer) ?? trailerTime(frame.text.slice(-80));
  const category = h?.[5]?.toLowerCase();
  const dl = paragraphs[0] ? findDateline(paragraphs[0]) : null;
  const killed =
    KILL.test(slugText) || (headlines[0] && /^(kill|elimination|withdrawn)\b/iu.test(headlines[0]));
  return {
    // Story numbers restart daily, so the stable identity is the slug keyword and filing date.
    uri: slugKey ? `anpa1312:${slugKey}${h?.[7] ? `:${h[7]}-${h[8]}` : ''}` : null,
    version: versionFromSlug(slugText),
    headline: headlines[0] ?? null,
    headlines: headlines.map((v, i) => ({ role: i === 0 ? 'main' : 'sub', value: v })),
    slugline: slug,
    byline: byline.length > 0 ? byline.join(', ') : null,
    dateline: dl?.dateline ?? null,
    located: dl ? { name: dl.place } : null,
    versioncreated: filed,
    firstcreated: filed,
    pubstatus: killed ? 'canceled' : 'usable',
    urgency: h?.[4] ? (PRIORITY[h[4].toLowerCase()] ?? null) : null,
    subjects: category
      ? [{ code: category, name: ANPA_CATEGORIES[category] ?? category, scheme: 'anpa-category' }]
      : [],
    altids: h
      ? [
          { role: 'anpa-story-number', value: `${h[1]}${h[2]}` },
          ...(h[3] ? [{ role: 'anpa-selector', value: h[3] }] : []),
        ]
      : [],
    paragraphs,
    trust: { labels },
  };
};
