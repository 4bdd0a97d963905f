// Wire-format dates -> ISO 8601 with an offset, or null. Never throws: a bad date is a missing date.
// Accepts ISO 8601 (extended or basic, as NewsML 1.2 and NITF `norm` attributes write it) and
// date-only forms; a time without a zone is read as UTC (the formats that omit it mean UTC).

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const valid = (y: number, mo: number, d: number, h: number, mi: number, s: number): boolean => {
  if (mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || s > 60) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
};

const isoRe =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/iu;

export const toIsoDate = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s.length === 0 || s.length > 64) return null;
  const m = isoRe.exec(s);
  if (!m) return fromRfc(s);
  const [, y, mo, d, h = '00', mi = '00', sec = '00', frac, zone] = m;
  const Y = Number(y),
    MO = Number(mo),
    D = Number(d),
    H = Number(h),
    MI = Number(mi),
    S = Number(sec);
  if (!valid(Y, MO, D, H, MI, S) || H === 24) return null;
  let off = 'Z';
  if (zone && !/^(Z|UTC|GMT)$/iu.test(zone)) {
    const z = zone.replace(':', '');
    const oh = Number(z.slice(1, 3));
    const om = z.length > 3 ? Number(z.slice(3, 5)) : 0;
    if (oh > 14 || om > 59) return null;
    off = `${z[0]}${pad(oh)}:${pad(om)}`;
  }
  const fraction = frac ? `.${frac.slice(0, 3).padEnd(3, '0')}` : '';
  return `${y}-${mo}-${d}T${pad(H)}:${pad(MI)}:${pad(S)}${fraction}${off}`;
};

/** RFC 2822 and other forms Date understands, but only with an explicit zone. */
const fromRfc = (s: string): string | null => {
  if (!/[A-Za-z]{3}/u.test(s) || !/(GMT|UTC|Z|[+-]\d{4})\b/iu.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};
