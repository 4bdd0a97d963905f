// The transmission framing shared by ANPA 1312 and IPTC 7901: SOH heading STX text ETX trailer
// (optionally led by SYN and closed by EOT). Splits one message into its parts; no field parsing.
import { ErrorCode, NewswireError } from '@newswire/contracts';

export const SOH = '\u0001';
export const STX = '\u0002';
export const ETX = '\u0003';
export const EOT = '\u0004';
export const SYN = '\u0016';

export interface FramedMessage {
  readonly heading: string;
  readonly text: string;
  readonly trailer: string;
}

/** Framed if an SOH precedes an STX near the start (possibly after SYN/whitespace). */
export const isFramed = (s: string): boolean => {
  const soh = s.indexOf(SOH);
  if (soh < 0 || soh > 16) return false;
  const stx = s.indexOf(STX, soh);
  return stx > soh && stx - soh < 1024;
};

export const splitFrame = (s: string, what: string): FramedMessage => {
  const soh = s.indexOf(SOH);
  const stx = s.indexOf(STX, Math.max(soh, 0));
  if (soh < 0 || stx < 0) {
    throw new NewswireError(ErrorCode.UnknownFormat, `${what}: missing SOH/STX framing`);
  }
  const etx = s.indexOf(ETX, stx);
  // A message cut before its ETX is still readable; its trailer is simply missing.
  const textEnd = etx < 0 ? s.length : etx;
  const eot = s.indexOf(EOT, textEnd);
  return {
    heading: s.slice(soh + 1, stx),
    text: s.slice(stx + 1, textEnd),
    trailer: etx < 0 ? '' : s.slice(etx + 1, eot < 0 ? s.length : eot),
  };
};

/** Paragraphs of fixed-width wire copy: a paragraph starts at an indented line (tab or 2+ spaces)
 * or after a blank line; other lines continue the one before (hard wrap). */
export const indentedParagraphs = (lines: readonly string[]): string[] => {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = (): void => {
    const p = cur
      .join(' ')
      .replace(/[ \t]+/gu, ' ')
      .trim();
    if (p) out.push(p);
    cur = [];
  };
  const indented = lines.some((l) => /^(\t| {2,})\S/u.test(l));
  for (const l of lines) {
    if (l.trim() === '') flush();
    else {
      if (indented && /^(\t| {2,})\S/u.test(l)) flush();
      cur.push(l.trim());
    }
  }
  flush();
  return out;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Readonly<Record<string, string>> = {
  GMT: 'Z',
  UTC: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  CET: '+01:00',
  CEST: '+02:00',
  MEZ: '+01:00',
  MESZ: '+02:00',
  BST: '+01:00',
};

export const zoneOffset = (z: string | undefined): string => (z ? (ZONES[z.toUpperCase()] ?? 'Z') : 'Z');

export const monthIndex = (m: string): number => MONTHS.indexOf(m.slice(0, 3).toLowerCase());

export const fullYear = (yy: string): number => (yy.length === 4 ? Number(yy) : 2000 + Number(yy));
