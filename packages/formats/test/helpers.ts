// Test helpers: parse a corpus file or bytes with fixed envelope values; capture rejections.
import { readFileSync } from 'node:fs';
import { NewswireError } from '@newswire/contracts';
import type { NormalizedStory, WireFormat } from '@newswire/contracts';
import { corpusPath } from '@newswire/testkit';
import { parseStory } from '../src/index.ts';

export const RECEIVED_AT = '2024-07-09T10:00:00Z';

export const parseBytes = (
  bytes: Uint8Array | string,
  format: WireFormat = 'auto',
  maxBytes?: number,
): NormalizedStory =>
  parseStory({
    bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
    format,
    source: 'test-source',
    rawId: 'raw-0001',
    receivedAt: RECEIVED_AT,
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });

export const corpusBytes = (...parts: string[]): Uint8Array =>
  new Uint8Array(readFileSync(corpusPath(...parts)));

export const parseCorpus = (parts: string[], format: WireFormat = 'auto'): NormalizedStory =>
  parseBytes(corpusBytes(...parts), format);

/** The NewswireError a call throws (fails the test if it returns or throws something else). */
export const rejection = (fn: () => unknown): NewswireError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof NewswireError) return e;
    throw new Error(`expected a NewswireError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a rejection, but the call returned');
};
