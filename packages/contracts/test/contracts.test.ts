import { describe, expect, it } from 'vitest';
import {
  DeadLetter,
  ErrorCode,
  NewswireError,
  RawStory,
  decodeMessage,
  enrichedKey,
  keySegment,
  latestKey,
  rawKey,
  toNewswireError,
} from '../src/index.ts';

const rejection = (f: () => unknown): NewswireError => {
  try {
    f();
  } catch (e) {
    if (e instanceof NewswireError) return e;
    throw e;
  }
  throw new Error('expected a NewswireError');
};

describe('object keys', () => {
  it('lay stories out by their own date, id and version', () => {
    const story = {
      id: 'urn:newsml:example.com:20260301:abc',
      version: 3,
      firstcreated: '2026-03-01T23:30:00-02:00',
      versioncreated: null,
      receivedAt: '2026-11-28T10:00:00Z',
    };
    // 23:30 at -02:00 is 01:30 UTC the next day: keys use UTC dates.
    expect(enrichedKey(story)).toBe('enriched/2026/03/02/urn%3Anewsml%3Aexample.com%3A20260301%3Aabc/3.json');
    expect(latestKey(story)).toBe(
      'enriched/2026/03/02/urn%3Anewsml%3Aexample.com%3A20260301%3Aabc/latest.json',
    );
    expect(enrichedKey({ ...story, firstcreated: null })).toMatch(/^enriched\/2026\/11\/28\//u);
    expect(
      rawKey({ source: 'efe', id: 'r1', receivedAt: '2026-11-28T10:00:00Z', payloadSha256: 'ab'.repeat(32) }),
    ).toBe('raw/2026/11/28/efe/r1/abababababababab.json');
  });

  it('never let an id climb out of its prefix', () => {
    for (const evil of ['../../etc/passwd', 'a/b', 'a\\b', '%2e%2e']) {
      const segment = keySegment(evil);
      expect(segment).not.toContain('/');
      expect(segment).not.toContain('\\');
      expect(segment).not.toBe('..');
    }
    // A dot segment is escaped, so it names an ordinary object, never a parent folder.
    expect(keySegment('..')).toBe('%2E%2E');
    expect(keySegment('.')).toBe('%2E');
    expect(rejection(() => keySegment('')).code).toBe(ErrorCode.InvalidKey);
    expect(keySegment('é')).toBe('%C3%A9');
  });
});

describe('decodeMessage', () => {
  const valid = {
    schemaVersion: 1,
    id: 'r1',
    source: 'efe',
    receivedAt: '2026-11-28T10:00:00Z',
    payload: 'text',
    payloadEncoding: 'utf8',
    payloadSha256: '0'.repeat(64),
  };
  const bytes = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));

  it('reads a valid message, with defaults applied', () => {
    expect(decodeMessage(RawStory, bytes(valid), 'raw story')).toMatchObject({
      format: 'auto',
      attributes: {},
    });
  });

  it('rejects what it cannot read with a permanent, explained error', () => {
    const notJson = rejection(() => decodeMessage(RawStory, bytes('{oops'), 'raw story'));
    expect(notJson).toMatchObject({ code: ErrorCode.InvalidMessage, retryable: false });
    const future = rejection(() =>
      decodeMessage(RawStory, bytes({ ...valid, schemaVersion: 2 }), 'raw story'),
    );
    expect(future.code).toBe(ErrorCode.UnsupportedSchemaVersion);
    expect(future.message).toContain('schemaVersion 2');
    const bad = rejection(() =>
      decodeMessage(RawStory, bytes({ ...valid, source: 'a/b', payloadSha256: 'x' }), 'raw story'),
    );
    expect(bad.code).toBe(ErrorCode.InvalidMessage);
    expect(bad.message).toMatch(/source/u);
    expect(bad.message).toMatch(/payloadSha256/u);
  });
});

describe('errors', () => {
  it('are retryable exactly when the code is a transient one, unless said otherwise', () => {
    expect(new NewswireError(ErrorCode.StoreUnavailable, 'x').retryable).toBe(true);
    expect(new NewswireError(ErrorCode.MalformedXml, 'x').retryable).toBe(false);
    expect(new NewswireError(ErrorCode.StoreUnavailable, 'x', { retryable: false }).retryable).toBe(false);
  });

  it('wrap anything thrown once, as INTERNAL, keeping the original as cause', () => {
    const original = new TypeError('boom');
    const wrapped = toNewswireError(original);
    expect(wrapped).toMatchObject({ code: ErrorCode.Internal, retryable: false, cause: original });
    expect(toNewswireError(wrapped)).toBe(wrapped);
  });

  it('dead letters keep their reason and original bytes', () => {
    const letter = DeadLetter.parse({
      schemaVersion: 1,
      id: 'normalizer-1',
      stage: 'normalizer',
      code: ErrorCode.EmptyInput,
      message: 'empty input',
      retryable: false,
      attempts: 1,
      failedAt: '2026-11-28T10:00:00Z',
      storyId: null,
      source: { topic: 'wire.raw', partition: 0, offset: '7', key: 'r1' },
      original: Buffer.from('bytes').toString('base64'),
    });
    expect(Buffer.from(letter.original, 'base64').toString()).toBe('bytes');
  });
});
