// The one entry point: bytes -> NormalizedStory, or a permanent NewswireError saying why not.
// Checks size, emptiness and binary content before decoding, and never reads files or the network.
import { ErrorCode, NewswireError, wireFormats } from '@newswire/contracts';
import type { NormalizedStory, WireFormat } from '@newswire/contracts';
import { cleanText, decodeBytes, looksBinary, xmlDeclaredEncoding } from './charset.ts';
import { detectFormat, xmlRootName } from './detect.ts';
import { parseAnpa } from './parse-anpa1312.ts';
import { parseIptc7901 } from './parse-iptc7901.ts';
import { parseNewsmlG2Tree } from './parse-newsml-g2.ts';
import { parseNewsml1Tree } from './parse-newsml1.ts';
import { parseNinjsText } from './parse-ninjs.ts';
import { parseNitfTree } from './parse-nitf.ts';
import { parsePlainText } from './parse-text.ts';
import type { StoryDraft } from './story.ts';
import { buildStory } from './story.ts';
import { parseXml } from './xml.ts';

/** Default size limit for one story's bytes (4 MiB); override per call with `maxBytes`. */
export const DEFAULT_MAX_STORY_BYTES = 4 * 1024 * 1024;

export interface ParseInput {
  bytes: Uint8Array;
  /** Default 'auto': detected from the content. */
  format?: WireFormat;
  source: string;
  rawId: string;
  /** ISO 8601 with offset. */
  receivedAt: string;
  /** Size limit in bytes; default DEFAULT_MAX_STORY_BYTES. */
  maxBytes?: number;
}

const XML_FORMATS = new Set<WireFormat>(['nitf', 'newsml-g2', 'newsml-1']);

const decodeFor = (format: WireFormat, bytes: Uint8Array): string => {
  if (XML_FORMATS.has(format)) {
    const declared = xmlDeclaredEncoding(bytes);
    return decodeBytes(bytes, { declared, strictUtf8: declared !== null }).text;
  }
  if (format === 'ninjs') {
    // JSON is UTF-8 by definition (RFC 8259): no legacy fallback.
    return decodeBytes(bytes, { declared: 'utf-8', strictUtf8: true }).text;
  }
  return decodeBytes(bytes).text;
};

const parseAs = (format: Exclude<WireFormat, 'auto'>, text: string): StoryDraft => {
  switch (format) {
    case 'text':
      return parsePlainText(cleanText(text));
    case 'ninjs':
      return parseNinjsText(cleanText(text));
    case 'nitf':
      return parseNitfTree(parseXml(cleanText(text)));
    case 'newsml-g2': {
      const clean = cleanText(text);
      const root = xmlRootName(clean);
      // Non-news G2 items are refused by their root alone; fragments need not even be well-formed.
      if (root && root !== 'newsItem' && root !== 'newsMessage') {
        return parseNewsmlG2Tree({ local: root, uri: '', attrs: {}, children: [] });
      }
      return parseNewsmlG2Tree(parseXml(clean));
    }
    case 'newsml-1':
      return parseNewsml1Tree(parseXml(cleanText(text)));
    case 'anpa1312':
      // The framing characters are read first; the parts are cleaned after.
      return parseAnpa(text.normalize('NFC'));
    case 'iptc7901':
      return parseIptc7901(text.normalize('NFC'));
  }
};

/** Strips control characters left in any text field (ANPA/7901 are parsed before cleaning). */
const scrub = (d: StoryDraft): StoryDraft => {
  const c = (s: string | null | undefined): string | null | undefined =>
    typeof s === 'string' ? cleanText(s) : s;
  return {
    ...d,
    headline: c(d.headline),
    headlines: d.headlines?.map((h) => ({ role: h.role, value: cleanText(h.value) })),
    slugline: c(d.slugline),
    byline: c(d.byline),
    dateline: c(d.dateline),
    paragraphs: d.paragraphs.map(cleanText),
  };
};

export const parseStory = (input: ParseInput): NormalizedStory => {
  try {
    return parseUnchecked(input);
  } catch (e) {
    if (e instanceof NewswireError) throw e;
    throw new NewswireError(ErrorCode.Internal, `unexpected parser failure: ${(e as Error).message}`, {
      cause: e,
      retryable: false,
    });
  }
};

const parseUnchecked = (input: ParseInput): NormalizedStory => {
  const { bytes } = input;
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_STORY_BYTES;
  const requested = input.format ?? 'auto';
  if (!(wireFormats as readonly string[]).includes(requested)) {
    throw new NewswireError(
      ErrorCode.UnknownFormat,
      `unknown format "${String(requested)}"; known: ${wireFormats.join(', ')}`,
    );
  }
  if (bytes.length === 0) throw new NewswireError(ErrorCode.EmptyInput, 'empty input (0 bytes)');
  if (bytes.length > maxBytes) {
    throw new NewswireError(ErrorCode.TooLarge, `input is ${bytes.length} bytes; the limit is ${maxBytes}`, {
      details: { bytes: bytes.length, maxBytes },
    });
  }
  if (looksBinary(bytes)) {
    throw new NewswireError(
      ErrorCode.BinaryInput,
      'input looks like binary data (NUL or control bytes), not wire copy',
    );
  }
  if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    throw new NewswireError(ErrorCode.EmptyInput, 'input holds only whitespace');
  }
  const format = requested === 'auto' ? detectFormat(bytes) : requested;
  if (format === null || format === 'auto') {
    throw new NewswireError(
      ErrorCode.UnknownFormat,
      'unrecognised format: not ninjs JSON, NITF, NewsML-G2, NewsML 1.2, IPTC 7901, ANPA 1312 or plain text',
    );
  }
  const text = decodeFor(format, bytes);
  if (cleanText(text).trim().length === 0)
    throw new NewswireError(ErrorCode.EmptyInput, 'input holds no text');
  const draft = scrub(parseAs(format, text));
  return buildStory(draft, {
    format,
    source: input.source,
    rawId: input.rawId,
    receivedAt: input.receivedAt,
  });
};
