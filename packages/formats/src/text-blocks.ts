// Plain wire copy -> paragraphs, and the small text heuristics shared by the text-like formats
// (plain text, ANPA 1312, IPTC 7901): derived headlines, datelines, Trust Project labels.

export const MAX_HEADLINE_CHARS = 120;

/** One paragraph per line when no line is blank; else blank-line blocks with wrapped lines joined. */
export const splitParagraphs = (text: string): string[] => {
  const lines = text.split('\n').map((l) => l.replace(/[ \t\u00a0]+$/u, ''));
  const hasBlank = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1);
  if (!hasBlank) return lines.map(tidy).filter((l) => l.length > 0);
  const out: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    const p = tidy(block.join(' '));
    if (p) out.push(p);
    block = [];
  };
  for (const l of lines) {
    if (l.trim() === '') flush();
    else block.push(l.trim());
  }
  flush();
  return out;
};

/** Collapses runs of spaces and tabs, trims. Curly quotes and dashes stay as they are. */
export const tidy = (s: string): string => s.replace(/[ \t\u00a0]+/gu, ' ').trim();

/** First sentence of a lead, trimmed to <= 120 characters at a word boundary. */
export const deriveHeadline = (lead: string): string => {
  const text = tidy(lead);
  // A sentence ends at . ! ? (optionally closed by a quote or bracket) before a capital or the end;
  // single capitals ("U.S.", "J.") are initials, not sentence ends.
  const re = /(?<![A-Z]|\b[A-Z][a-z]{0,2})[.!?][”’"')\]]?(?=\s+[“‘"'(A-Z0-9]|$)/gu;
  const m = re.exec(text);
  let sentence = m ? text.slice(0, m.index + m[0].length) : text;
  if (sentence.length > MAX_HEADLINE_CHARS) {
    const cut = sentence.slice(0, MAX_HEADLINE_CHARS + 1);
    const space = cut.lastIndexOf(' ');
    sentence = (space > 20 ? cut.slice(0, space) : cut.slice(0, MAX_HEADLINE_CHARS)).replace(
      /[\s,;:–—-]+$/u,
      '',
    );
  }
  return sentence;
};

const trustLabelRe =
  /^(?:this (?:story|article|report) )?(?:conforms|complies) (?:to|with) (?:the )?trust project(?: criteria| standards| indicators)?\.?$/iu;

/** Pulls trailing Trust Project labels ("Conforms to The Trust Project criteria") off a body. */
export const takeTrustLabels = (paragraphs: string[]): { paragraphs: string[]; labels: string[] } => {
  const body = [...paragraphs];
  const labels: string[] = [];
  while (body.length > 0 && trustLabelRe.test(body.at(-1)!)) labels.unshift(body.pop()!);
  return { paragraphs: body, labels };
};

export const isTrustLabel = (line: string): boolean => trustLabelRe.test(tidy(line));

/** "WASHINGTON (AP) — ..." / "BALI, Indonesia, July 9 (EFE).- ..." at the start of a lead. */
const datelineRe =
  /^((?:[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+)(?: [A-ZÀ-Ý][A-ZÀ-Ý.'’-]+){0,3}(?:, [A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+){0,2})?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?)\s*(?:\(([^)]{1,40})\))?\s*(?:\.?[-–—_]{1,2}|:)\s+/u;

export interface Dateline {
  readonly dateline: string;
  readonly place: string;
  /** Characters of the lead taken by the dateline and its dash. */
  readonly length: number;
}

/** "Nusa Dua (dpa) - ..." : a title-case place is a dateline only with an agency in brackets. */
const agencyDatelineRe =
  /^((\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3})(?:, \p{Lu}[\p{L}.]+)?) \(([A-Za-z]{2,10})\)\s*[-–—_]{1,2}\s+/u;

export const findDateline = (lead: string): Dateline | null => {
  const a = agencyDatelineRe.exec(lead);
  if (a?.[2]) {
    const place = a[2] === a[2].toUpperCase() ? titleCase(a[2]) : a[2];
    return { dateline: a[0].replace(/\s*[-–—_]{1,2}\s+$/u, '').trim(), place, length: a[0].length };
  }
  const m = datelineRe.exec(lead);
  if (!m?.[1]) return null;
  const place = m[1].split(',')[0]!.trim();
  // An all-capitals place of at least 3 letters: ordinary sentences do not start that way.
  if (place.length < 3 || place !== place.toUpperCase()) return null;
  return {
    dateline: m[0].replace(/\s*(?:\.?[-–—_]{1,2}|:)\s+$/u, '').trim(),
    place: titleCase(place),
    length: m[0].length,
  };
};

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
