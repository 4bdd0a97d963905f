// ObjectStore on an S3-compatible server (AWS S3, S3Proxy, MinIO) with @aws-sdk/client-s3:
// path-style addressing, checksums only where S3 requires them, keep-alive sockets. Keys are
// checked exactly as in the fs store. Content types are stored but get() returns bytes only.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type BucketLocationConstraint,
} from '@aws-sdk/client-s3';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { ErrorCode, NewswireError } from '@newswire/contracts';
import { assertValidKey, assertValidPrefix } from './object-key.ts';
import type { ObjectInfo, ObjectStore } from './port.ts';

export interface S3StoreOptions {
  /** e.g. `http://127.0.0.1:19000`; for AWS itself, the regional endpoint. */
  readonly endpoint: string;
  readonly region: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** `endpoint/bucket/key` rather than `bucket.endpoint/key`; S3Proxy and MinIO need true. */
  readonly forcePathStyle: boolean;
  /** Most concurrent connections to the server. */
  readonly maxSockets: number;
  /** Keys per ListObjectsV2 page (1-1000). Default 1000, S3's own maximum. */
  readonly listPageSize?: number;
  /** Milliseconds to open a connection. Default 3000. */
  readonly connectionTimeoutMs?: number;
  /** Milliseconds for a whole request and response. Default 30000. */
  readonly requestTimeoutMs?: number;
  /** SDK attempts per call, including the first (its retries back off). Default 3. */
  readonly maxAttempts?: number;
}

/** S3 error names (the SDK's `error.name`) that mean "later, please". */
const THROTTLING = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'ServiceUnavailable',
  'InternalError',
]);

/** S3 error names that are about the key itself. */
const BAD_KEY = new Set(['KeyTooLongError', 'InvalidObjectName', 'InvalidObjectState']);

/** S3 error names that mean the store's configuration (credentials, bucket) is wrong. */
const HINTS: Readonly<Record<string, string>> = {
  AccessDenied: 'check the credentials and the bucket policy',
  InvalidAccessKeyId: 'check S3 access key id',
  SignatureDoesNotMatch: 'check S3 secret access key (and region)',
  NoSuchBucket: 'the bucket does not exist; ensure() creates it',
  BucketAlreadyExists: 'the bucket name is taken by another account; choose another',
  AuthorizationHeaderMalformed: 'check the region',
  PermanentRedirect: 'the bucket is in another region or needs another endpoint',
};

interface SdkErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: unknown };
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as SdkErrorLike | null)?.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
};

const nameOf = (error: unknown): string => {
  const e = error as SdkErrorLike | null;
  if (typeof e?.name === 'string' && e.name !== 'Error') return e.name;
  return typeof e?.code === 'string' ? e.code : 'Error';
};

const messageOf = (error: unknown): string => {
  const message = (error as SdkErrorLike | null)?.message;
  return typeof message === 'string' && message !== '' ? message : String(error);
};

/** A missing bucket (HeadBucket) or object (GetObject, HeadObject): a 404 of any name. */
const isNotFound = (error: unknown): boolean => {
  const name = nameOf(error);
  return statusOf(error) === 404 || name === 'NoSuchKey' || name === 'NotFound' || name === 'NoSuchBucket';
};

/** A missing object, but not a missing bucket (GetObject tells them apart; HEAD has no body to say). */
const isMissingObject = (error: unknown): boolean => isNotFound(error) && nameOf(error) !== 'NoSuchBucket';

/**
 * The one place an S3 failure becomes a NewswireError: no HTTP answer at all (refused, reset,
 * DNS, timeout), a 5xx or throttling is a retryable STORE_UNAVAILABLE; a key the server
 * refuses is INVALID_KEY; any other 4xx is a permanent STORE_UNAVAILABLE saying what to fix.
 */
export const toStoreError = (op: string, bucket: string, key: string, error: unknown): NewswireError => {
  if (error instanceof NewswireError) return error;
  const status = statusOf(error);
  const name = nameOf(error);
  const what = `s3 ${op} ${JSON.stringify(key)} in bucket ${bucket}`;
  const details = { key, bucket, status, s3Error: name };
  if (status === undefined || status >= 500 || status === 429 || status === 408 || THROTTLING.has(name)) {
    const answer = status === undefined ? `no answer (${name})` : `${status} ${name}`;
    return new NewswireError(ErrorCode.StoreUnavailable, `${what} failed: ${answer}: ${messageOf(error)}`, {
      cause: error,
      details,
    });
  }
  if (BAD_KEY.has(name)) {
    return new NewswireError(ErrorCode.InvalidKey, `${what}: the server refuses the key (${name})`, {
      cause: error,
      details,
    });
  }
  const hint = HINTS[name];
  return new NewswireError(
    ErrorCode.StoreUnavailable,
    `${what} refused: ${status} ${name}${hint ? ` (${hint})` : ''}: ${messageOf(error)}`,
    { cause: error, retryable: false, details },
  );
};

const positiveInt = (n: number, what: string, max = Number.MAX_SAFE_INTEGER): number => {
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new NewswireError(ErrorCode.InvalidConfig, `${what} must be an integer from 1 to ${max}, got ${n}`);
  }
  return n;
};

export const createS3Store = (options: S3StoreOptions): ObjectStore => {
  const { bucket } = options;
  const maxSockets = positiveInt(options.maxSockets, 'maxSockets');
  const listPageSize = positiveInt(options.listPageSize ?? 1000, 'listPageSize', 1000);
  // Our own agents, so keep-alive and maxSockets are ours to set and close() can end them.
  const httpAgent = new HttpAgent({ keepAlive: true, maxSockets });
  const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets });
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // Since 3.729 the SDK adds CRC32 checksums to every upload and validates them on download
    // by default; S3-compatible servers (S3Proxy among them) reject or mangle those requests.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: positiveInt(options.maxAttempts ?? 3, 'maxAttempts'),
    requestHandler: new NodeHttpHandler({
      httpAgent,
      httpsAgent,
      connectionTimeout: options.connectionTimeoutMs ?? 3000,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      throwOnRequestTimeout: true,
    }),
  });
  let closed = false;

  const send = async <T>(op: string, key: string, call: () => Promise<T>): Promise<T> => {
    if (closed) throw new NewswireError(ErrorCode.Internal, 's3 store is closed');
    try {
      return await call();
    } catch (error) {
      throw toStoreError(op, bucket, key, error);
    }
  };

  return {
    kind: 's3',
    async ensure() {
      try {
        await send('head bucket', '', () => client.send(new HeadBucketCommand({ Bucket: bucket })));
        return;
      } catch (error) {
        if (!(error instanceof NewswireError) || !isNotFound(error.cause)) throw error;
      }
      // us-east-1 is the one region that takes no location constraint (and refuses one).
      const configuration =
        options.region === 'us-east-1'
          ? {}
          : { CreateBucketConfiguration: { LocationConstraint: options.region as BucketLocationConstraint } };
      try {
        await client.send(new CreateBucketCommand({ Bucket: bucket, ...configuration }));
      } catch (error) {
        // Created meanwhile by us (another replica, an earlier attempt whose answer was lost).
        if (nameOf(error) === 'BucketAlreadyOwnedByYou') return;
        throw toStoreError('create bucket', bucket, '', error);
      }
    },
    async put(key, body, putOptions) {
      assertValidKey(key);
      const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
      await send('put', key, () =>
        client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: bytes,
            ContentLength: bytes.length,
            ContentType: putOptions?.contentType ?? 'application/octet-stream',
          }),
        ),
      );
    },
    async get(key) {
      assertValidKey(key);
      try {
        return await send('get', key, async () => {
          const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
          if (!out.Body) return Buffer.alloc(0);
          return Buffer.from(await out.Body.transformToByteArray());
        });
      } catch (error) {
        if (error instanceof NewswireError && isMissingObject(error.cause)) return null;
        throw error;
      }
    },
    async head(key) {
      assertValidKey(key);
      try {
        const out = await send('head', key, () =>
          client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })),
        );
        return { key, size: out.ContentLength ?? 0 };
      } catch (error) {
        if (error instanceof NewswireError && isMissingObject(error.cause)) return null;
        throw error;
      }
    },
    async *list(prefix): AsyncGenerator<ObjectInfo> {
      assertValidPrefix(prefix);
      let token: string | undefined;
      do {
        const page = await send('list', prefix, () =>
          client.send(
            new ListObjectsV2Command({
              Bucket: bucket,
              Prefix: prefix === '' ? undefined : prefix,
              MaxKeys: listPageSize,
              ContinuationToken: token,
            }),
          ),
        );
        for (const object of page.Contents ?? []) {
          if (object.Key === undefined) continue;
          yield { key: object.Key, size: object.Size ?? 0 };
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token !== undefined);
    },
    async delete(key) {
      assertValidKey(key);
      try {
        // S3 answers 204 for a key that is not there; some compatible servers answer 404.
        await send('delete', key, () => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })));
      } catch (error) {
        if (error instanceof NewswireError && nameOf(error.cause) === 'NoSuchKey') return;
        throw error;
      }
    },
    close() {
      if (!closed) {
        closed = true;
        client.destroy();
        httpAgent.destroy();
        httpsAgent.destroy();
      }
      return Promise.resolve();
    },
  };
};
