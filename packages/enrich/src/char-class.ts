// Unicode classes of code points (letter, mark, number, white space) exactly as the `u`-flag
// regex engine sees them, answered from a per-code-unit cache so scanners need no regex per char.
// It answers the four classes only; anything else (case, scripts) stays with the callers.

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const SPACE = 8;
/** Set on every cached entry so that 0 means "not looked up yet". */
const KNOWN = 16;

// The class is decided once per code point by the same regexes the tokenizer used to run, so the
// answers cannot drift from the engine's Unicode tables.
const L_RE = /^\p{L}$/u;
const M_RE = /^\p{M}$/u;
const N_RE = /^\p{N}$/u;
const S_RE = /^\s$/u;

const classify = (ch: string): number =>
  KNOWN |
  (L_RE.test(ch) ? LETTER : 0) |
  (M_RE.test(ch) ? MARK : 0) |
  (N_RE.test(ch) ? NUMBER : 0) |
  (S_RE.test(ch) ? SPACE : 0);

/** Basic Multilingual Plane, filled lazily (news copy meets a few hundred distinct characters). */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

/** The class bits of code point `cp` (a lone surrogate has none). */
export const classOf = (cp: number): number => {
  if (cp < 0x10000) {
    let c = bmp[cp] ?? 0;
    if (c === 0) {
      c = cp >= 0xd800 && cp <= 0xdfff ? KNOWN : classify(String.fromCharCode(cp));
      bmp[cp] = c;
    }
    return c;
  }
  let c = astral.get(cp);
  if (c === undefined) {
    c = classify(String.fromCodePoint(cp));
    astral.set(cp, c);
  }
  return c;
};

/** Class bits of the ASCII code points, for scanners' inline fast path (the bulk of English copy). */
export const ASCII_CLASS: Readonly<Uint8Array> = Uint8Array.from({ length: 128 }, (_, c) => classOf(c));

/**
 * The class bits of the code point at `i` in `s` (0 past the end). A surrogate pair counts as one
 * code point, a lone surrogate as one unit with no class, as in a `u`-flag regex.
 */
export const classAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] ?? 0;
  if (c !== c) return 0; // NaN: past the end
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return classOf(c);
};

/** Code units taken by the code point at `i` (2 for a surrogate pair, else 1). */
export const sizeAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
};
