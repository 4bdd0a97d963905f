// Bytes -> clean text: BOM, declared charset (XML declaration or caller), UTF-8 validation with a
// Windows-1252 fallback only when no valid UTF-8 multibyte sequence is present (a file that mixes
// both is rejected), control characters stripped, Unicode NFC. Curly quotes are left as they are.
import iconv from 'iconv-lite';
import { ErrorCode, NewswireError } from '@newswire/contracts';

export interface DecodedText {
  readonly text: string;
  /** The charset the bytes were read as ('utf-8', 'utf-16le', 'windows-1252', ...). */
  readonly charset: string;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Names under which Latin-1 arrives; all are read as Windows-1252, as browsers do, since C1 controls
 * in real Latin-1 wire copy are almost always Windows-1252 punctuation (curly quotes, dashes). */
const latin1Names = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'iso_8859-1',
  'cp819',
  'us-ascii',
  'ascii',
  'windows-1252',
  'cp1252',
  'x-cp1252',
]);

export const normaliseCharsetName = (name: string): string => {
  const n = name.trim().toLowerCase();
  if (n === 'utf8' || n === 'utf-8') return 'utf-8';
  if (latin1Names.has(n)) return 'windows-1252';
  return n;
};

/** The encoding named by an XML declaration in the first bytes (ASCII-compatible encodings only). */
export const xmlDeclaredEncoding = (bytes: Uint8Array): string | null => {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/u.exec(head);
  return m?.[1] ?? null;
};

interface Utf8Scan {
  readonly valid: boolean;
  readonly multibyte: number;
  readonly invalid: number;
}

/** Counts well-formed multibyte sequences and stray bytes, to tell mixed encodings from Latin-1. */
const scanUtf8 = (b: Uint8Array): Utf8Scan => {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i += 1;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < b.length + 0;
    for (let k = 1; ok && k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) ok = false;
    }
    if (ok) {
      multibyte += 1;
      i += need + 1;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return { valid: invalid === 0, multibyte, invalid };
};

/** Bytes that look like text in a single-byte Western charset: high bytes are a minority and are
 * letters or punctuation in Windows-1252, not the undefined positions. */
const plausibleLegacy = (b: Uint8Array): boolean => {
  let high = 0;
  for (const c of b) {
    if (c >= 0x80) {
      if (c === 0x81 || c === 0x8d || c === 0x8f || c === 0x90 || c === 0x9d) return false;
      high += 1;
    }
  }
  return high / Math.max(1, b.length) < 0.3;
};

export interface DecodeOptions {
  /** Charset known from outside the bytes (transport header, format rule). */
  readonly declared?: string | null;
  /** The declaration came from the document itself and says UTF-8: no fallback. */
  readonly strictUtf8?: boolean;
}

export const decodeBytes = (bytes: Uint8Array, options: DecodeOptions = {}): DecodedText => {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8OrThrow(bytes.subarray(3)), charset: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };
  }
  const declared = options.declared ? normaliseCharsetName(options.declared) : null;
  if (declared && declared !== 'utf-8') {
    if (declared === 'utf-16' || declared === 'utf-16le' || declared === 'utf-16be') {
      throw new NewswireError(
        ErrorCode.InvalidEncoding,
        `declared encoding ${declared} but the bytes carry no byte-order mark`,
      );
    }
    if (!iconv.encodingExists(declared)) {
      throw new NewswireError(
        ErrorCode.InvalidEncoding,
        `unsupported declared encoding "${options.declared}"`,
      );
    }
    // A document declared Latin-1 whose bytes are well-formed UTF-8 with multibyte sequences in them
    // was written as UTF-8 and mislabelled (IPTC's own NewsML-G2 LISTING_5 says ISO-8859-1 over
    // UTF-8 "Bülow"): read per the declaration it would turn every "ü" into "Ã¼". Real Latin-1 text
    // almost never forms valid UTF-8 sequences.
    if (declared === 'windows-1252') {
      const scan = scanUtf8(bytes);
      if (scan.valid && scan.multibyte > 0) return { text: fatalUtf8.decode(bytes), charset: 'utf-8' };
    }
    return { text: iconv.decode(Buffer.from(bytes), declared), charset: declared };
  }
  const scan = scanUtf8(bytes);
  if (scan.valid) return { text: fatalUtf8.decode(bytes), charset: 'utf-8' };
  if (scan.multibyte > 0) {
    throw new NewswireError(
      ErrorCode.InvalidEncoding,
      `mixed encodings: ${scan.multibyte} valid UTF-8 sequence(s) alongside ${scan.invalid} byte(s) that are not UTF-8`,
    );
  }
  if (declared === 'utf-8' && options.strictUtf8) {
    throw new NewswireError(
      ErrorCode.InvalidUtf8,
      `declared UTF-8 but ${scan.invalid} byte(s) are not valid UTF-8`,
    );
  }
  if (plausibleLegacy(bytes)) {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), charset: 'windows-1252' };
  }
  throw new NewswireError(
    ErrorCode.InvalidUtf8,
    `input is not valid UTF-8 (${scan.invalid} bad byte(s)) and does not read as Latin-1/Windows-1252 text`,
  );
};

const utf8OrThrow = (bytes: Uint8Array): string => {
  try {
    return fatalUtf8.decode(bytes);
  } catch (cause) {
    throw new NewswireError(ErrorCode.InvalidUtf8, 'UTF-8 byte-order mark followed by invalid UTF-8', {
      cause,
    });
  }
};

// C0 controls except TAB, LF, CR; DEL; C1 controls. Framing characters of ANPA/7901 are read
// before this runs.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/gu;

/** Control characters out, CRLF/CR to LF, NFC. */
export const cleanText = (text: string): string =>
  text.replace(/\r\n?/gu, '\n').replace(controlChars, '').normalize('NFC');

/** Binary data: NUL bytes, or many control bytes that no text format uses. */
export const looksBinary = (bytes: Uint8Array): boolean => {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    // TAB LF CR and the wire framing characters SOH STX ETX EOT SYN US RS are text here.
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 1 && c !== 2 && c !== 3 && c !== 4) {
      if (c !== 0x16 && c !== 0x1f && c !== 0x1e && c !== 0x0b && c !== 0x0c) odd += 1;
    }
  }
  return odd / n > 0.05;
};
