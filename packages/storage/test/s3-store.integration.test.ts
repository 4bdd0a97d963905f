// The S3 adapter against a real S3-compatible server: the ObjectStore behaviour the fs and
// memory stores show in object-store.test.ts, plus what only S3 has (buckets, pages, a server
// that is down). Each test gets its own bucket.
import { randomUUID } from 'node:crypto';
import { DeleteBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ErrorCode } from '@newswire/contracts';
import type { ServerEnv, ServerPath } from '@newswire/testkit';
import { createS3Store, type ObjectInfo, type ObjectStore, type S3StoreOptions } from '../src/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    servers: ServerEnv & { path: ServerPath };
  }
}

const servers = inject('servers');

const baseOptions = (bucket: string): S3StoreOptions => ({
  endpoint: servers.S3_ENDPOINT,
  region: servers.S3_REGION,
  bucket,
  accessKeyId: servers.S3_ACCESS_KEY_ID,
  secretAccessKey: servers.S3_SECRET_ACCESS_KEY,
  forcePathStyle: servers.S3_FORCE_PATH_STYLE !== 'false',
  maxSockets: 8,
});

const collect = async (iterable: AsyncIterable<ObjectInfo>): Promise<ObjectInfo[]> => {
  const out: ObjectInfo[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

const stores: ObjectStore[] = [];
const buckets: string[] = [];
/** A store on a fresh bucket of its own, created by ensure(). */
const freshStore = async (overrides: Partial<S3StoreOptions> = {}): Promise<ObjectStore> => {
  const bucket = `it-store-${randomUUID().slice(0, 13)}`;
  buckets.push(bucket);
  const store = createS3Store({ ...baseOptions(bucket), ...overrides });
  stores.push(store);
  await store.ensure();
  return store;
};

afterAll(async () => {
  // Empty the test buckets so repeated runs do not pile objects up on the server.
  for (const store of stores.splice(0)) {
    try {
      for await (const { key } of store.list('')) await store.delete(key);
    } catch {
      // A store pointed at a dead endpoint, or already closed.
    }
    await store.close();
  }
  // Then drop the (now empty) buckets, with the SDK itself: the port has no bucket removal.
  const admin = new S3Client({
    endpoint: servers.S3_ENDPOINT,
    region: servers.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: servers.S3_ACCESS_KEY_ID, secretAccessKey: servers.S3_SECRET_ACCESS_KEY },
  });
  await Promise.allSettled(
    buckets.splice(0).map((Bucket) => admin.send(new DeleteBucketCommand({ Bucket }))),
  );
  admin.destroy();
});

describe('s3 store', () => {
  it('ensure() creates the bucket and is idempotent, also from a second client', async () => {
    const store = await freshStore();
    await store.ensure();
    await store.put('k/one', '1');
    const bucket = `it-store-${randomUUID().slice(0, 13)}`;
    buckets.push(bucket);
    const a = createS3Store(baseOptions(bucket));
    const b = createS3Store(baseOptions(bucket));
    stores.push(a, b);
    await Promise.all([a.ensure(), b.ensure()]);
    await b.ensure();
    await a.put('x', 'from a');
    expect((await b.get('x'))!.toString()).toBe('from a');
    expect((await store.get('k/one'))!.toString()).toBe('1');
  });

  it('round-trips bytes and strings, and get/head of a missing key give null', async () => {
    const store = await freshStore();
    await store.put('raw/2026/01/02/ap/s1/abc.json', Buffer.from([0, 1, 2, 255]));
    await store.put('enriched/2026/01/02/s1/1.json', '{"héadline":"ü"}', { contentType: 'application/json' });
    expect(await store.get('raw/2026/01/02/ap/s1/abc.json')).toEqual(Buffer.from([0, 1, 2, 255]));
    expect((await store.get('enriched/2026/01/02/s1/1.json'))!.toString('utf8')).toBe('{"héadline":"ü"}');
    expect(await store.head('enriched/2026/01/02/s1/1.json')).toEqual({
      key: 'enriched/2026/01/02/s1/1.json',
      size: Buffer.byteLength('{"héadline":"ü"}'),
    });
    expect(await store.get('raw/nothing.json')).toBeNull();
    expect(await store.head('raw/nothing.json')).toBeNull();
    // A "folder" is not an object.
    expect(await store.get('raw/2026')).toBeNull();
    expect(await store.head('raw/2026')).toBeNull();
    // An empty object is an object.
    await store.put('empty', '');
    expect(await store.get('empty')).toEqual(Buffer.alloc(0));
    expect(await store.head('empty')).toEqual({ key: 'empty', size: 0 });
  });

  it('put replaces an object whole; the caller mutating its buffers changes nothing stored', async () => {
    const store = await freshStore();
    await store.put('k/obj', 'a much longer first version');
    const body = Buffer.from('short');
    await store.put('k/obj', body);
    body.write('XXXXX');
    expect((await store.get('k/obj'))!.toString()).toBe('short');
    expect((await store.head('k/obj'))!.size).toBe(5);
  });

  it('stores a 5 MB object intact', async () => {
    const store = await freshStore();
    const big = Buffer.alloc(5 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32BE(i, i);
    await store.put('big/object.bin', big);
    expect((await store.get('big/object.bin'))!.equals(big)).toBe(true);
  });

  it('lists keys under a prefix in key order with sizes, including prefixes that end mid-segment', async () => {
    const store = await freshStore();
    const keys = ['b/2', 'a/c/x', 'a-b', 'a/b', 'a.z', 'a/c/y', 'b/10', 'ab', 'raw/2026/01/a', 'raw2/x'];
    for (const [i, k] of keys.entries()) await store.put(k, 'x'.repeat(i + 1));
    const all = await collect(store.list(''));
    const expected = [...keys].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect(all.map((o) => o.key)).toEqual(expected);
    expect(all.find((o) => o.key === 'a/c/y')!.size).toBe(6);
    expect((await collect(store.list('a/'))).map((o) => o.key)).toEqual(['a/b', 'a/c/x', 'a/c/y']);
    expect((await collect(store.list('raw'))).map((o) => o.key)).toEqual(['raw/2026/01/a', 'raw2/x']);
    expect((await collect(store.list('raw/2026/0'))).map((o) => o.key)).toEqual(['raw/2026/01/a']);
    expect(await collect(store.list('nothing/'))).toEqual([]);
  });

  it('lists across pages without losing or repeating a key', async () => {
    const store = await freshStore({ listPageSize: 7 });
    const keys = Array.from({ length: 23 }, (_, i) => `p/${String(i).padStart(3, '0')}`);
    await Promise.all(keys.map((k) => store.put(k, k)));
    await store.put('q/outside', 'not under p/');
    expect((await collect(store.list('p/'))).map((o) => o.key)).toEqual(keys);
    expect(await collect(store.list(''))).toHaveLength(24);
  });

  it('delete removes an object, is idempotent, and leaves siblings alone', async () => {
    const store = await freshStore();
    await store.put('d/1', 'one');
    await store.put('d/2', 'two');
    await store.delete('d/1');
    await store.delete('d/1');
    await store.delete('never/was');
    expect(await store.get('d/1')).toBeNull();
    expect((await store.get('d/2'))!.toString()).toBe('two');
    expect((await collect(store.list(''))).map((o) => o.key)).toEqual(['d/2']);
  });

  it('accepts escaped keys as the contracts build them', async () => {
    const store = await freshStore();
    const key = 'raw/2026/01/02/a%20b/%2E%2E/0123456789abcdef.json';
    await store.put(key, 'ok');
    expect((await store.get(key))!.toString()).toBe('ok');
    expect((await collect(store.list('raw/'))).map((o) => o.key)).toEqual([key]);
  });

  it('rejects the keys the fs store rejects, before any request', async () => {
    // A dead endpoint: if validation let a key through, the error would be STORE_UNAVAILABLE.
    const store = createS3Store({
      ...baseOptions('never-used'),
      endpoint: 'http://127.0.0.1:1',
      maxAttempts: 1,
    });
    stores.push(store);
    for (const key of [
      '',
      '/etc/passwd',
      '../outside',
      'raw/../x',
      'raw//x',
      'raw/x/',
      'a\\b',
      'k'.repeat(1025),
    ]) {
      for (const op of [
        () => store.put(key, 'x'),
        () => store.get(key),
        () => store.head(key),
        () => store.delete(key),
      ]) {
        await expect(op()).rejects.toMatchObject({ code: ErrorCode.InvalidKey, retryable: false });
      }
    }
    await expect(collect(store.list('../'))).rejects.toMatchObject({ code: ErrorCode.InvalidKey });
  });

  it('a server that does not answer gives a retryable STORE_UNAVAILABLE naming the operation', async () => {
    const store = createS3Store({
      ...baseOptions('down'),
      endpoint: 'http://127.0.0.1:1',
      maxAttempts: 1,
      connectionTimeoutMs: 500,
    });
    stores.push(store);
    for (const op of [
      () => store.ensure(),
      () => store.put('k', 'v'),
      () => store.get('k'),
      () => collect(store.list('')),
    ]) {
      const error = await op().then(
        () => null,
        (e: unknown) => e as Error & { code: string; retryable: boolean },
      );
      expect(error).toMatchObject({ code: ErrorCode.StoreUnavailable, retryable: true });
      expect(error!.message).toMatch(/^s3 (head bucket|put|get|list) /);
    }
  });

  it('wrong credentials are a permanent error that says what to check', async () => {
    const store = createS3Store({ ...baseOptions('it-store-creds'), secretAccessKey: 'not-the-secret' });
    stores.push(store);
    const error = await store.put('k', 'v').then(
      () => null,
      (e: unknown) => e as Error & { code: string; retryable: boolean },
    );
    expect(error).toMatchObject({ code: ErrorCode.StoreUnavailable, retryable: false });
    expect(error!.message).toMatch(/403/);
  });

  it('a missing bucket is a permanent error, not an empty store', async () => {
    const store = createS3Store(baseOptions(`it-store-none-${randomUUID().slice(0, 8)}`));
    stores.push(store);
    await expect(store.get('k')).rejects.toMatchObject({
      code: ErrorCode.StoreUnavailable,
      retryable: false,
    });
    await expect(collect(store.list(''))).rejects.toThrow(/NoSuchBucket/);
  });

  it('a closed store refuses work', async () => {
    const store = await freshStore();
    await store.close();
    await expect(store.get('k')).rejects.toThrow(/closed/);
  });
});
