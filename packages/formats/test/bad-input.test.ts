// Hostile and broken input: each is refused with a permanent error (so the worker sends it to the
// DLQ) and a reason, without expansion, file reads or network access. The 1 s test timeout is a
// guard against runaway parsing, not a measurement (bench:formats reports the times).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { corpusPath } from '@newswire/testkit';
import { parseBytes, rejection } from './helpers.ts';

const GUARD_MS = 1000;
const secretDir = mkdtempSync(path.join(tmpdir(), 'formats-xxe-'));
const secretFile = path.join(secretDir, 'secret.txt');
const SECRET = 'canary-7f3e9b2c-do-not-leak';
writeFileSync(secretFile, SECRET);

let requests = 0;
const server = createServer((_req, res) => {
  requests += 1;
  res.end('<!ENTITY leak "fetched">');
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(secretDir, { recursive: true, force: true });
});

const g2 = (doctype: string, text: string): string => `<?xml version="1.0"?>
${doctype}
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1">
<contentMeta><headline>${text}</headline></contentMeta></newsItem>`;

const expectPermanent = (fn: () => unknown, code: string): void => {
  const e = rejection(fn);
  expect(e.code).toBe(code);
  expect(e.retryable).toBe(false);
  expect(e.message.length).toBeGreaterThan(10);
  expect(e.message).not.toContain(SECRET);
};

describe('XML attacks', () => {
  it(
    'XXE to a local file (/etc/passwd and a canary file) is refused, nothing read',
    { timeout: GUARD_MS },
    () => {
      expectPermanent(
        () => parseBytes(g2('<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '&xxe;')),
        ErrorCode.XmlForbidden,
      );
      expectPermanent(
        () => parseBytes(g2(`<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file://${secretFile}">]>`, '&xxe;')),
        ErrorCode.XmlForbidden,
      );
      // Lower-case and parameter-entity spellings too.
      expectPermanent(
        () => parseBytes(g2(`<!DOCTYPE newsItem [<!entity % p SYSTEM "${secretFile}"> %p;]>`, 'x')),
        ErrorCode.XmlForbidden,
      );
    },
  );

  it('XXE to an http URL is refused and no request reaches the server', { timeout: GUARD_MS }, async () => {
    expectPermanent(
      () => parseBytes(g2(`<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "${base}/xxe">]>`, '&xxe;')),
      ErrorCode.XmlForbidden,
    );
    expectPermanent(
      () => parseBytes(g2(`<!DOCTYPE newsItem [<!ENTITY % remote SYSTEM "${base}/dtd"> %remote;]>`, 'x')),
      ErrorCode.XmlForbidden,
    );
    // A plain DOCTYPE naming an external DTD is tolerated but never loaded.
    const s = parseBytes(g2(`<!DOCTYPE newsItem SYSTEM "${base}/newsml.dtd">`, 'Headline only'));
    expect(s.headline).toBe('Headline only');
    await new Promise((resolve) => setImmediate(resolve));
    expect(requests).toBe(0);
  });

  it('billion laughs is refused before any expansion', { timeout: GUARD_MS }, () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [${lol.join('')}]><nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>`;
    expectPermanent(() => parseBytes(xml), ErrorCode.XmlForbidden);
  });

  it('a 50 MB XML file is refused by size before parsing', { timeout: GUARD_MS * 3 }, () => {
    const para = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n';
    const xml = `<?xml version="1.0"?><nitf><body><body.content>${para.repeat(Math.ceil((50 * 1024 * 1024) / para.length))}</body.content></body></nitf>`;
    const bytes = new TextEncoder().encode(xml);
    expect(bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expectPermanent(() => parseBytes(bytes), ErrorCode.TooLarge);
  });

  it('truncated XML is MALFORMED_XML', { timeout: GUARD_MS }, () => {
    const full = readFileSync(
      corpusPath('iptc-newsml-g2', 'examples', 'LISTING_2_NewsML-G2_Text_Document.xml'),
      'utf8',
    );
    expectPermanent(() => parseBytes(full.slice(0, Math.floor(full.length / 2))), ErrorCode.MalformedXml);
    expectPermanent(
      () => parseBytes('<?xml version="1.0"?><nitf><body><body.content><p>cut off'),
      ErrorCode.MalformedXml,
    );
  });

  it('deep nesting is refused, not recursed into', { timeout: GUARD_MS }, () => {
    const xml = `<nitf><body><body.content>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}</body.content></body></nitf>`;
    expectPermanent(() => parseBytes(xml), ErrorCode.MalformedXml);
  });
});

describe('encodings and types', () => {
  it('mixed encodings (UTF-8 and Latin-1 bytes in one file) are refused', { timeout: GUARD_MS }, () => {
    const bytes = new Uint8Array([
      ...Buffer.from('Headline\n\n“Quoted” text and caf', 'utf8'),
      0xe9,
      ...Buffer.from(' au lait.\n', 'utf8'),
    ]);
    expectPermanent(() => parseBytes(bytes), ErrorCode.InvalidEncoding);
    const xml = new Uint8Array([
      ...Buffer.from('<?xml version="1.0"?><nitf><body><body.content><p>“a” ', 'utf8'),
      0xe9,
      ...Buffer.from('</p></body.content></body></nitf>'),
    ]);
    expectPermanent(() => parseBytes(xml), ErrorCode.InvalidEncoding);
  });

  it('XML declared UTF-8 with Latin-1 bytes is INVALID_UTF8', { timeout: GUARD_MS }, () => {
    const xml = new Uint8Array([
      ...Buffer.from('<?xml version="1.0" encoding="UTF-8"?><nitf><body><body.content><p>caf'),
      0xe9,
      ...Buffer.from('</p></body.content></body></nitf>'),
    ]);
    expectPermanent(() => parseBytes(xml), ErrorCode.InvalidUtf8);
  });

  it('ninjs with wrong types is INVALID_NINJS', { timeout: GUARD_MS }, () => {
    expectPermanent(
      () =>
        parseBytes(
          JSON.stringify({ uri: 'urn:x', headlines: 'not an array', version: { n: 1 }, urgency: 'high' }),
        ),
      ErrorCode.InvalidNinjs,
    );
  });
});
