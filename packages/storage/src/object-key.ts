// Object key rules shared by every adapter: what a key may look like, and the order keys
// are listed in (S3's: by UTF-8 bytes).
import { ErrorCode, NewswireError } from '@newswire/contracts';

/** S3's limit, in UTF-8 bytes. */
export const MAX_KEY_BYTES = 1024;

/** Suffix of the fs store's in-flight temp files; no key may end with it. */
export const TEMP_SUFFIX = '.newswire-tmp';

const invalid = (what: string, key: string, why: string): NewswireError =>
  new NewswireError(ErrorCode.InvalidKey, `invalid object ${what} ${JSON.stringify(key)}: ${why}`, {
    details: { key },
  });

/**
 * Checks the parts of a key or prefix that must never reach a filesystem path: no leading
 * '/', no backslash, no NUL, no '.', '..' or empty segment. `partialLast` lets a prefix end
 * with '/' or mid-segment.
 */
const checkSegments = (what: string, key: string, partialLast: boolean): void => {
  if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES)
    throw invalid(what, key, `longer than ${MAX_KEY_BYTES} bytes`);
  if (key.startsWith('/')) throw invalid(what, key, "must not start with '/'");
  if (key.includes('\\')) throw invalid(what, key, 'must not contain a backslash');
  if (key.includes('\0')) throw invalid(what, key, 'must not contain NUL');
  const segments = key.split('/');
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '..' || (segment === '.' && !(last && partialLast))) {
      throw invalid(what, key, `must not contain a '${segment}' segment`);
    }
    if (segment === '' && !(last && partialLast))
      throw invalid(what, key, 'must not contain an empty segment');
  });
};

/** Throws NewswireError INVALID_KEY unless `key` is a usable object key. */
export const assertValidKey = (key: string): void => {
  if (key.length === 0) throw invalid('key', key, 'must not be empty');
  checkSegments('key', key, false);
  if (key.endsWith(TEMP_SUFFIX)) throw invalid('key', key, `must not end with '${TEMP_SUFFIX}'`);
};

/** Throws NewswireError INVALID_KEY unless `prefix` is usable in list(); '' lists everything. */
export const assertValidPrefix = (prefix: string): void => {
  if (prefix.length === 0) return;
  // A partial last segment of '.' is fine as a name prefix ('.well-known'); '..' never is.
  checkSegments('prefix', prefix, true);
};

/** S3 order: binary comparison of the UTF-8 bytes (differs from JS string order past U+FFFF). */
export const compareKeys = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));
