// Building the RawStory envelope a producer pushes, and getting the original bytes back.
import { createHash } from 'node:crypto';
import { RawStory, SCHEMA_VERSION } from '@newswire/contracts';
import type { WireFormat } from '@newswire/contracts';

export interface RawStoryOptions {
  readonly bytes: Uint8Array;
  readonly source: string;
  readonly format?: WireFormat;
  /** Default: now. */
  readonly receivedAt?: Date;
  /** Default: derived from the source and the payload digest, so re-pushing the same bytes gives the same id. */
  readonly id?: string;
  readonly contentType?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

const asUtf8Text = (bytes: Uint8Array): string | null => {
  if (bytes.includes(0)) return null;
  try {
    const text = utf8.decode(bytes);
    // A BOM would be lost by the JSON round trip of some clients: keep such payloads as bytes.
    return text.charCodeAt(0) === 0xfeff ? null : text;
  } catch {
    return null;
  }
};

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export const createRawStory = (options: RawStoryOptions): RawStory => {
  const digest = sha256Hex(options.bytes);
  const text = asUtf8Text(options.bytes);
  return RawStory.parse({
    schemaVersion: SCHEMA_VERSION,
    // Per source: the same bytes from two agencies are two stories.
    id:
      options.id ??
      `r${createHash('sha256').update(options.source).update('\0').update(options.bytes).digest('hex').slice(0, 24)}`,
    source: options.source,
    receivedAt: (options.receivedAt ?? new Date()).toISOString(),
    format: options.format ?? 'auto',
    ...(options.contentType ? { contentType: options.contentType } : {}),
    payload: text ?? Buffer.from(options.bytes).toString('base64'),
    payloadEncoding: text === null ? 'base64' : 'utf8',
    payloadSha256: digest,
    attributes: { ...options.attributes },
  });
};

/** The payload exactly as it was pushed. */
export const rawPayloadBytes = (raw: RawStory): Buffer =>
  raw.payloadEncoding === 'base64' ? Buffer.from(raw.payload, 'base64') : Buffer.from(raw.payload, 'utf8');
