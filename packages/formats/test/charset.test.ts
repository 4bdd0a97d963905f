import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/index.ts';
import { parseBytes } from './helpers.ts';

const nitf = (p: string, decl = ''): string =>
  `<?xml version="1.0"${decl}?><nitf><body><body.head><hedline><hl1>Title</hl1></hedline></body.head><body.content><p>${p}</p></body.content></body></nitf>`;

describe('charset handling', () => {
  it('a UTF-8 byte-order mark is dropped', () => {
    const s = parseBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Headline here\n\nBody “text”.')]));
    expect(s.headline).toBe('Headline here');
    expect(s.paragraphs).toEqual(['Body “text”.']);
  });

  it('UTF-16 with a byte-order mark is read (XML and text)', () => {
    const xml = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(nitf('Grüße aus Köln', ' encoding="UTF-16"'), 'utf16le'),
    ]);
    expect(detectFormat(new Uint8Array(xml))).toBe('nitf');
    expect(parseBytes(new Uint8Array(xml)).paragraphs).toEqual(['Grüße aus Köln']);
  });

  it("the XML declaration's windows-1252 / ISO-8859-1 is honoured and curly quotes stay curly", () => {
    const bytes = iconv.encode(nitf('“Olé”, dijo – 5 €', ' encoding="windows-1252"'), 'windows-1252');
    expect(parseBytes(new Uint8Array(bytes)).paragraphs).toEqual(['“Olé”, dijo – 5 €']);
    // C1 bytes in a file labelled ISO-8859-1 are Windows-1252 punctuation in practice.
    const latin1 = iconv.encode(nitf('“Zoë”', ' encoding="ISO-8859-1"'), 'windows-1252');
    expect(parseBytes(new Uint8Array(latin1)).paragraphs).toEqual(['“Zoë”']);
  });

  it('a document declared ISO-8859-1 whose bytes are well-formed UTF-8 is read as UTF-8', () => {
    // As IPTC's own NewsML-G2 LISTING_5 ships: the declaration says Latin-1, the bytes are UTF-8.
    const bytes = Buffer.from(nitf('Vicco von Bülow, known as “Loriot”', ' encoding="ISO-8859-1"'), 'utf8');
    expect(parseBytes(new Uint8Array(bytes)).paragraphs).toEqual(['Vicco von Bülow, known as “Loriot”']);
    // Plain ASCII or real Latin-1 bytes under the same declaration are still read as declared.
    const latin1 = iconv.encode(nitf('Vicco von Bülow', ' encoding="ISO-8859-1"'), 'windows-1252');
    expect(parseBytes(new Uint8Array(latin1)).paragraphs).toEqual(['Vicco von Bülow']);
  });

  it('undeclared Latin-1 text with no UTF-8 sequences is detected as Windows-1252', () => {
    const bytes = iconv.encode('Año nuevo en Málaga\n\nLa fiesta duró “toda la noche”.', 'windows-1252');
    const s = parseBytes(new Uint8Array(bytes));
    expect(s.headline).toBe('Año nuevo en Málaga');
    expect(s.paragraphs).toEqual(['La fiesta duró “toda la noche”.']);
  });

  it('control characters are stripped and text is NFC', () => {
    const s = parseBytes(nitf('Re\u0301sume\u0301\u0007 \u0001ok\u007f'));
    expect(s.paragraphs).toEqual(['Résumé ok']);
  });
});
