// IPTC 7901 -> StoryDraft. Heading: source identifier and message number, priority digit, category
// letters, word count, optional keyword; text: keyword line, headline, then paragraphs (blank-line
// or indent separated); after ETX a date-time group "DDHHMM ZZZ Mon YY". Latin-1 unless UTF-8.
import { toIsoDate } from './dates.ts';
import { fullYear, indentedParagraphs, monthIndex, splitFrame, zoneOffset } from './framed-text.ts';
import type { StoryDraft } from './story.ts';
import { findDateline, isTrustLabel, tidy } from './text-blocks.ts';

const headingRe = /^\s*([A-Za-z]{2,8})\s*(\d{1,5})\s+(\d)\s+([A-Za-z]{1,3})\s+(\d{1,5})(?:\s+(.*?))?\s*$/u;

const KILL = /\b(kill|killed|withdrawn?|annulled|cancel+ed|sperrfrist aufgehoben|löschung|storno)\b/iu;

/** "091532 GMT Jul 22" / "091532 Jul 22" -> ISO time. */
const dtg = (s: string): string | null => {
  const m = /(\d{2})(\d{2})(\d{2})\s+(?:([A-Z]{1,4})\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})/u.exec(s);
  if (!m) return null;
  const [, d, h, mi, z, mon, y] = m;
  const mo = monthIndex(mon!);
  if (mo < 0) return null;
  const off = zoneOffset(z);
  return toIsoDate(`${fullYear(y!)}-${String(mo + 1).padStart(2, '0')}-${d}T${h}:${mi}:00${off}`);
};

export const parseIptc7901 = (s: string): StoryDraft => {
  const frame = splitFrame(s, 'IPTC 7901');
  const heading = frame.heading.replace(/[\r\n]+/gu, ' ');
  const h = headingRe.exec(heading);
  const lines = frame.text.replace(/\r\n?/gu, '\n').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();

  let keyword = h?.[6]?.trim() || null;
  // A keyword line (slug) has no sentence in it: "Indonesia/USA/China/Diplomacy" or "BALI-DIPLOMACY".
  if (
    lines[0] &&
    /^[\p{L}\d][\p{L}\d/,.'’ -]{0,80}$/u.test(lines[0].trim()) &&
    /[/]|^[\p{Lu}\d-]+$/u.test(lines[0].trim())
  ) {
    keyword = keyword ?? lines[0].trim();
    lines.shift();
  }
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  const headLines: string[] = [];
  // The headline runs to the first blank line, unless the copy starts straight with paragraphs.
  const blank = lines.findIndex((l) => l.trim() === '');
  if (blank > 0 && blank <= 3 && !/^(\t| {2,})/u.test(lines[0]!)) {
    headLines.push(...lines.splice(0, blank).map((l) => l.trim()));
  }
  let byline: string | null = null;
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  if (lines[0] && /^(by|von)\s+\S/iu.test(lines[0].trim()) && lines[0].trim().length <= 100) {
    byline = lines.shift()!.trim();
  }
  const bodyLines = lines.filter((l) => !/^\s*(NNNN|ENDE|END|\(END\))\s*$/u.test(l));
  const paragraphs = indentedParagraphs(bodyLines);
  const labels: string[] = [];
  while (paragraphs.length > 0 && isTrustLabel(paragraphs.at(-1)!)) labels.unshift(paragraphs.pop()!);

  const headline = headLines.length > 0 ? tidy(headLines.join(' ')) : null;
  const filed = dtg(frame.trailer) ?? dtg(frame.text.slice(-80));
  const source = h?.[1] ?? null;
  const dl = paragraphs[0] ? findDateline(paragraphs[0]) : null;
  const killed =
    (keyword && KILL.test(keyword)) || (headline && /^(kill|withdrawn|storno)\b/iu.test(headline));
  const day = filed?.slice(0, 10);
  return {
    // Message numbers restart per circuit: the keyword (with source and day) names the story.
    uri: keyword && source ? `iptc7901:${source}:${keyword}${day ? `:${day}` : ''}` : null,
    headline,
    headlines: headline ? [{ role: 'main', value: headline }] : [],
    slugline: keyword,
    byline,
    dateline: dl?.dateline ?? null,
    located: dl ? { name: dl.place } : null,
    versioncreated: filed,
    firstcreated: filed,
    pubstatus: killed ? 'canceled' : 'usable',
    urgency: h ? Number(h[3]) || null : null,
    subjects: h?.[4] ? [{ code: h[4].toLowerCase(), scheme: 'iptc7901-category' }] : [],
    altids: h ? [{ role: 'iptc7901-message-number', value: `${h[1]} ${h[2]}` }] : [],
    paragraphs,
    trust: { labels },
  };
};
