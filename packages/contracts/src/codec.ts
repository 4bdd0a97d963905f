// Decoding of bus messages against a contract: anything unreadable becomes a permanent
// NewswireError (so it lands in the DLQ), never a throw from deep inside a stage.
import type { z } from 'zod';
import { ErrorCode, NewswireError } from './errors.ts';
import { SCHEMA_VERSION } from './schemas.ts';

export const encodeMessage = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

export const decodeMessage = <S extends z.ZodType>(
  schema: S,
  bytes: Uint8Array,
  what: string,
): z.output<S> => {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (cause) {
    throw new NewswireError(ErrorCode.InvalidMessage, `${what}: message is not JSON`, { cause });
  }
  if (typeof json === 'object' && json !== null && 'schemaVersion' in json) {
    const v = json.schemaVersion;
    if (v !== SCHEMA_VERSION) {
      throw new NewswireError(
        ErrorCode.UnsupportedSchemaVersion,
        `${what}: schemaVersion ${String(v)} is not supported (this build reads ${SCHEMA_VERSION})`,
      );
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new NewswireError(ErrorCode.InvalidMessage, `${what}: ${issues}`, { cause: parsed.error });
  }
  return parsed.data;
};
