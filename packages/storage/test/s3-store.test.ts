// How S3 failures become NewswireErrors (retryable or not); the adapter's behaviour against a
// server is in s3-store.integration.test.ts.
import { NoSuchKey, S3ServiceException } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import { createS3Store } from '../src/index.ts';
import { toStoreError } from '../src/s3-store.ts';

/** An error as the SDK throws it for an S3 error answer. */
const answer = (name: string, status: number) =>
  new S3ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });

/** A Node network error, as the SDK passes it through when no answer came. */
const network = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code });

describe('toStoreError', () => {
  it('no answer at all (refused, reset, DNS, timeout) is a retryable STORE_UNAVAILABLE with the cause', () => {
    for (const cause of [network('ECONNREFUSED'), network('ECONNRESET'), network('EAI_AGAIN')]) {
      const error = toStoreError('get', 'b', 'raw/x', cause);
      expect(error).toMatchObject({ code: ErrorCode.StoreUnavailable, retryable: true });
      expect(error.cause).toBe(cause);
      expect(error.message).toContain('s3 get "raw/x" in bucket b');
      expect(error.message).toContain((cause as { code: string }).code);
    }
    const timeout = Object.assign(new Error('Request timed out'), { name: 'TimeoutError' });
    expect(toStoreError('put', 'b', 'k', timeout)).toMatchObject({ retryable: true });
  });

  it('5xx, 429, 408 and throttling names are retryable', () => {
    for (const [name, status] of [
      ['InternalError', 500],
      ['ServiceUnavailable', 503],
      ['UnknownError', 502],
      ['SlowDown', 503],
      ['TooManyRequests', 429],
      ['RequestTimeout', 400],
      ['UnknownError', 408],
    ] as const) {
      expect(toStoreError('put', 'b', 'k', answer(name, status))).toMatchObject({
        code: ErrorCode.StoreUnavailable,
        retryable: true,
      });
    }
  });

  it('other 4xx are permanent and say what to check', () => {
    const denied = toStoreError('put', 'b', 'k', answer('AccessDenied', 403));
    expect(denied).toMatchObject({ code: ErrorCode.StoreUnavailable, retryable: false });
    expect(denied.message).toMatch(/403 AccessDenied \(check the credentials/);
    const signature = toStoreError('put', 'b', 'k', answer('SignatureDoesNotMatch', 403));
    expect(signature.message).toMatch(/secret access key/);
    const bucket = toStoreError('list', 'b', '', answer('NoSuchBucket', 404));
    expect(bucket).toMatchObject({ retryable: false });
    expect(bucket.message).toMatch(/ensure\(\) creates it/);
    expect(
      toStoreError('get', 'b', 'k', new NoSuchKey({ message: 'gone', $metadata: { httpStatusCode: 404 } })),
    ).toMatchObject({
      retryable: false,
    });
  });

  it('a key the server refuses is INVALID_KEY', () => {
    expect(toStoreError('put', 'b', 'k', answer('KeyTooLongError', 400))).toMatchObject({
      code: ErrorCode.InvalidKey,
      retryable: false,
    });
  });
});

describe('createS3Store options', () => {
  const base = {
    endpoint: 'http://127.0.0.1:1',
    region: 'us-east-1',
    bucket: 'b',
    accessKeyId: 'id',
    secretAccessKey: 'secret',
    forcePathStyle: true,
    maxSockets: 4,
  };

  it('rejects a bad socket count or page size at creation', () => {
    expect(() => createS3Store({ ...base, maxSockets: 0 })).toThrow(/maxSockets/);
    expect(() => createS3Store({ ...base, listPageSize: 1001 })).toThrow(/listPageSize/);
  });

  it('is an s3 store and closes without having connected', async () => {
    const store = createS3Store(base);
    expect(store.kind).toBe('s3');
    await store.close();
    await store.close();
  });
});
